import { unzipSync } from 'fflate';
import { MAX_PRODUCT_FILE_BYTES } from './conformance-schema';
import { productFileLocation } from './product-file-location';
import type { ConformanceFile } from './read-conformance-files';
import { UserError } from '../user-error';

/** A zip of the whole repository holds every e2e log; only its few hundred KB of PRODUCT.yaml files are unpacked. */
export const MAX_CONFORMANCE_ZIP_BYTES = 512 * 1024 * 1024;

/**
 * The product files of a zip of cncf/k8s-conformance (GitHub's "Download ZIP" puts everything under
 * `k8s-conformance-<branch>/`, which the path pattern allows). Other entries are counted, not unpacked;
 * a product file whose unpacked size is too large for one is passed on marked, not unpacked. Bytes
 * that are no zip are a `conformance.notZip` error naming `source`, the zip's file name.
 */
export function readConformanceZip(bytes: Uint8Array, source: string): { files: ConformanceFile[]; ignoredFiles: number } {
  const oversized: ConformanceFile[] = [];
  let ignoredFiles = 0;
  let unpacked: Record<string, Uint8Array>;
  try {
    unpacked = unzipSync(bytes, {
      filter: (entry) => {
        if (entry.name.endsWith('/')) return false;
        if (!productFileLocation(entry.name)) {
          ignoredFiles += 1;
          return false;
        }
        if (entry.originalSize > MAX_PRODUCT_FILE_BYTES) {
          oversized.push({ path: entry.name, text: '', oversized: true });
          return false;
        }
        return true;
      },
    });
  } catch (error) {
    throw new UserError('invalid-file', 'conformance.notZip', { source, reason: (error as Error).message });
  }
  const decoder = new TextDecoder('utf-8');
  const files = Object.entries(unpacked).map(([path, content]) => ({ path, text: decoder.decode(content) }));
  return { files: [...files, ...oversized], ignoredFiles };
}
