import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const electronPackage = resolve(import.meta.dirname, '../node_modules/electron');

/**
 * The Electron executable if its download succeeded, else undefined. It reads the package's
 * path.txt itself, because `require('electron')` would try to download the binary when missing.
 */
export function installedElectronBinary(): string | undefined {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = join(electronPackage, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = override
    ? join(override, readFileSync(pathFile, 'utf8'))
    : join(electronPackage, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? binary : undefined;
}
