import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import productsJson from '../../data/catalogue/products.json' with { type: 'json' };
import networkPluginsJson from '../../data/choices/network-plugins.json' with { type: 'json' };
import questionnaireJson from '../../data/choices/questionnaire.json' with { type: 'json' };
import storageOptionsJson from '../../data/choices/storage-options.json' with { type: 'json' };
import profilesJson from '../../data/distributions/profiles.json' with { type: 'json' };
import conformanceJson from '../../data/conformance/k8s-conformance.json' with { type: 'json' };
import { conformanceDatasetSchema } from '../../shared/conformance/conformance-schema';
import { distributionProfilesSchema } from '../../shared/distributions/profile-schema';
import { resolveDistributionProfiles } from '../../shared/distributions/resolve-profiles';
import { describeProductStatus, productStatusOf, productStatusText, withProductStatuses } from '../../shared/catalogue/product-status';
import { builtInCatalogueSchema } from '../../shared/catalogue/schema';
import { tradeoffDataSchema } from '../../shared/choices/decision-registry';
import { createI18n } from '../../shared/i18n/create-i18n';
import { createPlanTranslators, planToDocument } from '../../shared/plan/plan-document';
import { planToMarkdown } from '../../shared/plan/plan-to-markdown';
import { createEmptyPlan } from '../../shared/plan/plan-schema';
import { createRendererI18n } from '../app/i18n';
import { useAppStore } from '../app/store';
import { ChoicesPage } from '../features/choices/ChoicesPage';
import { DetailPane } from '../features/catalogue/DetailPane';
import { toCatalogueRows } from '../features/catalogue/catalogue-rows';
import { distributionTypes } from '../features/catalogue/catalogue-test-support';

const mocks = vi.hoisted(() => ({ getTradeoffData: vi.fn() }));
vi.mock('./../app/api', () => ({
  api: new Proxy(
    {},
    { get: (_target, channel) => (channel === 'getTradeoffData' ? mocks.getTradeoffData : async () => ({ ok: true, value: {} })) },
  ),
}));

class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoResizeObserver as unknown as typeof ResizeObserver;

const initialState = useAppStore.getState();
// The catalogue row and the Choices data as main serves them (electron/core does the same two calls).
const weaveNet = withProductStatuses(builtInCatalogueSchema.parse(productsJson).entries).find((entry) => entry.id === 'weave-net')!;
const tradeoffData = tradeoffDataSchema.parse({ caasPaas: questionnaireJson, sdn: networkPluginsJson, storage: storageOptionsJson, distributionChooser: resolveDistributionProfiles(distributionProfilesSchema.parse(profilesJson), conformanceDatasetSchema.parse(conformanceJson)) });

beforeEach(() => {
  mocks.getTradeoffData.mockReset();
  mocks.getTradeoffData.mockResolvedValue({ ok: true, value: tradeoffData });
  useAppStore.setState({ ...initialState, tradeoffData: null, plan: null }, true);
});

describe.each(['en', 'zh-CN'] as const)('Weave Net’s status in %s', { timeout: 30_000 }, (language) => {
  let expected: string;
  let summary: string;
  beforeAll(async () => {
    const i18n = await createI18n(language);
    const t = i18n.getFixedT(language, 'catalogue');
    expected = productStatusText(productStatusOf('weave-net'), t, language);
    summary = describeProductStatus(productStatusOf('weave-net'), t);
    // Not a tautology: the one record says what the issue reports, in the reader's language.
    expect(expected).toContain(language === 'en' ? 'Unmaintained (2024)' : '无人维护（2024）');
  });

  it('reads the same in the catalogue, on the SDN page and in an exported plan', async () => {
    useAppStore.setState({ language });
    const i18n = await createRendererI18n(language);

    const [row] = toCatalogueRows([weaveNet]);
    const catalogue = render(
      <I18nextProvider i18n={i18n}>
        <DetailPane row={row!} distributionTypes={distributionTypes} onClose={() => {}} />
      </I18nextProvider>,
    );
    const statusTerm = within(catalogue.container).getByText(i18n.getFixedT(language, 'catalogue')('detail.status'));
    const catalogueText = statusTerm.closest('div')!.querySelector('dd')!.textContent!;
    // The pane sets the summary and the note apart; together they are the same words.
    expect(catalogueText).toContain(summary);
    expect(catalogueText).toContain(weaveNet.status!.note![language === 'en' ? 'en' : 'zh']);
    catalogue.unmount();

    render(
      <I18nextProvider i18n={i18n}>
        <ChoicesPage />
      </I18nextProvider>,
    );
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('tab', { name: i18n.getFixedT(language, 'choices')('tabs.sdn') }));
    const weaveItem = await screen.findByText((_content, element) => element?.matches('.ranking-item[data-option="weave-net"]') ?? false);
    expect(weaveItem.textContent).toContain(expected);

    const plan = createEmptyPlan({ id: 'status-plan', title: 'Status', now: new Date('2026-11-30T00:00:00Z') });
    plan.sdn = {
      weights: {},
      requirements: {},
      ranking: [{ optionId: 'weave-net', optionName: 'Weave Net', score: 50 }],
      chosenOptionId: 'weave-net',
      reasons: [],
      warnings: [],
      sources: [],
      rationale: '',
    };
    const markdown = planToMarkdown(planToDocument(plan, { language, translatorFor: await createPlanTranslators(language) }));
    expect(markdown).toContain(expected);
  });
});
