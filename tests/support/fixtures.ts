import { test as base } from '@playwright/test';
import { type IsolatedHost, startIsolatedHost } from './web-host-fixture';

type Fixtures = {
  /** The OS locale the host reports; the app's default language follows it. */
  hostLocale: string;
  host: IsolatedHost;
};

/** Each test gets its own browser host and data folder, removed afterwards. */
export const test = base.extend<Fixtures>({
  hostLocale: ['en-US', { option: true }],
  host: async ({ hostLocale }, use) => {
    const host = await startIsolatedHost({ locale: hostLocale });
    await use(host);
    await host.dispose();
  },
});

export { expect } from '@playwright/test';
