import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'app-builder-lib';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const CONFIG_PATH = join(import.meta.dirname, '../../electron-builder.yml');

async function loadConfig(): Promise<Configuration> {
  return parse(await readFile(CONFIG_PATH, 'utf8')) as Configuration;
}

/** electron-builder's own check, the one `electron-builder --config` runs before it builds. */
function validate(config: Configuration): Promise<void> {
  return validateConfiguration(config, new DebugLogger(false));
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own configuration validation", async () => {
    await expect(validate(await loadConfig())).resolves.toBeUndefined();
  });

  it('is rejected by that validation when broken, so the check above can fail', async () => {
    const config = await loadConfig();
    const misspeltFuse = { ...config, electronFuses: { ...config.electronFuses, runAsNodes: false } as never };
    await expect(validate(misspeltFuse)).rejects.toThrow(/configuration\.electronFuses/);
    await expect(validate({ ...config, asar: 'yes' as never })).rejects.toThrow(/configuration\.asar/);
    await expect(validate({ ...config, linux: { ...config.linux, categry: 'Development' } as never })).rejects.toThrow(/configuration\.linux/);
  });

  it('identifies the app', async () => {
    const config = await loadConfig();
    expect(config.appId).toBe('io.kubeplanner.app');
    expect(config.productName).toBe('Kube Planner');
    expect(config.directories).toEqual({ output: 'dist', buildResources: 'assets' });
  });

  it('flips every security fuse', async () => {
    expect((await loadConfig()).electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships only the build output and package.json, in an asar, without source maps', async () => {
    const config = await loadConfig();
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(['out/**', 'package.json', '!**/*.map']);
  });

  it('targets AppImage and deb, dmg with a hardened runtime, and NSIS', async () => {
    const config = await loadConfig();
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'], category: 'Development', icon: 'assets/icons' });
    expect(config.mac).toMatchObject({ target: 'dmg', category: 'public.app-category.developer-tools', hardenedRuntime: true });
    expect(config.win).toMatchObject({ target: 'nsis' });
  });
});
