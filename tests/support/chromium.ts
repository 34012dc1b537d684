import type { LaunchOptions } from '@playwright/test';

/**
 * Debian's Chromium, the only browser this project's machines have (Playwright's own download is
 * blocked). The flags keep it from reaching for Google's hosts, which the closed network refuses.
 */
export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
