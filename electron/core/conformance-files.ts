import { lstat, readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { MAX_PRODUCT_FILE_BYTES } from '../../shared/conformance/conformance-schema';
import { productFileLocation } from '../../shared/conformance/product-file-location';
import type { ConformanceFile } from '../../shared/conformance/read-conformance-files';
import { MAX_CONFORMANCE_ZIP_BYTES, readConformanceZip } from '../../shared/conformance/read-conformance-zip';
import { UserError } from '../../shared/user-error';
import { readFailed } from './json-file-store';

export interface ConformanceSource {
  source: string;
  files: ConformanceFile[];
  ignoredFiles: number;
}

/**
 * The product files of a checkout (or a part of one, down to a single `vX.Y` folder) or of a zip, as the
 * CLI reads them. Paths start at the chosen folder's own name, so that choosing `v1.35` itself still
 * yields `v1.35/<folder>/PRODUCT.yaml`. Only product files are read; every other file is counted.
 */
export async function readConformanceSource(path: string): Promise<ConformanceSource> {
  let stats;
  try {
    stats = await lstat(path);
  } catch (error) {
    throw readFailed(path, error);
  }
  if (stats.isDirectory()) return readFolder(path);
  if (stats.size > MAX_CONFORMANCE_ZIP_BYTES) {
    throw new UserError('file-too-large', 'conformance.zipTooLarge', { source: basename(path), limit: MAX_CONFORMANCE_ZIP_BYTES / 1024 / 1024 });
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw readFailed(path, error);
  }
  return { source: basename(path), ...readConformanceZip(new Uint8Array(bytes), basename(path)) };
}

async function readFolder(root: string): Promise<ConformanceSource> {
  const base = dirname(root);
  const files: ConformanceFile[] = [];
  let ignoredFiles = 0;
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      // A git checkout's own history is not part of the repository's content.
      if (entry.isDirectory() && entry.name !== '.git') await walk(path);
      if (!entry.isFile()) continue;
      const relativePath = relative(base, path).split(sep).join('/');
      if (!productFileLocation(relativePath)) {
        ignoredFiles += 1;
        continue;
      }
      const { size } = await lstat(path);
      if (size > MAX_PRODUCT_FILE_BYTES) files.push({ path: relativePath, text: '', oversized: true });
      else files.push({ path: relativePath, text: await readFile(path, 'utf8') });
    }
  };
  try {
    await walk(root);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw readFailed(root, error);
  }
  return { source: basename(root), files, ignoredFiles };
}
