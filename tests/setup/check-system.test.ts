import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APT_PACKAGES, INSTALL_COMMAND, SYSTEM_REQUIREMENTS, onPath, planSystemCheck } from './check-system';

const [chromium, font] = SYSTEM_REQUIREMENTS;

describe('planSystemCheck', () => {
  it('does nothing when everything is there', () => {
    expect(planSystemCheck([], { isRoot: false, hasAptGet: false })).toEqual({ action: 'none' });
  });

  it('installs the whole list as root where apt-get exists', () => {
    expect(planSystemCheck([chromium!], { isRoot: true, hasAptGet: true })).toMatchObject({ action: 'install', packages: APT_PACKAGES });
  });

  it('stops with the one install command when it cannot install: not root, or no apt-get', () => {
    for (const machine of [{ isRoot: false, hasAptGet: true }, { isRoot: true, hasAptGet: false }]) {
      expect(planSystemCheck([chromium!, font!], machine)).toEqual({ action: 'stop', missing: [chromium, font], command: INSTALL_COMMAND });
    }
    expect(INSTALL_COMMAND).toBe(`sudo apt-get update && sudo apt-get install -y ${APT_PACKAGES.join(' ')}`);
  });

  it('installs, in its list, the package of every requirement it checks', () => {
    for (const requirement of SYSTEM_REQUIREMENTS) expect(APT_PACKAGES).toContain(requirement.aptPackage);
  });

  it('asks for the same packages as .ci/run', async () => {
    const script = await readFile(join(import.meta.dirname, '../../.ci/run'), 'utf8');
    const list = /^APT_PACKAGES=\(([^)]*)\)$/mu.exec(script)?.[1]?.split(' ');
    expect(list).toEqual([...APT_PACKAGES]);
  });
});

describe('onPath', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kube-planner-path-'));
    await writeFile(join(dir, 'runnable'), '#!/bin/sh\n');
    await chmod(join(dir, 'runnable'), 0o755);
    await writeFile(join(dir, 'not-runnable'), 'text');
    await chmod(join(dir, 'not-runnable'), 0o644);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('finds an executable in a folder of PATH, and nothing else', () => {
    const path = ['/nonexistent', dir].join(delimiter);
    expect(onPath('runnable', path)).toBe(true);
    expect(onPath('absent', path)).toBe(false);
    expect(onPath('runnable', '')).toBe(false);
  });

  it('does not count a file without execute permission', () => {
    expect(onPath('not-runnable', dir)).toBe(false);
  });
});
