import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { PLAN_SCHEMA_VERSION, type Plan, planSchema } from '../../../shared/plan/plan-schema';
import { createRendererI18n } from '../../app/i18n';
import { useAppStore } from '../../app/store';
import { checkTopologyDraft, defaultTopologyDraft } from '../../../shared/topology/topology-input';
import { SlaPage } from './SlaPage';
import { defaultSlaTools } from './sla-slice';

// Recharts measures its container; jsdom has none, so charts render empty here and the figures are
// checked through their text alternatives.
class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoResizeObserver as unknown as typeof ResizeObserver;

const initial = useAppStore.getState();

async function renderPage(language: 'en' | 'zh-CN' = 'en') {
  const i18n = await createRendererI18n(language);
  useAppStore.setState({ language });
  render(
    <I18nextProvider i18n={i18n}>
      <SlaPage />
    </I18nextProvider>,
  );
  return userEvent.setup();
}

const emptyPlan = (): Plan =>
  planSchema.parse({
    schemaVersion: PLAN_SCHEMA_VERSION,
    id: 'p1',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    title: 'Test plan',
  });

beforeEach(() => {
  useAppStore.setState({ ...initial, slaInput: '99.9', slaConvention: 'year-365', slaTools: defaultSlaTools, plan: null }, true);
});

describe('SlaPage', () => {
  it('recomputes every period as the target and the convention change', async () => {
    const user = await renderPage();
    await user.click(screen.getByRole('button', { name: '99.95%' }));
    const year = document.querySelector('tr[data-period="year"]') as HTMLElement;
    expect(within(year).getByText('4 h 22 m 48 s')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Period convention'), 'month-30');
    const month = document.querySelector('tr[data-period="month"]') as HTMLElement;
    expect(within(month).getByText('21 m 36 s')).toBeTruthy();
    expect(useAppStore.getState().slaConvention).toBe('month-30');
  });

  it('names the problem with bad input and keeps what was typed', async () => {
    const user = await renderPage();
    const input = screen.getByLabelText('Availability target (%)');
    await user.clear(input);
    expect(screen.getByRole('alert').textContent).toBe('Enter a value.');
    await user.type(input, '-3');
    expect(screen.getByRole('alert').textContent).toBe('A negative value is not possible.');
    expect((input as HTMLInputElement).value).toBe('-3');
    await user.clear(input);
    await user.type(input, '100');
    await user.click(screen.getByRole('tab', { name: 'Error budget' }));
    expect(screen.getByRole('alert').textContent).toContain('leaves no error budget');
  });

  it('reverses a downtime into availability', async () => {
    const user = await renderPage();
    const downtime = screen.getByLabelText('Downtime');
    await user.clear(downtime);
    await user.type(downtime, '7h12m');
    expect(screen.getByText('7 h 12 m of downtime in 30 d is 99% availability.')).toBeTruthy();
    await user.clear(downtime);
    await user.type(downtime, '40d');
    expect(screen.getByText('The downtime is longer than the period.')).toBeTruthy();
  });

  it('reads spelled-out durations in the reverse calculator, as in the period field', async () => {
    const user = await renderPage();
    const downtime = screen.getByLabelText('Downtime');
    const period = screen.getByLabelText('In a period of');
    await user.clear(downtime);
    await user.type(downtime, '2 hours');
    await user.clear(period);
    await user.type(period, '1 month');
    expect(screen.getByText(/^2 h of downtime in 30 d 10 h is 99\.726% availability\.$/)).toBeTruthy();
    await user.clear(downtime);
    await user.type(downtime, '2 小时');
    expect(screen.getByText(/^2 h of downtime in 30 d 10 h/)).toBeTruthy();
  });

  it('starts the Kubernetes composite from the plan’s topology and measures it against the plan’s target', async () => {
    const topology = checkTopologyDraft({ ...defaultTopologyDraft(), zones: '3' }).section!;
    useAppStore.setState({ plan: { ...emptyPlan(), topology, sla: { targetPercent: 99.999, convention: 'year-365', budgetSeconds: { day: 0.864, week: 6.048, month: 26.28, quarter: 78.84, year: 315.36 } } } });
    const user = await renderPage();
    await user.click(screen.getByRole('tab', { name: 'Composite' }));
    expect((screen.getByLabelText('Zones') as HTMLInputElement).value).toBe('3');
    expect((screen.getByLabelText('etcd members') as HTMLInputElement).value).toBe(String(topology.zones * topology.controlPlaneNodesPerZone));
    expect(screen.getByTestId('plan-target').textContent).toMatch(/^The plan’s target is 99\.999%: this cluster, at [\d.]+%, falls short of it\.$/);
    // Typed figures are the user's from then on; the plan's can be had back.
    await user.clear(screen.getByLabelText('Zones'));
    await user.type(screen.getByLabelText('Zones'), '2');
    await user.click(screen.getByRole('button', { name: 'Start from the plan’s topology' }));
    expect((screen.getByLabelText('Zones') as HTMLInputElement).value).toBe('3');
  });

  it('makes the alert-rules preview a labelled region the keyboard can reach', async () => {
    const user = await renderPage();
    await user.click(screen.getByRole('tab', { name: 'Error budget' }));
    await user.click(screen.getByText('Preview'));
    const preview = screen.getByRole('region', { name: 'Alert rules (YAML)' });
    expect(preview.tabIndex).toBe(0);
    expect(preview.textContent).toContain('groups:');
  });

  it('moves between tabs with the arrow keys', async () => {
    const user = await renderPage();
    screen.getByRole('tab', { name: 'Calculator' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Table 4.1' }).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Table 4.1' }));
  });

  it('puts the target and its budgets into the plan and shows that they match', async () => {
    useAppStore.setState({ plan: emptyPlan() });
    const user = await renderPage();
    expect(screen.getByText('The plan has no SLA target yet.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Use in plan' }));
    const section = useAppStore.getState().plan?.sla;
    expect(section).toMatchObject({ targetPercent: 99.9, convention: 'year-365', budgetSeconds: { year: 31_536 } });
    expect(section?.errorBudget?.burnRateAlerts).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: '99.99%' }));
    expect(screen.getByText(/The plan uses 99\.9%, 365-day year.*: different from this page\./u)).toBeTruthy();
  });

  it('says that no plan is open, and starts one when the target is put into the plan', async () => {
    await renderPage();
    expect(screen.getByText(/No plan is open: putting this target into the plan starts a new one/u)).toBeTruthy();
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'Use in plan' }));
    expect(useAppStore.getState().plan?.sla?.targetPercent).toBe(99.9);
  });

  it('speaks Chinese with Chinese units', async () => {
    await renderPage('zh-CN');
    const year = document.querySelector('tr[data-period="year"]') as HTMLElement;
    expect(within(year).getByText('8 小时 45 分 36 秒')).toBeTruthy();
  });
  it('says why a composite spec or an SLI cannot be used, in the UI’s language', async () => {
    useAppStore.setState({ slaTools: { ...defaultSlaTools, tab: 'composite', compositeSpec: '(a:99', sliExpression: 'rate(errors[{{window}}]) total' } });
    const user = await renderPage('zh-CN');
    expect(screen.getByRole('alert').textContent).toBe('无法解析：“(a:99”的第 6 个字符处应为“)”。');
    await user.click(screen.getByRole('tab', { name: '错误预算' }));
    expect(screen.getByText('这不是有效的 PromQL：解析在第 18 个字符处中断，附近是“total”。')).toBeTruthy();
    act(() => useAppStore.setState((state) => ({ slaInput: '90', slaTools: { ...state.slaTools, sliExpression: 'rate(errors[{{window}}])' } })));
    expect(await screen.findByText(/^SLO 为 90% 时，14\.4 倍的消耗速率对应 1\.44 的错误率/u)).toBeTruthy();
  });
});
