/**
 * One term per concept in each language. The UI, the exports and the CLI say each concept the same
 * way; `glossary.test.ts` scans both locales for the variants listed here as forbidden.
 *
 * A forbidden variant is a pattern, so a word that is fine in another sense stays allowed: 计划 as
 * "planned" (计划内维护, planned maintenance) is not the plan, and 尚未决定 ("not decided yet") is a verb.
 */
export type GlossaryEntry = {
  concept: string;
  en: string;
  zh: string;
  /** Other names for the concept that the UI must not use. */
  forbidden: { en: RegExp[]; zh: RegExp[] };
};

/** The book the app's built-in facts come from, named in full where a page first cites it. */
export const seedBook = {
  en: { title: 'The State of the Kubernetes Ecosystem', full: 'The State of the Kubernetes Ecosystem (The New Stack, 2017)', short: 'the book' },
  zh: { title: '《Kubernetes 生态系统现状》', full: '《Kubernetes 生态系统现状》（The New Stack，2017）', short: '原书' },
} as const;

export const glossary: readonly GlossaryEntry[] = [
  {
    concept: 'plan: the document the user builds and exports',
    en: 'plan',
    zh: '部署方案（上下文清楚时简称“方案”）',
    forbidden: { en: [/\bproject plan\b/i], zh: [/计划(?!内|使用|负载|容量|用量)/, /规划(?!你的)/] },
  },
  {
    concept: 'seed book: The State of the Kubernetes Ecosystem (The New Stack, 2017)',
    en: `${seedBook.en.short}; in full, ${seedBook.en.full}`,
    zh: `${seedBook.zh.short}；全称${seedBook.zh.full}`,
    forbidden: { en: [/\bthe seed\b/i, /\bseed (document|section|lines?)\b/i, /\bbuilt-in seed\b/i], zh: [/种子/, /原始资料/, /(?<!原)书中/] },
  },
  {
    concept: 'decision: a choice recorded in the plan',
    en: 'decision',
    zh: '决策',
    forbidden: { en: [], zh: [/(?<!尚未|做|来)决定(?!了)/] },
  },
  {
    concept: 'requirement: what the user says a choice must offer',
    en: 'requirement',
    zh: '需求',
    forbidden: { en: [], zh: [/要求/] },
  },
  {
    concept: 'availability zone',
    en: 'zone',
    zh: '可用区',
    forbidden: { en: [/\bavailability domain\b/i], zh: [/可用域/, /可用性区域/] },
  },
  {
    concept: 'Table 1.1: operations productivity (what a vendor adds)',
    en: 'operations productivity',
    zh: '运维效率',
    forbidden: { en: [], zh: [/运营产品/] },
  },
];

/** Where a text breaks the glossary: each forbidden variant it uses, with its concept. */
export function glossaryViolations(text: string, language: 'en' | 'zh'): { concept: string; variant: string }[] {
  return glossary.flatMap((entry) =>
    entry.forbidden[language].flatMap((pattern) => {
      const match = pattern.exec(text);
      return match ? [{ concept: entry.concept, variant: match[0] }] : [];
    }),
  );
}
