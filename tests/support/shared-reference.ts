import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The reference material beside the repository (`../shared`: the seed document and the CNCF
 * Landscape snapshot). A fresh clone has none of it, so every test that reads it goes through here
 * and skips with a reason naming the file it needs. KUBE_PLANNER_SHARED_DIR points elsewhere (CI's
 * copy, or a missing folder to check that nothing else needs it).
 */
export const SHARED_REFERENCE_DIR = process.env.KUBE_PLANNER_SHARED_DIR ?? resolve(import.meta.dirname, '../../../shared');

export type ReferenceFile = {
  /** The path inside the reference folder, as the skip reason names it: `seeds/000_….txt`. */
  name: string;
  path: string;
  available: boolean;
  /** For a test's title: empty when the file is there, else why the test is skipped. */
  skipNote: string;
  read: () => string;
};

/** A file of the reference folder, e.g. `referenceFile('data/cncf-landscape-2026-08-07.yml')`. */
export function referenceFile(name: string): ReferenceFile {
  const path = join(SHARED_REFERENCE_DIR, name);
  const available = existsSync(path);
  return {
    name,
    path,
    available,
    skipNote: available ? '' : ` (skipped: needs ../shared/${name}, which this checkout does not have)`,
    read: () => readFileSync(path, 'utf8'),
  };
}

/** The seed document the catalogue, Table 4.1 and the audit list come from. */
export const seedDocument = referenceFile('seeds/000_56c9c60f0e17b099.txt');

/** The CNCF Landscape snapshot the import tests and benchmarks run on. */
export const landscape2026 = referenceFile('data/cncf-landscape-2026-08-07.yml');
