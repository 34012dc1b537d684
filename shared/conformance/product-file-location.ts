import type { KubernetesVersion } from './conformance-schema';

/** `vX.Y/<folder>/PRODUCT.yaml` at the end of a path: the only files of the repository an import reads. */
const PRODUCT_FILE = /(?:^|\/)(v1\.\d{1,3})\/([^/]+)\/PRODUCT\.yaml$/u;

/** Where a file sits in the repository's layout, or `undefined` when it is not a product file. */
export function productFileLocation(path: string): { version: KubernetesVersion; slug: string } | undefined {
  const match = PRODUCT_FILE.exec(path.replaceAll('\\', '/'));
  if (!match) return undefined;
  const [, version = '', slug = ''] = match;
  return { version, slug };
}
