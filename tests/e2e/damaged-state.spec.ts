import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createHandlers } from '../../electron/core/handlers';
import { expect, test } from '../support/fixtures';

const cases: { name: string; file: string; content: string; notice: RegExp }[] = [
  { name: 'an empty preferences.json', file: 'preferences.json', content: '', notice: /preferences\.json could not be read/ },
  { name: 'a preferences.json with a wrong theme', file: 'preferences.json', content: '{"theme": 42}', notice: /preferences\.json had values .*: theme\./ },
  {
    name: 'a view-state.json with an unknown section, a number for the search and an unknown convention',
    file: 'view-state.json',
    content: JSON.stringify({ workspace: { state: { section: 'nowhere', catalogueSearch: 5, slaConvention: 'lunar' }, version: 1 } }),
    notice: /view-state\.json had values .*: workspace\.section, workspace\.slaConvention, workspace\.catalogueSearch\./,
  },
  { name: 'a damaged plans/workspace.json', file: 'plans/workspace.json', content: '{"lastOpenId": ', notice: /workspace\.json could not be read/ },
];

for (const { name, file, content, notice } of cases) {
  test(`opens with its plans and says what was reset, after ${name}`, async ({ page, host }) => {
    const api = createHandlers({ dataDir: host.dataDir, transport: 'web', version: '1', locale: 'en', openExternal: async () => false });
    const { plan } = await api.createPlan({ title: 'Kept plan' });
    await api.savePlan({ plan: { ...plan, team: 'Still here' } });
    await mkdir(join(host.dataDir, 'plans'), { recursive: true });
    await writeFile(join(host.dataDir, file), content);

    await page.goto(host.url);
    await expect(page.getByRole('alert').filter({ hasText: notice })).toBeVisible();
    await page.getByRole('navigation').getByRole('button', { name: 'Plan' }).click();
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Kept plan');
    await expect(page.getByLabel('Team', { exact: true })).toHaveValue('Still here');

    // Said once: a reload finds the repaired files and nothing more to say.
    await page.reload();
    await expect(page.getByRole('navigation')).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: notice })).toHaveCount(0);
  });
}
