import { catalogueViewToCsv } from '../../../shared/catalogue/export-view';
import type { KubernetesVersion } from '../../../shared/conformance/conformance-schema';
import type { Translate } from '../catalogue/catalogue-fields';
import type { ComparedProduct, ProfileLine } from './profile-comparison';

/** One product's row of the certification timeline: certified or not for each version of the data. */
export type TimelineRow = { name: string; certified: boolean[] };

export function buildTimeline(products: readonly ComparedProduct[], versions: readonly KubernetesVersion[]): TimelineRow[] {
  return products.map(({ entry }) => {
    const certified = new Set(entry.certification?.versions ?? []);
    return { name: entry.name, certified: versions.map((version) => certified.has(version)) };
  });
}

/** A comparison as exported: product names, the matrix lines, the timeline and each product's cited pages. */
export interface ComparisonExport {
  products: readonly ComparedProduct[];
  lines: readonly ProfileLine[];
  versions: readonly KubernetesVersion[];
  timeline: readonly TimelineRow[];
}

function markdownCell(text: string): string {
  return text.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replace(/\r?\n/gu, ' ');
}

function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${header.map(markdownCell).join(' | ')} |`,
    `|${header.map(() => ' --- ').join('|')}|`,
    ...rows.map((row) => `| ${row.map(markdownCell).join(' | ')} |`),
  ];
}

/** The comparison as Markdown: the matrix (unknowns marked with *), the timeline and the sources. */
export function comparisonToMarkdown(comparison: ComparisonExport, t: Translate): string {
  const names = comparison.products.map(({ entry }) => entry.name);
  const notKnown = t('distributions:profile.notKnown');
  const matrix = markdownTable(
    [t('distributions:compare.attribute'), ...names],
    comparison.lines.map((line) => [line.label, ...line.cells.map((cell) => (cell.unknown ? `*${notKnown}*` : cell.text))]),
  );
  const timeline = markdownTable(
    [t('distributions:compare.product'), ...comparison.versions],
    comparison.timeline.map((row) => [row.name, ...row.certified.map((certified) => (certified ? '✓' : '—'))]),
  );
  const sources = comparison.products.flatMap(({ entry, profile }) =>
    Object.values(profile?.sources ?? {}).map((source) => `- ${entry.name}: [${markdownCell(source.title)}](${source.url}) (${source.accessed})`),
  );
  return [
    `# ${t('distributions:compare.title', { names: names.join(', ') })}`,
    '',
    ...matrix,
    '',
    `## ${t('distributions:compare.timeline')}`,
    '',
    ...timeline,
    '',
    `## ${t('distributions:profile.sources')}`,
    '',
    `- ${t('distributions:profile.conformanceSource')}: cncf/k8s-conformance (Apache-2.0)`,
    ...sources,
    '',
  ].join('\n');
}

/** The comparison as CSV: one record per attribute with each product's value and its source, then the timeline. */
export function comparisonToCsv(comparison: ComparisonExport, t: Translate): string {
  const sourceHeader = (name: string) => `${name} (${t('distributions:profile.sources')})`;
  const columns = [
    { id: 'attribute', header: t('distributions:compare.attribute') },
    ...comparison.products.flatMap(({ entry }, index) => [
      { id: `value-${index}`, header: entry.name },
      { id: `source-${index}`, header: sourceHeader(entry.name) },
    ]),
  ];
  const notKnown = t('distributions:profile.notKnown');
  const matrixRows = comparison.lines.map((line) => ({
    attribute: line.label,
    ...Object.fromEntries(
      line.cells.flatMap((cell, index) => [
        [`value-${index}`, cell.unknown ? notKnown : cell.text],
        [`source-${index}`, cell.source],
      ]),
    ),
  }));
  const timelineRows = comparison.versions.map((version, versionIndex) => ({
    attribute: `${t('distributions:compare.certified')} ${version}`,
    ...Object.fromEntries(
      comparison.timeline.map((row, index) => [
        `value-${index}`,
        t(row.certified[versionIndex] ? 'distributions:profile.yes' : 'distributions:profile.no'),
      ]),
    ),
  }));
  return catalogueViewToCsv(columns, [...matrixRows, ...timelineRows]);
}
