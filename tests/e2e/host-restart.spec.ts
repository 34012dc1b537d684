import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../support/fixtures';
import { startIsolatedHost } from '../support/web-host-fixture';

/** The availability target the page last saved in its view state (other fields hold percentages too). */
const savedTarget = async (dataDir: string): Promise<unknown> => {
  const text = await readFile(join(dataDir, 'view-state.json'), 'utf8').catch(() => '{}');
  return (JSON.parse(text) as { workspace?: { state?: { slaInput?: unknown } } }).workspace?.state?.slaInput;
};

test('an open tab keeps working after the host restarts on the same data folder', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'SLA', exact: true }).click();
  const input = page.getByLabel('Availability target (%)');
  await input.fill('99.95');
  await expect.poll(() => savedTarget(host.dataDir)).toBe('99.95');

  // What `npm run web` does when stopped and started again: same folder, so same port and token.
  await host.close();
  const restarted = await startIsolatedHost({ dataDir: host.dataDir });
  try {
    expect(restarted.url).toBe(host.url);
    // The tab was not reloaded: its next save reaches the new host with the token it already had.
    await input.fill('99.99');
    await expect(page.locator('tr[data-period="year"] .downtime')).toHaveText('52.56 minutes');
    await expect.poll(() => savedTarget(host.dataDir)).toBe('99.99');
    await page.reload();
    await expect(page.getByLabel('Availability target (%)')).toHaveValue('99.99');
  } finally {
    await restarted.close();
  }
});
