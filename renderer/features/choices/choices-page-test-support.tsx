import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import networkPluginsJson from '../../../data/choices/network-plugins.json' with { type: 'json' };
import questionnaireJson from '../../../data/choices/questionnaire.json' with { type: 'json' };
import storageOptionsJson from '../../../data/choices/storage-options.json' with { type: 'json' };
import profilesJson from '../../../data/distributions/profiles.json' with { type: 'json' };
import conformanceJson from '../../../data/conformance/k8s-conformance.json' with { type: 'json' };
import { conformanceDatasetSchema } from '../../../shared/conformance/conformance-schema';
import { distributionProfilesSchema } from '../../../shared/distributions/profile-schema';
import { resolveDistributionProfiles } from '../../../shared/distributions/resolve-profiles';
import { tradeoffDataSchema } from '../../../shared/choices/decision-registry';
import { createEmptyPlan } from '../../../shared/plan/plan-schema';
import { createRendererI18n } from '../../app/i18n';
import { useAppStore } from '../../app/store';
import { ChoicesPage } from './ChoicesPage';

/*
 * What the Choices page's test files share: the data main serves, the page rendered in a language,
 * and the queries they read the ranking with. Each file mocks `../../app/api` itself (vi.mock is per file).
 */

// The same files, parsed by the same schema, that main's `loadTradeoffData` serves.
export const tradeoffData = tradeoffDataSchema.parse({
  caasPaas: questionnaireJson,
  sdn: networkPluginsJson,
  storage: storageOptionsJson,
  distributionChooser: resolveDistributionProfiles(distributionProfilesSchema.parse(profilesJson), conformanceDatasetSchema.parse(conformanceJson)),
});

// Recharts measures its container; jsdom has none, so the chart renders empty here and the survey
// is checked through its table.
class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoResizeObserver as unknown as typeof ResizeObserver;

const initialState = useAppStore.getState();
export const plan = createEmptyPlan({ id: 'choices-plan', title: 'Checkout', now: new Date('2026-02-03T04:05:06Z') });

/** The store as the app starts: no data yet, no plan open. */
export function resetStore() {
  useAppStore.setState({ ...initialState, tradeoffData: null, plan: null }, true);
}

export async function renderPage(language: 'en' | 'zh-CN' = 'en') {
  const i18n = await createRendererI18n(language);
  useAppStore.setState({ language });
  render(
    <I18nextProvider i18n={i18n}>
      <ChoicesPage />
    </I18nextProvider>,
  );
  return userEvent.setup({ delay: null });
}

/** Opens a tab once the data has arrived, and returns its panel. */
export async function openTab(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(screen.getByRole('tab', { name }));
  await screen.findByRole('heading', { name: 'Ranking' });
  return screen.getByRole('tabpanel');
}

export const rankingOrder = () => [...document.querySelectorAll<HTMLElement>('.ranking-item')].map((item) => item.dataset.option);
export const rankingItem = (option: string) => document.querySelector<HTMLElement>(`.ranking-item[data-option="${option}"]`)!;
export const scores = () =>
  [...document.querySelectorAll<HTMLElement>('.ranking-item')].map(
    (item) => within(item).getByLabelText(/^Score \d+ of 100$/u).textContent,
  );
export const question = (label: string) => screen.getByRole('group', { name: label });
export const putIntoPlanButton = () => screen.getByRole<HTMLButtonElement>('button', { name: /^(Put into the plan|Update the plan)$/u });
