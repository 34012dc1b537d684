import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Found the way Node finds packages, so it works from the sources and from the bundle in out/node alike. */
function electronPackageDir(): string | undefined {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return undefined;
  }
}

/**
 * The Electron executable if its download succeeded, else undefined. It reads the package's
 * path.txt itself, because `require('electron')` would try to download the binary when missing.
 */
export function installedElectronBinary(): string | undefined {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const electronPackage = electronPackageDir();
  if (electronPackage === undefined) return undefined;
  const pathFile = join(electronPackage, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = override
    ? join(override, readFileSync(pathFile, 'utf8'))
    : join(electronPackage, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? binary : undefined;
}
