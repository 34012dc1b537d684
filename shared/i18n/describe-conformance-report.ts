/** The conformance import report as lines in the UI language, for the CLI (the page lays the same out as tables). */
import { type ConformanceImportReport, typeBuckets } from '../conformance/conformance-schema';

type Translate = (key: string, options?: Record<string, unknown>) => string;

export function describeDamagedFile(file: ConformanceImportReport['damaged'][number], t: Translate): string {
  return `${file.path}: ${t(`distributions:report.reasons.${file.reason}`, { defaultValue: file.detail })}`;
}

export function describeConformanceReport(report: ConformanceImportReport, t: Translate): string[] {
  const lines = [
    t('distributions:report.summary', {
      source: report.source,
      products: report.products,
      files: report.productFiles,
      count: report.ignoredFiles,
    }),
    heading('perVersion', t),
    ...report.perVersion.map(({ version, products }) => `  ${version}\t${products}`),
    heading('perType', t),
    ...typeBuckets.map((type) => `  ${t(`distributions:conformanceTypes.${type}`)}\t${report.perType[type]}`),
    heading('damaged', t),
  ];
  if (report.damaged.length === 0) lines.push(`  ${t('distributions:report.noDamaged')}`);
  else lines.push(...report.damaged.map((file) => `  - ${describeDamagedFile(file, t)}`));
  return lines;
}

function heading(key: 'perVersion' | 'perType' | 'damaged', t: Translate): string {
  return t('distributions:report.listHeading', { text: t(`distributions:report.${key}`) });
}
