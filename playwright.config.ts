import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/chromium';

/**
 * Two suites over the same built app (`npm run test:e2e` builds first): `web` drives the browser
 * host in Debian's Chromium, `electron` drives the desktop shell (skipped where no Electron binary
 * is installed).
 */
export default defineConfig({
  workers: 2,
  retries: 0,
  reporter: 'list',
  outputDir: 'test-results',
  projects: [
    {
      name: 'web',
      testDir: 'tests/e2e',
      use: { browserName: 'chromium', launchOptions: chromiumLaunchOptions },
    },
    {
      name: 'electron',
      testDir: 'tests/electron',
    },
  ],
});
