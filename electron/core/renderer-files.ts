import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';

function isInside(root: string, candidate: string): boolean {
  const path = relative(root, candidate);
  return path !== '' && path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path);
}

/**
 * Maps a request's URL path to a file inside the built renderer, or null. Decoded `..`, absolute
 * paths, NUL bytes, malformed escapes and symbolic links that lead out of the folder are all
 * refused. Electron's app:// handler and the browser host both serve files through it.
 */
export async function resolveRendererPath(rendererDir: string, urlPathname: string): Promise<string | null> {
  let pathname: string;
  try {
    pathname = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const root = await realpath(rendererDir);
  const candidate = resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
  if (!isInside(root, candidate)) return null;
  try {
    const file = await realpath(candidate);
    return isInside(root, file) && (await stat(file)).isFile() ? file : null;
  } catch {
    return null;
  }
}
