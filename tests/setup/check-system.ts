/**
 * `npm test` runs this first (the `pretest` script). The tests drive Debian's Chromium, render
 * Chinese, read PDFs back and validate generated files with kubectl and promtool; without those the
 * run would end in a wall of failing e2e tests. So: everything present, carry on; missing and this
 * is root with apt-get (a CI machine, a container), install it; otherwise stop at once with the one
 * command that installs it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { isMainModule } from '../bench/run-directly';
import { CHROMIUM_PATH } from '../../electron/core/chromium-pdf';

export type SystemRequirement = {
  /** What the tests use it for, in the message that lists what is missing. */
  purpose: string;
  /** The Debian package that provides it. */
  aptPackage: string;
  isPresent: () => boolean;
};

/**
 * Everything `.ci/run` installs, in one list: what the tests need, plus fontconfig (whose fc-list the
 * font check asks) and xvfb (a display for the Electron suite on a machine without one).
 */
export const APT_PACKAGES = ['chromium', 'fonts-noto-cjk', 'fonts-wqy-microhei', 'fontconfig', 'poppler-utils', 'kubectl', 'prometheus', 'xvfb'] as const;

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function onPath(command: string, path = process.env.PATH ?? ''): boolean {
  return path.split(delimiter).some((dir) => dir !== '' && isExecutable(join(dir, command)));
}

function hasFont(pattern: string): boolean {
  try {
    return execFileSync('fc-list', [pattern], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '';
  } catch {
    return false;
  }
}

export const SYSTEM_REQUIREMENTS: readonly SystemRequirement[] = [
  { purpose: `Chromium at ${CHROMIUM_PATH} (the e2e tests and PDF export; CHROMIUM_PATH points elsewhere)`, aptPackage: 'chromium', isPresent: () => isExecutable(CHROMIUM_PATH) },
  { purpose: 'a Chinese font, as fc-list :lang=zh finds it (Chinese pages and PDFs)', aptPackage: 'fonts-noto-cjk', isPresent: () => hasFont(':lang=zh') },
  // Chromium embeds this font as a real font in PDFs, where it turns Noto CJK into Type 3 glyph sets.
  { purpose: 'WenQuanYi Micro Hei (Chinese embedded as a real font in PDFs)', aptPackage: 'fonts-wqy-microhei', isPresent: () => hasFont('WenQuanYi Micro Hei') },
  { purpose: 'pdfinfo and pdftotext (PDFs read back)', aptPackage: 'poppler-utils', isPresent: () => onPath('pdfinfo') && onPath('pdftotext') },
  { purpose: 'kubectl (generated manifests checked)', aptPackage: 'kubectl', isPresent: () => onPath('kubectl') },
  { purpose: 'promtool (generated alert rules checked)', aptPackage: 'prometheus', isPresent: () => onPath('promtool') },
];

export type SystemCheckPlan =
  | { action: 'none' }
  | { action: 'install'; packages: readonly string[]; missing: readonly SystemRequirement[] }
  | { action: 'stop'; missing: readonly SystemRequirement[]; command: string };

export const INSTALL_COMMAND = `sudo apt-get update && sudo apt-get install -y ${APT_PACKAGES.join(' ')}`;

/** What to do about what is missing: install it where this process can, else say how and stop. */
export function planSystemCheck(
  missing: readonly SystemRequirement[],
  machine: { isRoot: boolean; hasAptGet: boolean },
): SystemCheckPlan {
  if (missing.length === 0) return { action: 'none' };
  if (machine.isRoot && machine.hasAptGet) return { action: 'install', packages: APT_PACKAGES, missing };
  return { action: 'stop', missing, command: INSTALL_COMMAND };
}

export function describeMissing(missing: readonly SystemRequirement[]): string {
  return missing.map((requirement) => `  - ${requirement.purpose}: package ${requirement.aptPackage}`).join('\n');
}

function aptInstall(packages: readonly string[]): boolean {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
  if (update.status !== 0) return false;
  return spawnSync('apt-get', ['install', '-y', ...packages], { stdio: 'inherit', env }).status === 0;
}

function main(): number {
  const missingNow = () => SYSTEM_REQUIREMENTS.filter((requirement) => !requirement.isPresent());
  const plan = planSystemCheck(missingNow(), { isRoot: process.getuid?.() === 0, hasAptGet: onPath('apt-get') });
  if (plan.action === 'none') return 0;
  if (plan.action === 'stop') {
    console.error(`The tests need what this machine lacks:\n${describeMissing(plan.missing)}\nInstall it (Debian or Ubuntu) with:\n  ${plan.command}`);
    return 1;
  }
  console.log(`Installing what the tests need with apt-get:\n${describeMissing(plan.missing)}`);
  const stillMissing = aptInstall(plan.packages) ? missingNow() : plan.missing;
  if (stillMissing.length === 0) return 0;
  console.error(`apt-get could not provide:\n${describeMissing(stillMissing)}\nInstall it, then run the tests again.`);
  return 1;
}

if (isMainModule(import.meta.url)) process.exit(main());
