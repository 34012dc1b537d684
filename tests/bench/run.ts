/**
 * Every benchmark, printed as one JSON document on stdout (`npm run bench`, which builds first).
 * Progress goes to stderr so the JSON can be piped as it is.
 */
import { cpus } from 'node:os';
import { benchCatalogueFilter } from './catalogue-filter';
import { CLI_RATIO_TARGET, benchCliColdStart } from './cli-cold-start';
import { CATALOGUE_SCRIPT_TARGET_GZIP_KB, HOST_START_TARGET_MS, benchHostColdStart } from './host-cold-start';
import { benchLandscapeImport } from './landscape-import';
import { benchPlanExport } from './plan-export';

console.error('Timing landscape imports…');
const landscapeImport = await benchLandscapeImport();
console.error('Timing catalogue search keystrokes in Chromium…');
const catalogueFilter = await benchCatalogueFilter();
console.error('Timing plan exports per format…');
const planExport = await benchPlanExport();
console.error('Timing the CLI against plain node…');
const cliColdStart = benchCliColdStart();
console.error('Timing host start to the catalogue grid…');
const { hostColdStart, catalogueScript } = await benchHostColdStart();

const results = [...landscapeImport, ...catalogueFilter, ...planExport, cliColdStart, ...hostColdStart, catalogueScript];
console.log(
  JSON.stringify(
    {
      ranAt: new Date().toISOString(),
      machine: { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length },
      targets: {
        catalogueFilterP95Ms: { '~2,500 rows': 16.7, '50,000 rows': 50 },
        landscapeImportMedianMs: 1000,
        planExportP95Ms: 1000,
        cliColdStartRatio: CLI_RATIO_TARGET,
        hostStartToGridMs: { '~2,500 rows': HOST_START_TARGET_MS },
        catalogueScriptGzipKb: CATALOGUE_SCRIPT_TARGET_GZIP_KB,
      },
      allTargetsMet: results.every((result) => !('meetsTarget' in result) || result.meetsTarget),
      landscapeImport,
      catalogueFilter,
      planExport,
      cliColdStart,
      hostColdStart,
      catalogueScript,
    },
    null,
    2,
  ),
);
