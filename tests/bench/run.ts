/**
 * Every benchmark, printed as one JSON document on stdout (`npm run bench`, which builds first).
 * Progress goes to stderr so the JSON can be piped as it is.
 */
import { cpus } from 'node:os';
import { benchCatalogueFilter } from './catalogue-filter';
import { benchLandscapeImport } from './landscape-import';
import { benchPlanExport } from './plan-export';

console.error('Timing landscape imports…');
const landscapeImport = await benchLandscapeImport();
console.error('Timing catalogue search keystrokes in Chromium…');
const catalogueFilter = await benchCatalogueFilter();
console.error('Timing plan exports per format…');
const planExport = await benchPlanExport();

const results = [...landscapeImport, ...catalogueFilter, ...planExport];
console.log(
  JSON.stringify(
    {
      ranAt: new Date().toISOString(),
      machine: { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length },
      targets: {
        catalogueFilterP95Ms: { '~2,500 rows': 16.7, '50,000 rows': 50 },
        landscapeImportMedianMs: 1000,
        planExportP95Ms: 1000,
      },
      allTargetsMet: results.every((result) => !('meetsTarget' in result) || result.meetsTarget),
      landscapeImport,
      catalogueFilter,
      planExport,
    },
    null,
    2,
  ),
);
