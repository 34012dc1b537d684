import { anyDecision, decisionIds } from '../choices/decision-registry';
import { writtenPodSubnet } from '../cluster/cluster-network';
import { clusterSectionToDocument } from '../cluster/cluster-plan-document';
import { distributionConflictBlocks } from '../choices/decisions/distribution-plan-conflicts';
import { createI18n } from '../i18n/create-i18n';
import type { Language } from '../language';
import { slaSectionToDocument } from '../sla/sla-plan-document';
import { topologySectionToDocument } from '../topology/topology-plan-document';
import { backupSectionToDocument, identitySectionToDocument, ingressSectionToDocument } from './design-review-document';
import type { DocumentBlock, DocumentSection, DocumentTranslate } from './document-model';
import { auditItems, observabilityOptions } from './plan-checklists';
import type { Plan, PlanSectionKey } from './plan-schema';
import type { SectionDocumentBuilder } from './section-document';
import { tidySections } from './tidy-document';

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
  /**
   * What a printed page repeats in its header and footer: the title, status, version and date, and
   * "page n of m" with `{{page}}` and `{{total}}` left for the printer to fill in.
   */
  running: { header: string; pageOf: string };
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
  ...decisionIds.map((id) => feature(id, 'choices', anyDecision(id).sectionToDocument)),
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

  add('distribution', distributionBlocks(plan.distribution, { d, notWritten, entryName, language }));

  for (const { key, namespace, build } of featureSections) {
    const blocks = build(plan, { t: translatorFor(namespace), language });
    // The chosen distribution's facts are checked against the network, storage and version chosen elsewhere in the plan.
    const conflicts = key === 'distributionChooser' && blocks !== null ? distributionConflictBlocks(plan, translatorFor('choices')) : [];
    add(key, blocks ? [...blocks, ...conflicts] : [{ kind: 'paragraph', text: d('notDecided', { where: d(`where.${key}`) }) }]);
  }

  // Always present: every field has a default, which the section says is kind's.
  add('cluster', clusterSectionToDocument(writtenPodSubnet(plan.cluster, plan.topology?.podCidr))(plan.cluster, { t: translatorFor('cluster'), language }));
  add('ingress', ingressSectionToDocument(plan.ingress, { t, language }));
  add('backup', backupSectionToDocument(plan.backup, { t, language }));
  add('identity', identitySectionToDocument(plan.identity, { t, language }));

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

  add('signOff', signOffBlocks(plan.approval, d));

  const status = d(`approval.statuses.${plan.approval.status}`);
  const version = plan.approval.version.trim();
  const updated = formatDate(plan.updatedAt, language);
  const meta = [
    ...(plan.team.trim() === '' ? [] : [{ label: d('team'), value: plan.team.trim() }]),
    { label: d('approval.status'), value: status },
    ...(version === '' ? [] : [{ label: d('approval.version'), value: version }]),
    { label: d('created'), value: formatDate(plan.createdAt, language) },
    { label: d('updated'), value: updated },
  ];
  const title = plan.title.trim() === '' ? d('untitled') : plan.title.trim();

  const labels = { contents: d('contents'), colon: d('colon'), source: d('noteSource'), warning: d('noteWarning'), generatedBy: d('generatedBy') };
  return {
    language,
    title,
    meta,
    sections: tidySections(sections, {
      reservedHeadings: [labels.contents],
      source: labels.source,
      warning: labels.warning,
      qualify: (heading, section) => d('qualifiedHeading', { heading, section }),
    }),
    labels,
    running: {
      header: d(version === '' ? 'running.headerWithoutVersion' : 'running.header', { title, status, version, date: updated }),
      // The printer fills these in per page; the tokens survive translation untouched.
      pageOf: d('running.pageOf', { page: '{{page}}', total: '{{total}}' }),
    },
  };
}

type DocumentContext = {
  d: (key: string, params?: Record<string, unknown>) => string;
  notWritten: string;
  entryName: (id: string) => string;
  language: Language;
};

/** One argument a line, as the plan page asks for them. */
const lines = (text: string) =>
  text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '');

/**
 * The decision as a MADR 4 record: who and when, the context and drivers, the options, the outcome
 * with its consequences and confirmation, then each option's pros and cons.
 */
function distributionBlocks(distribution: Plan['distribution'], { d, notWritten, entryName, language }: DocumentContext): DocumentBlock[] {
  const people = (text: string) => (text.trim() === '' ? notWritten : text.trim());
  const drivers = distribution.drivers.map((driver) => driver.trim()).filter((driver) => driver !== '');
  const chosen = distribution.chosenEntryIds.map(entryName);
  const list = new Intl.ListFormat(language, { type: 'conjunction' });
  return [
    {
      kind: 'table',
      header: [d('distribution.field'), d('distribution.value')],
      rows: [
        [d('distribution.status'), d(`distribution.statuses.${distribution.status}`)],
        [d('distribution.date'), distribution.date === '' ? notWritten : distribution.date],
        [d('distribution.deciders'), people(distribution.deciders)],
        [d('distribution.consulted'), people(distribution.consulted)],
        [d('distribution.informed'), people(distribution.informed)],
      ],
    },
    heading(d('distribution.context')),
    ...prose(distribution.context, notWritten),
    heading(d('distribution.drivers')),
    drivers.length === 0 ? { kind: 'paragraph', text: d('distribution.noDrivers') } : { kind: 'list', ordered: false, items: drivers },
    heading(d('distribution.options')),
    distribution.consideredEntryIds.length === 0
      ? { kind: 'paragraph', text: d('distribution.noOptions') }
      : { kind: 'list', ordered: true, items: distribution.consideredEntryIds.map(entryName) },
    heading(d('distribution.decision')),
    { kind: 'paragraph', text: chosen.length === 0 ? d('distribution.noDecision') : d('distribution.chosenOption', { options: list.format(chosen) }) },
    { kind: 'heading', level: 4, text: d('distribution.rationale') },
    ...prose(distribution.rationale, notWritten),
    { kind: 'heading', level: 4, text: d('distribution.consequences') },
    ...prose(distribution.consequences, notWritten),
    { kind: 'heading', level: 4, text: d('distribution.confirmation') },
    ...prose(distribution.confirmation, notWritten),
    ...(distribution.consideredEntryIds.length === 0
      ? []
      : [
          heading(d('distribution.prosAndCons')),
          ...distribution.consideredEntryIds.flatMap((id): DocumentBlock[] => {
            const argumentsFor = distribution.optionArguments[id];
            const items = (['good', 'neutral', 'bad'] as const).flatMap((kind) =>
              lines(argumentsFor?.[kind] ?? '').map((argument) => d(`distribution.because.${kind}`, { argument })),
            );
            return [
              { kind: 'heading', level: 4, text: entryName(id) },
              items.length === 0 ? { kind: 'paragraph', text: d('distribution.noArguments') } : { kind: 'list', ordered: false, items },
            ];
          }),
        ]),
  ];
}

/** Who signs the plan, with room to sign: the signature and date columns stay empty on purpose. */
function signOffBlocks(approval: Plan['approval'], d: DocumentContext['d']): DocumentBlock[] {
  const approvers = approval.approvers.filter((approver) => approver.name.trim() !== '');
  return [
    { kind: 'paragraph', text: d(`approval.statement.${approval.status}`) },
    {
      kind: 'table',
      header: [d('approval.name'), d('approval.role'), d('approval.signature'), d('approval.date')],
      signatures: true,
      rows: approvers.length === 0 ? [['', '', '', '']] : approvers.map((approver) => [approver.name.trim(), approver.role.trim(), '', '']),
    },
  ];
}
