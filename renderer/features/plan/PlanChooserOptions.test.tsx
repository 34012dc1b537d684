import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import conformanceJson from '../../../data/conformance/k8s-conformance.json' with { type: 'json' };
import profilesJson from '../../../data/distributions/profiles.json' with { type: 'json' };
import { distributionChooserSectionSchema, distributionDecision, prosAndCons } from '../../../shared/choices/decisions/distribution-decision';
import { conformanceDatasetSchema } from '../../../shared/conformance/conformance-schema';
import { distributionProfilesSchema } from '../../../shared/distributions/profile-schema';
import { resolveDistributionProfiles } from '../../../shared/distributions/resolve-profiles';
import type { DocumentTranslate } from '../../../shared/plan/document-model';
import { createEmptyPlan } from '../../../shared/plan/plan-schema';
import { createRendererI18n } from '../../app/i18n';
import { useAppStore } from '../../app/store';
import { entry } from '../catalogue/catalogue-test-support';
import { PlanPage } from './PlanPage';

const data = resolveDistributionProfiles(distributionProfilesSchema.parse(profilesJson), conformanceDatasetSchema.parse(conformanceJson));
const input = {
  weights: {},
  requirements: { target: true, 'air-gap': true },
  settings: { target: 'bare-metal' },
};
const outcome = distributionDecision.rank(data, input);
if (!outcome.ok) throw new Error('expected a ranking');
const [best, runnerUp] = outcome.ranking;
if (!best || !runnerUp) throw new Error('expected two ranked distributions');
const section = distributionChooserSectionSchema.parse(distributionDecision.toPlanSection(data, input, outcome, best, ''));
const plan = { ...createEmptyPlan({ id: 'chooser-plan', title: 'Checkout', now: new Date('2026-02-03T04:05:06Z') }), distributionChooser: section };
// Only the two best have a catalogue row; the runner-up's row goes by one of its profile's catalogue names.
const entries = [entry({ id: 'row-best', name: best.profile.name }), entry({ id: 'row-runner-up', name: runnerUp.profile.catalogueNames.at(-1)! })];
const initialState = useAppStore.getState();

async function renderPage(language: 'en' | 'zh-CN') {
  const i18n = await createRendererI18n(language);
  useAppStore.setState(
    {
      ...initialState,
      language,
      plan,
      catalogueSnapshot: { entries, distributionTypes: { source: 'test', types: {}, traits: [] } as never, landscapeImport: null },
      // Only the chooser's profiles are read here; the rest of the trade-off data stays unloaded.
      tradeoffData: { distributionChooser: data } as never,
      planWorkspace: { plans: [{ id: 'chooser-plan', title: 'Checkout', team: '', updatedAt: plan.updatedAt }], trash: [], recentFiles: [], lastOpenId: 'chooser-plan' },
    },
    true,
  );
  useAppStore.temporal.getState().clear();
  render(
    <I18nextProvider i18n={i18n}>
      <PlanPage />
    </I18nextProvider>,
  );
  return i18n;
}

beforeEach(() => {
  useAppStore.setState(initialState, true);
});

// Rendering the whole page is slow on a loaded machine; the budget is for that, not for what is asserted.
describe('the distribution decision from the chooser on the plan page', { timeout: 30_000 }, () => {
  it('takes the chooser’s ranking as the options considered, with pros and cons, and undo takes it back', async () => {
    const i18n = await renderPage('en');
    const user = userEvent.setup({ delay: null });
    const card = within(screen.getByRole('region', { name: 'Distribution decision' }));
    const unmatchedLine = card.getByText(/^Not in the catalogue, so not taken: /u);
    expect(unmatchedLine.textContent).toContain(section.ranking[2]!.optionName);
    expect(unmatchedLine.textContent).not.toContain(best.profile.name);

    await user.click(card.getByRole('button', { name: 'Take the options from the distribution chooser' }));
    const considered = within(card.getByRole('list', { name: 'Considered' }));
    expect(considered.getAllByRole('listitem').map((item) => item.querySelector('.plan-option-name')?.textContent)).toEqual([best.profile.name, entries[1]!.name]);
    expect(card.getByLabelText<HTMLInputElement>(`Chosen: ${best.profile.name}`).checked).toBe(true);
    expect(card.getByLabelText<HTMLTextAreaElement>(`${best.profile.name}: good, because`).value).toContain('meets: runs on Bare metal');
    const runnerUpArguments = prosAndCons(section, section.ranking[1]!, i18n.getFixedT('en', 'choices') as DocumentTranslate);
    expect(card.getByLabelText<HTMLTextAreaElement>(`${entries[1]!.name}: good, because`).value).toBe(runnerUpArguments.good.join('\n'));
    expect(card.getByLabelText<HTMLTextAreaElement>(`${entries[1]!.name}: bad, because`).value).toBe(runnerUpArguments.bad.join('\n'));

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(useAppStore.getState().plan?.distribution).toMatchObject({ consideredEntryIds: [], chosenEntryIds: [], optionArguments: {} });
  });

  it('words the button and the arguments in Chinese', async () => {
    await renderPage('zh-CN');
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: '采用发行版选择的排名作为备选方案' }));
    const good = useAppStore.getState().plan?.distribution.optionArguments['row-best']?.good ?? '';
    expect(good.split('\n')).toContain('满足：可运行在裸金属上');
    expect(screen.getByText(/^以下选项不在产品目录中，未采用：/u).textContent).toContain('、');
  });
});
