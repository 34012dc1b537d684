import type { z } from 'zod';
import type { Language } from '../../language';
import type { DocumentTranslate } from '../../plan/document-model';
import type { SectionDocumentBuilder } from '../../plan/section-document';
import type { ChoiceWarning } from '../choice-plan-sections';
import type { FactSource, Survey } from '../tradeoff-schema';
import type { RankingProblem } from '../weighted-ranking';
import { productStatusOf, productStatusText } from '../../catalogue/product-status';
import type { FactText, RequirementCheck, Standing } from './constrained-ranking';

/**
 * What the user says to a decision, on the page or on the command line. Every decision reads the
 * same three parts, so the page's state, the CLI's options and the plan's migration are written once.
 */
export type DecisionInput = {
  /** Only the weights the user moved; the other criteria keep the data's defaults. */
  weights: Readonly<Record<string, number>>;
  /** The requirements the user stated (ticked); each is a constraint, not a weight. */
  requirements: Readonly<Record<string, boolean>>;
  /** Every other answer, by question: storage's infrastructure and needs, the questionnaire's answers. */
  settings: Readonly<Record<string, string>>;
};

export const emptyDecisionInput: DecisionInput = { weights: {}, requirements: {}, settings: {} };

/** The parts of an open plan a decision may start from: the other decisions' sections and the cluster. */
export type PlanChoices = {
  caasPaas: { ranking: readonly { type: string }[] } | null;
  sdn: { chosenOptionId: string } | null;
  storage: { infrastructure: string; chosenOptionId: string } | null;
  cluster: { kubernetesVersion: string };
};

/**
 * A fact about an option as the page lists it: a term (an i18n key in 'choices') and its text, in
 * both languages from the data, as i18n keys (in 'choices') joined into a list, or the product's one
 * recorded status (data/catalogue/product-status.json), worded as the catalogue words it.
 */
export type OptionFact = { termKey: string; text: FactText };

/** A fact's text in a language. */
export function factText(text: FactText, t: DocumentTranslate, language: Language): string {
  if ('en' in text) return language === 'zh-CN' ? text.zh : text.en;
  if ('statusOf' in text) return productStatusText(productStatusOf(text.statusOf), t, language);
  const list = text.keys.map((key) => t(key)).join(t('document.listSeparator'));
  return text.key === undefined ? list : t(text.key, { list });
}

/** One ranked option, as the page, the CLI and the plan read it whatever the decision. */
export type DecisionEntry = {
  optionId: string;
  /** The option's proper name, or, for options the app itself names, the i18n key of its label. */
  name: { text: string } | { key: string };
  score: number;
  standing: Standing;
  checks: RequirementCheck[];
  warnings: ChoiceWarning[];
  /** Whether the option dates from the seed (2017) or was added later; absent where the question does not apply. */
  era?: 'seed-2017' | 'after-2017';
  /** Reasons as lines to show, each an i18n key of 'choices' with its parameters, by effect. */
  reasons: { effect: 'strength' | 'weakness' | 'unknown' | 'for' | 'against'; text: (t: DocumentTranslate, language: Language) => string }[];
  facts: OptionFact[];
  sources: FactSource[];
};

/** Why there is no ranking; each names what the user has to change. */
export type DecisionProblem = RankingProblem | { code: 'no-answers' } | { code: 'no-needs' };

export type DecisionOutcome<Entry extends DecisionEntry = DecisionEntry> =
  | {
      ok: true;
      ranking: Entry[];
      /** Lines said above the ranking (what was left out, and why), in the reader's language. */
      notes: ((t: DocumentTranslate, language: Language) => string)[];
      /** Saved input this version no longer knows: said once, never an error. */
      ignored: ((t: DocumentTranslate) => string)[];
    }
  | { ok: false; problem: DecisionProblem; ignored: ((t: DocumentTranslate) => string)[] };

/** A question the decision asks besides weights and requirements: a select on the page, an option of the CLI. */
export type DecisionSetting = {
  id: string;
  /** i18n key (in 'choices') of the question's label. */
  labelKey: string;
  choices: readonly { id: string; labelKey: string }[];
  /** Settings sharing a group are shown together under the group's legend (an i18n key). */
  groupKey?: string;
};

/** A message for the user: an i18n key in the CLI's namespace and its parameters. */
export type CliProblem = { key: string; params?: Record<string, string> };

/**
 * One option of `choices <command>` besides --require, --weight and --json. `value` options take a
 * string (repeatable); `json-file` options name a JSON file the CLI reads and hands over parsed.
 */
export type DecisionCliOption<Data> = {
  kind: 'value' | 'json-file';
  apply: (value: unknown, data: Data, input: DecisionInput) => DecisionInput | { problem: CliProblem };
};

/**
 * Everything the app knows about one decision: where its options come from, how they rank, what
 * the plan keeps, how the export words it, the overview's line, the CLI command and the page's
 * texts. The registry (decision-registry.ts) lists every registration; the plan schema, the plan
 * document, the overview, the CLI and the Choices page iterate it, so a decision type is one
 * registration plus its data and texts. README: "How to add a decision type".
 */
export type DecisionRegistration<Data, Section, Entry extends DecisionEntry = DecisionEntry> = {
  /** The plan's key for the section, the page's tab id and the locale's key under `tabs`. */
  id: string;
  /** `npm run cli -- choices <command>`. */
  command: string;
  /** The i18n key prefix (in 'choices') of the page's heading, intro, requirements and criteria. */
  area: string;
  /** The data main serves for this decision, validated at build, at start and in tests. */
  dataSchema: z.ZodType<Data>;
  /** The plan's section; null in a plan until the decision is put into it. */
  sectionSchema: z.ZodType<Section>;
  criteria: (data: Data) => readonly { id: string; defaultWeight: number }[];
  /** The requirements a user can state; the page shows one tick each, the CLI takes them with --require. */
  requirementIds: (data: Data, input: DecisionInput) => readonly string[];
  settings: (data: Data) => readonly DecisionSetting[];
  /** A stated requirement in words, as "doesn't meet: …" names it. */
  describeRequirement: (data: Data, input: DecisionInput, requirementId: string, t: DocumentTranslate) => string;
  /** The settings the data suggests before the user says anything. */
  defaultSettings: (data: Data) => Readonly<Record<string, string>>;
  /**
   * What the open plan's other choices say to this decision before the user does (the distribution
   * chooser starts from the CaaS/PaaS result, the infrastructure, SDN, storage and Kubernetes version):
   * settings over the data's defaults and requirements the user can untick. Absent where nothing applies.
   */
  fromPlan?: (data: Data, plan: PlanChoices) => Pick<DecisionInput, 'settings' | 'requirements'>;
  rank: (data: Data, input: DecisionInput) => DecisionOutcome<Entry>;
  /** What "Put into the plan" stores, for the chosen entry of an `ok` outcome. */
  toPlanSection: (
    data: Data,
    input: DecisionInput,
    outcome: Extract<DecisionOutcome<Entry>, { ok: true }>,
    chosen: Entry,
    rationale: string,
  ) => Section;
  /** The section in the exported document, worded in the export's language. */
  sectionToDocument: SectionDocumentBuilder<Section>;
  /** The plan overview's line for a stored section, in the 'choices' namespace. */
  summary: (section: Section, t: DocumentTranslate) => string;
  /** The book's survey shares that inform the decision (the adoption criterion's, the kinds of storage in use), each shown as a chart. */
  surveys?: (data: Data) => Survey[];
  cli: {
    /** The options after `choices <command>`, as the usage shows them. */
    usage: string;
    options: Readonly<Record<string, DecisionCliOption<Data>>>;
    /** Other names --require accepts for a requirement, such as the criterion that answers it. */
    requirementAliases?: Readonly<Record<string, string>>;
  };
};

/** A registration with its types forgotten, as the registry's iterators see it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each registration's own types are checked where it is written.
export type AnyDecisionRegistration = DecisionRegistration<any, any, any>;
