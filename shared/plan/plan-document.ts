import { writtenPodSubnet } from '../cluster/cluster-network';
import { clusterSectionToDocument } from '../cluster/cluster-plan-document';
import { caasPaasSectionToDocument, sdnSectionToDocument, storageSectionToDocument } from '../choices/choice-plan-document';
import { createI18n } from '../i18n/create-i18n';
import type { Language } from '../ipc/contract';
import { slaSectionToDocument } from '../sla/sla-plan-document';
import { topologySectionToDocument } from '../topology/topology-plan-document';
import type { DocumentBlock, DocumentSection, DocumentTranslate } from './document-model';
import { auditItems, observabilityOptions } from './plan-checklists';
import type { Plan, PlanSectionKey } from './plan-schema';
import type { SectionDocumentBuilder } from './section-document';

/** The i18n namespaces a plan document reads: its own, and those of the features whose sections it holds. */
export type PlanDocumentNamespace = 'planExport' | 'sla' | 'choices' | 'topology' | 'cluster';

/** i18next's `getFixedT(language, namespace)`, or anything that answers like it. */
export type TranslatorFor = (namespace: PlanDocumentNamespace) => DocumentTranslate;

export type PlanDocumentOptions = {
  language: Language;
  translatorFor: TranslatorFor;
  /** Catalogue entry names by id; without it the distribution decision names entries by id. */
  entryNames?: ReadonlyMap<string, string>;
};

/** A plan as a document in one language, before it has a format. */
export type PlanDocument = {
  language: Language;
  title: string;
  /** Label and value pairs shown under the title. */
  meta: { label: string; value: string }[];
  sections: DocumentSection[];
  /** Words the formats need around the sections. */
  labels: { contents: string; colon: string; source: string; warning: string; generatedBy: string };
};

/** Creates translators for a language outside React (main, the CLI, tests); the renderer passes its own i18n. */
export async function createPlanTranslators(language: Language): Promise<TranslatorFor> {
  const i18n = await createI18n(language);
  return (namespace) => i18n.getFixedT(language, namespace) as DocumentTranslate;
}

function bilingual(text: { en: string; zh: string }, language: Language): string {
  return language === 'zh-CN' ? text.zh : text.en;
}

/** Splits user text on blank lines: each block of lines is one paragraph. */
function prose(text: string, emptyText: string): DocumentBlock[] {
  const paragraphs = text
    .split(/\r?\n\s*\r?\n/u)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
  if (paragraphs.length === 0) return emptyText === '' ? [] : [{ kind: 'paragraph', text: emptyText }];
  return paragraphs.map((paragraph) => ({ kind: 'paragraph', text: paragraph }));
}

const heading = (text: string): DocumentBlock => ({ kind: 'heading', level: 3, text });

function formatDate(iso: string, language: Language): string {
  const date = new Date(iso);
  // UTC, so the same plan reads the same wherever it is exported (and golden files hold).
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

type FeatureSection = {
  key: PlanSectionKey;
  namespace: PlanDocumentNamespace;
  build: (plan: Plan, context: { t: DocumentTranslate; language: Language }) => DocumentBlock[] | null;
};

/** Runs a feature's builder on its section, or returns null when the feature has not filled it in yet. */
function feature<K extends PlanSectionKey>(
  key: K,
  namespace: PlanDocumentNamespace,
  builder: SectionDocumentBuilder<NonNullable<Plan[K]>>,
): FeatureSection {
  return {
    key,
    namespace,
    build: (plan, context) => {
      const section = plan[key];
      return section === null ? null : builder(section as NonNullable<Plan[K]>, context);
    },
  };
}

/** In the order a reader needs them: what runs the cluster, how it connects and stores, how reliable and how big. */
const featureSections: FeatureSection[] = [
  feature('caasPaas', 'choices', caasPaasSectionToDocument),
  feature('sdn', 'choices', sdnSectionToDocument),
  feature('storage', 'choices', storageSectionToDocument),
  feature('sla', 'sla', slaSectionToDocument),
  feature('topology', 'topology', topologySectionToDocument),
];

/**
 * The whole plan as one document: the overview, the distribution decision written the MADR way,
 * every feature's section (or a clear "not decided yet"), then operations, the audit, risks and the
 * decision log. Text the user wrote is kept as written; every format escapes it for itself.
 */
export function planToDocument(plan: Plan, options: PlanDocumentOptions): PlanDocument {
  const { language, translatorFor, entryNames } = options;
  const t = translatorFor('planExport');
  const d = (key: string, params?: Record<string, unknown>) => t(`document.${key}`, params);
  const notWritten = d('notWritten');
  const entryName = (id: string) => entryNames?.get(id) ?? (entryNames ? d('distribution.unknownEntry', { id }) : id);

  const sections: DocumentSection[] = [];
  const add = (id: string, blocks: DocumentBlock[]) => sections.push({ id, title: d(`sections.${id}`), blocks });

  const goals = plan.goals.map((goal) => goal.trim()).filter((goal) => goal !== '');
  add('overview', [
    heading(d('overview.context')),
    ...prose(plan.context, notWritten),
    heading(d('overview.goals')),
    goals.length === 0 ? { kind: 'paragraph', text: d('overview.noGoals') } : { kind: 'list', ordered: false, items: goals },
  ]);

  const { distribution } = plan;
  add('distribution', [
    heading(d('distribution.context')),
    ...prose(distribution.context, notWritten),
    heading(d('distribution.options')),
    distribution.consideredEntryIds.length === 0
      ? { kind: 'paragraph', text: d('distribution.noOptions') }
      : { kind: 'list', ordered: true, items: distribution.consideredEntryIds.map(entryName) },
    heading(d('distribution.decision')),
    distribution.chosenEntryIds.length === 0
      ? { kind: 'paragraph', text: d('distribution.noDecision') }
      : { kind: 'list', ordered: false, items: distribution.chosenEntryIds.map(entryName) },
    { kind: 'heading', level: 4, text: d('distribution.rationale') },
    ...prose(distribution.rationale, notWritten),
    heading(d('distribution.consequences')),
    ...prose(distribution.consequences, notWritten),
  ]);

  for (const { key, namespace, build } of featureSections) {
    const blocks = build(plan, { t: translatorFor(namespace), language });
    add(key, blocks ?? [{ kind: 'paragraph', text: d('notDecided', { where: d(`where.${key}`) }) }]);
  }

  // Always present: every field has a default, which the section says is kind's.
  add('cluster', clusterSectionToDocument(writtenPodSubnet(plan.cluster, plan.topology?.podCidr))(plan.cluster, { t: translatorFor('cluster'), language }));

  const optionLabels = (ids: readonly string[]) =>
    ids.map((id) => {
      const option = observabilityOptions.find((candidate) => candidate.id === id);
      return option === undefined ? id : bilingual(option.label, language);
    });
  const chosenOptions = (ids: readonly string[]): DocumentBlock[] =>
    ids.length === 0 ? [] : [{ kind: 'list', ordered: false, items: optionLabels(ids) }];
  add('observability', [
    heading(d('observability.monitoring')),
    ...chosenOptions(plan.observability.monitoringOptionIds),
    ...prose(plan.observability.monitoring, plan.observability.monitoringOptionIds.length === 0 ? notWritten : ''),
    heading(d('observability.logging')),
    ...chosenOptions(plan.observability.loggingOptionIds),
    ...prose(plan.observability.logging, plan.observability.loggingOptionIds.length === 0 ? notWritten : ''),
  ]);

  add(
    'security',
    (['namespaces', 'secrets', 'rbac', 'networkPolicy'] as const).flatMap((topic) => [
      heading(d(`security.${topic}`)),
      ...prose(plan.security[topic], notWritten),
    ]),
  );

  // Every item of the seed's audit list, checked or not, then any item a newer app added to the plan.
  const auditIds = [...auditItems.map((item) => item.id), ...Object.keys(plan.audit).filter((id) => !auditItems.some((item) => item.id === id))];
  add('audit', [
    {
      kind: 'table',
      header: [d('audit.item'), d('audit.status'), d('audit.note')],
      rows: auditIds.map((id) => {
        const item = auditItems.find((candidate) => candidate.id === id);
        const entry = plan.audit[id];
        return [item === undefined ? id : bilingual(item.label, language), d(`audit.statuses.${entry?.status ?? 'unchecked'}`), entry?.note ?? ''];
      }),
    },
  ]);

  add(
    'risks',
    plan.risks.length === 0
      ? [{ kind: 'paragraph', text: d('risks.none') }]
      : [
          {
            kind: 'table',
            header: [d('risks.risk'), d('risks.mitigation'), d('risks.owner'), d('risks.status')],
            rows: plan.risks.map((risk) => [risk.description, risk.mitigation, risk.owner, d(`risks.statuses.${risk.status}`)]),
          },
        ],
  );

  add(
    'decisionLog',
    plan.decisionLog.length === 0
      ? [{ kind: 'paragraph', text: d('decisionLog.none') }]
      : [
          {
            kind: 'table',
            header: [d('decisionLog.date'), d('decisionLog.decision'), d('decisionLog.by')],
            rows: plan.decisionLog.map((entry) => [entry.date, entry.decision, entry.by]),
          },
        ],
  );

  const meta = [
    ...(plan.team.trim() === '' ? [] : [{ label: d('team'), value: plan.team.trim() }]),
    { label: d('created'), value: formatDate(plan.createdAt, language) },
    { label: d('updated'), value: formatDate(plan.updatedAt, language) },
  ];

  return {
    language,
    title: plan.title.trim() === '' ? d('untitled') : plan.title.trim(),
    meta,
    sections,
    labels: { contents: d('contents'), colon: d('colon'), source: d('noteSource'), warning: d('noteWarning'), generatedBy: d('generatedBy') },
  };
}
