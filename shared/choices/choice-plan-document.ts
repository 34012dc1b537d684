import { productStatusOf, productStatusText } from '../catalogue/product-status';
import type { Language } from '../language';
import type { DocumentBlock, DocumentTranslate } from '../plan/document-model';
import type { SectionDocumentBuilder } from '../plan/section-document';
import {
  type CaasPaasPlanSection,
  type ChoiceWarning,
  type CriterionReason,
  type SdnPlanSection,
  type StoragePlanSection,
  sdnRequirementIdSchema,
} from './choice-plan-sections';
import { formatScore } from './format-score';
import { type FactSource, storageWorkloadSchema } from './tradeoff-schema';

/** The same wording the page uses, so the export and the screen never disagree. */
export function describeChoiceWarning(warning: ChoiceWarning, t: DocumentTranslate): string {
  switch (warning.code) {
    case 'not-maintained':
      return t(`warnings.notMaintained.${warning.state}`);
    case 'folded-into-other':
      return t('warnings.foldedIntoOther');
    case 'missing-requirement':
      return t(warning.known ? 'warnings.missingRequirement' : 'warnings.unknownRequirement', {
        requirement: t(`sdn.requirements.${warning.requirementId}`),
      });
    case 'uncovered-need':
      return t('warnings.uncoveredNeed', {
        workload: t(`storage.workloads.${warning.workload}`),
        kind: t(`storage.kinds.${warning.kind}`),
      });
    case 'lagging':
      return t('distribution.lagging', { lag: warning.lag, latest: warning.latest, newest: warning.newest });
  }
}

export function describeCriterionReason(
  reason: Pick<CriterionReason, 'criterionId' | 'rating' | 'weight'>,
  area: 'sdn' | 'storage',
  t: DocumentTranslate,
  language: Language,
): string {
  const criterion = t(`criteria.${area}.${reason.criterionId}.label`);
  if (reason.rating === null) return t('reasons.unknown', { criterion, weight: reason.weight });
  const rating = new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(reason.rating);
  return t('reasons.rated', { criterion, rating, weight: reason.weight });
}

export function describeFactSource(source: FactSource, t: DocumentTranslate, language: Language): string {
  if (source.kind === 'web') return t('sources.web', { url: source.url, year: source.asOf });
  const section = language === 'zh-CN' ? source.section.zh : source.section.en;
  const [from, to] = source.lines;
  return from === to ? t('sources.seedLine', { section, line: from }) : t('sources.seedLines', { section, from, to });
}

function scoreText(score: number, language: Language): string {
  return formatScore(score, language);
}

function rationaleBlocks(rationale: string, t: DocumentTranslate): DocumentBlock[] {
  const text = rationale.trim();
  return text ? [{ kind: 'heading', level: 4, text: t('plan.rationaleLabel') }, { kind: 'paragraph', text }] : [];
}

function warningAndSourceBlocks(
  warnings: readonly ChoiceWarning[],
  sources: readonly FactSource[],
  t: DocumentTranslate,
  language: Language,
): DocumentBlock[] {
  const unique = [...new Map(sources.map((source) => [JSON.stringify(source), source])).values()];
  return [
    ...warnings.map((warning): DocumentBlock => ({ kind: 'note', tone: 'warning', text: describeChoiceWarning(warning, t) })),
    ...unique.map((source): DocumentBlock => ({ kind: 'note', tone: 'source', text: describeFactSource(source, t, language) })),
  ];
}

function rankingTable(
  ranking: readonly { name: string; score: number }[],
  t: DocumentTranslate,
  language: Language,
): DocumentBlock {
  return {
    kind: 'table',
    caption: t('document.rankingCaption'),
    header: [t('document.rankColumn'), t('document.optionColumn'), t('document.scoreColumn')],
    rows: ranking.map((entry, index) => [String(index + 1), entry.name, scoreText(entry.score, language)]),
    align: ['right', 'left', 'right'],
  };
}

/** The options that failed a stated requirement, named apart from the ranking, as the page shows them. */
function failingBlocks(ranking: readonly { name: string; standing?: string }[], t: DocumentTranslate): DocumentBlock[] {
  const failing = ranking.filter((entry) => entry.standing === 'fails').map((entry) => entry.name);
  return failing.length === 0 ? [] : [{ kind: 'paragraph', text: t('document.failing', { options: failing.join(t('document.listSeparator')) }) }];
}

export const caasPaasSectionToDocument: SectionDocumentBuilder<CaasPaasPlanSection> = (section, { t, language }) => {
  const [top] = section.ranking;
  if (!top) return [{ kind: 'paragraph', text: t('document.noResult') }];
  const typeName = (type: string) => t(`caas.types.${type}.label`);
  const reasonText = ({ questionId, answerId }: { questionId: string; answerId: string }) =>
    t('caas.reason', {
      question: t(`caas.questions.${questionId}.label`),
      answer: t(`caas.questions.${questionId}.answers.${answerId}`),
    });
  const favouring = section.reasons.filter((reason) => reason.effect === 'for');
  const against = section.reasons.filter((reason) => reason.effect === 'against');
  const mustHaves = section.mustHaves.flatMap((questionId) => {
    const answerId = section.answers[questionId];
    return answerId === undefined ? [] : [reasonText({ questionId, answerId })];
  });
  const blocks: DocumentBlock[] = [
    ...(mustHaves.length > 0 ? [{ kind: 'paragraph', text: t('document.mustHaves', { answers: mustHaves.join(t('document.listSeparator')) }) } satisfies DocumentBlock] : []),
    { kind: 'paragraph', text: t('document.caasResult', { type: typeName(top.type), score: scoreText(top.score, language) }) },
    rankingTable(section.ranking.map((entry) => ({ name: typeName(entry.type), score: entry.score })), t, language),
    ...failingBlocks(section.ranking.map((entry) => ({ name: typeName(entry.type), standing: entry.standing })), t),
  ];
  if (favouring.length > 0) {
    blocks.push({ kind: 'heading', level: 4, text: t('caas.for') }, { kind: 'list', ordered: false, items: favouring.map(reasonText) });
  }
  if (against.length > 0) {
    blocks.push({ kind: 'heading', level: 4, text: t('caas.against') }, { kind: 'list', ordered: false, items: against.map(reasonText) });
  }
  blocks.push(...rationaleBlocks(section.rationale, t));
  blocks.push({ kind: 'note', tone: 'source', text: t('caas.source') });
  return blocks;
};

function optionSectionToDocument(
  section: SdnPlanSection | StoragePlanSection,
  area: 'sdn' | 'storage',
  intro: DocumentBlock[],
  t: DocumentTranslate,
  language: Language,
): DocumentBlock[] {
  const chosen = section.ranking.find((entry) => entry.optionId === section.chosenOptionId);
  if (!chosen) return [...intro, { kind: 'paragraph', text: t('document.noResult') }];
  const name = chosen.optionName || chosen.optionId;
  const blocks: DocumentBlock[] = [
    ...intro,
    { kind: 'paragraph', text: t('document.chosen', { option: name, score: scoreText(chosen.score, language) }) },
    // Read from the one status record at export time, so an export never repeats a stale state.
    { kind: 'paragraph', text: t('document.chosenStatus', { option: name, status: productStatusText(productStatusOf(chosen.optionId), t, language) }) },
    rankingTable(section.ranking.map((entry) => ({ name: entry.optionName || entry.optionId, score: entry.score })), t, language),
    ...failingBlocks(section.ranking.map((entry) => ({ name: entry.optionName || entry.optionId, standing: entry.standing })), t),
  ];
  const strengths = section.reasons.filter((reason) => reason.effect === 'strength');
  const weaknesses = section.reasons.filter((reason) => reason.effect === 'weakness');
  const unknowns = section.reasons.filter((reason) => reason.effect === 'unknown');
  const describe = (reason: CriterionReason) => describeCriterionReason(reason, area, t, language);
  if (strengths.length > 0) {
    blocks.push({ kind: 'heading', level: 4, text: t('reasons.strengths') }, { kind: 'list', ordered: false, items: strengths.map(describe) });
  }
  if (weaknesses.length > 0) {
    blocks.push({ kind: 'heading', level: 4, text: t('reasons.weaknesses') }, { kind: 'list', ordered: false, items: weaknesses.map(describe) });
  }
  if (unknowns.length > 0) {
    blocks.push({ kind: 'heading', level: 4, text: t('reasons.unknowns') }, { kind: 'list', ordered: false, items: unknowns.map(describe) });
  }
  blocks.push(...rationaleBlocks(section.rationale, t));
  blocks.push(...warningAndSourceBlocks(section.warnings, section.sources, t, language));
  return blocks;
}

export const sdnSectionToDocument: SectionDocumentBuilder<SdnPlanSection> = (section, { t, language }) => {
  // A plan saved by another version may name ids this one does not know: the export leaves them out.
  const required = Object.entries(section.requirements)
    .filter(([id, on]) => on && sdnRequirementIdSchema.safeParse(id).success)
    .map(([id]) => t(`sdn.requirements.${id}`));
  const intro: DocumentBlock[] =
    required.length > 0 ? [{ kind: 'paragraph', text: t('document.requirements', { requirements: required.join(t('document.listSeparator')) }) }] : [];
  return optionSectionToDocument(section, 'sdn', intro, t, language);
};

export const storageSectionToDocument: SectionDocumentBuilder<StoragePlanSection> = (section, { t, language }) => {
  const needs = Object.entries(section.needs)
    .filter(([workload, kind]) => kind !== 'none' && storageWorkloadSchema.safeParse(workload).success)
    .map(([workload, kind]) => t('document.need', { workload: t(`storage.workloads.${workload}`), kind: t(`storage.kinds.${kind}`) }));
  const intro: DocumentBlock[] = [
    { kind: 'paragraph', text: t('document.infrastructure', { infrastructure: t(`storage.infrastructures.${section.infrastructure}`) }) },
    ...(needs.length > 0 ? [{ kind: 'list', ordered: false, items: needs } satisfies DocumentBlock] : []),
  ];
  return optionSectionToDocument(section, 'storage', intro, t, language);
};
