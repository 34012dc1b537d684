/**
 * `npm run lint:security`: Doyensec's Electronegativity over the shipped sources (electron/ and
 * renderer/), failing on any HIGH or MEDIUM finding. Accepted findings are suppressed in the source,
 * with an `eng-disable` comment and the reason beside it, so every exception is reviewed where it is.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import runElectronegativity, { type ElectronegativityIssue } from '@doyensec/electronegativity';

const ROOT = join(import.meta.dirname, '../..');
const SCANNED_DIRS = ['electron', 'renderer'];
const FAILING_SEVERITIES = new Set(['HIGH', 'MEDIUM']);
const INPUT_DIR_NAME = 'input';

const EXCLUDED_CHECKS = [
  // It downloads Electron's release list from GitHub (no network here) to compare with the Electron
  // version in package.json, which this scan does not include; Electron upgrades are a dependency
  // update, reviewed as such.
  'AvailableSecurityFixesGlobalCheck',
];

/** Unit tests and their setup mock Electron and never ship, so they are left out of the scan. */
function isShippedSource(path: string): boolean {
  const name = basename(path);
  return !/\.test\.tsx?$/.test(name) && name !== 'test-setup.ts' && name !== 'node_modules';
}

/**
 * Electronegativity judges each check across everything it scans at once (navigation guards in
 * main, the CSP in index.html), so both folders go into one temporary tree, keeping their paths.
 */
async function stageSources(): Promise<string> {
  const stage = await mkdtemp(join(tmpdir(), 'kube-planner-electronegativity-'));
  for (const dir of SCANNED_DIRS) {
    await cp(join(ROOT, dir), join(stage, INPUT_DIR_NAME, dir), { recursive: true, filter: isShippedSource });
  }
  return stage;
}

function describeIssue(issue: ElectronegativityIssue): string {
  const where = issue.file === 'N/A' ? '(whole app)' : `${issue.file}:${issue.location.line}:${issue.location.column}`;
  const sample = issue.sample ? `\n    ${issue.sample}` : '';
  return `${issue.severity.name} ${issue.id} ${where}\n    ${issue.description} (${issue.shortenedURL})${sample}`;
}

async function main(): Promise<number> {
  const stage = await stageSources();
  const electronPackage = JSON.parse(await readFile(join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as {
    version: string;
  };
  const reportPath = join(stage, 'electronegativity.sarif');
  const input = join(stage, INPUT_DIR_NAME);
  const result = await runElectronegativity({
    input,
    output: reportPath,
    isSarif: true,
    isRelative: true,
    excludeFromScan: EXCLUDED_CHECKS,
    // Judge the options against the defaults of the Electron we ship, not Electron 0.1's.
    electronVersionOverride: electronPackage.version,
  });
  // The copied sources are no longer needed; the report stays for whoever wants the details.
  await rm(input, { recursive: true, force: true });

  const unparsed = result.errors.filter((error) => !error.tolerable);
  const failing = result.issues.filter((issue) => FAILING_SEVERITIES.has(issue.severity.name));
  for (const error of unparsed) console.error(`NOT SCANNED ${error.file}: ${error.message}`);
  for (const issue of failing) console.error(describeIssue(issue));

  console.log(
    `Electronegativity ${result.atomicChecks} atomic + ${result.globalChecks} global checks over ${SCANNED_DIRS.join(', ')}: ` +
      `${failing.length} HIGH/MEDIUM finding(s), ${result.issues.length - failing.length} lower, ${unparsed.length} unparsed file(s). ` +
      `Report: ${reportPath}`,
  );
  // A file the scanner could not parse was not checked at all, which must not pass as clean.
  return failing.length > 0 || unparsed.length > 0 ? 1 : 0;
}

process.exitCode = await main();
