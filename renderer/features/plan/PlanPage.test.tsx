import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditItems } from '../../../shared/plan/plan-checklists';
import { createEmptyPlan } from '../../../shared/plan/plan-schema';
import { createRendererI18n } from '../../app/i18n';
import { useAppStore } from '../../app/store';
import { PlanPage } from './PlanPage';

const plan = createEmptyPlan({ id: 'page-plan', title: 'Checkout', now: new Date('2026-02-03T04:05:06Z') });
const initialState = useAppStore.getState();

async function renderPage(language: 'en' | 'zh-CN' = 'en') {
  const i18n = await createRendererI18n(language);
  useAppStore.setState({
    ...initialState,
    language,
    plan,
    // An empty catalogue keeps the page from asking main for one.
    catalogueSnapshot: { entries: [], distributionTypes: { source: 'test', types: {}, traits: [] } as never, landscapeImport: null },
    planWorkspace: {
      plans: [{ id: 'page-plan', title: 'Checkout', team: '', updatedAt: plan.updatedAt }],
      trash: [{ id: 'old', title: 'Old plan', team: '', updatedAt: plan.updatedAt, trashedAt: plan.updatedAt }],
      recentFiles: [{ fileName: 'shared.kplan.json', openedAt: plan.updatedAt }],
      lastOpenId: 'page-plan',
    },
  }, true);
  useAppStore.temporal.getState().clear();
  render(
    <I18nextProvider i18n={i18n}>
      <PlanPage />
    </I18nextProvider>,
  );
}

beforeEach(() => {
  useAppStore.setState(initialState, true);
});

// Rendering the whole page is slow on a loaded machine; the budget is for that, not for what is asserted.
describe('PlanPage', { timeout: 30_000 }, () => {
  it('edits the plan in the store, and undo takes back a word typed without a pause in one step', async () => {
    await renderPage();
    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByLabelText('Team'), 'SRE');
    await user.type(screen.getByLabelText('Context'), 'VMs');
    expect(useAppStore.getState().plan?.team).toBe('SRE');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(useAppStore.getState().plan).toMatchObject({ team: 'SRE', context: '' });
    await user.keyboard('{Control>}z{/Control}');
    expect(screen.getByLabelText<HTMLInputElement>('Team').value).toBe('');
    await user.keyboard('{Control>}y{/Control}');
    expect(useAppStore.getState().plan?.team).toBe('SRE');
  });

  it('edits the cluster’s version and networks, and says what kind would refuse', async () => {
    await renderPage();
    const user = userEvent.setup({ delay: null });
    const card = within(screen.getByRole('region', { name: 'Kubernetes version and networks' }));
    await user.type(card.getByLabelText('Kubernetes version'), 'v1.35');
    await user.selectOptions(card.getByLabelText('IP family'), 'dual');
    expect(useAppStore.getState().plan?.cluster).toMatchObject({ kubernetesVersion: 'v1.35', ipFamily: 'dual' });
    expect(card.getByLabelText<HTMLInputElement>('Pod network (CIDR)').placeholder).toBe('10.244.0.0/16,fd00:10:244::/56');
    await user.type(card.getByLabelText('Pod network (CIDR)'), '10.96.0.0/12');
    expect(card.getByText(/The pod network 10\.96\.0\.0\/12 and the service network 10\.96\.0\.0\/16 overlap/)).toBeTruthy();
    expect(card.getByLabelText('Service network (CIDR)').getAttribute('aria-invalid')).toBe('true');
  });

  it('lists the sections other pages fill as not decided, each with a way there', async () => {
    await renderPage();
    const summary = within(screen.getByRole('region', { name: 'Decided on other pages' }));
    expect(summary.getAllByText('Not decided yet')).toHaveLength(6);
    const user = userEvent.setup({ delay: null });
    await user.click(summary.getByRole('button', { name: 'Go to SLA: Availability target (%)' }));
    expect(useAppStore.getState()).toMatchObject({ section: 'sla', slaTools: { tab: 'calculator' } });
    // Each choice row names its own tab and opens it.
    for (const [name, tab] of [
      ['Go to Choices: CaaS or PaaS', 'caasPaas'],
      ['Go to Choices: Network (SDN)', 'sdn'],
      ['Go to Choices: Storage', 'storage'],
      ['Go to Choices: Distribution', 'distributionChooser'],
      ['Go to Choices: HA topology & capacity', 'topology'],
    ] as const) {
      await user.click(summary.getByRole('button', { name }));
      expect(useAppStore.getState()).toMatchObject({ section: 'choices', choicesTab: tab });
    }
  });

  it('shows a decided SLA target from the plan', async () => {
    await renderPage();
    useAppStore.getState().setPlanSection('sla', {
      targetPercent: 99.95,
      convention: 'year-365',
      budgetSeconds: { day: 43.2, week: 302.4, month: 1314, quarter: 3942, year: 15768 },
    });
    expect(await screen.findByText('99.95 % availability')).toBeTruthy();
  });

  it('records an audit result for every item of the seed’s audit list', async () => {
    await renderPage();
    const user = userEvent.setup({ delay: null });
    expect(screen.getAllByRole('combobox', { name: /^Result for / })).toHaveLength(auditItems.length);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Result for Containers running privileged' }), 'fail');
    expect(useAppStore.getState().plan?.audit['privileged-containers']).toEqual({ status: 'fail', note: '' });
    expect(screen.getByText('0 pass, 1 fail, 7 not checked')).toBeTruthy();
  });

  it('adds goals, risks and dated decisions', async () => {
    await renderPage();
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'Add goal' }));
    await user.type(screen.getByLabelText('Goal 1'), 'Zero downtime');
    await user.click(screen.getByRole('button', { name: 'Add risk' }));
    await user.click(screen.getByRole('button', { name: 'Log a decision' }));
    const saved = useAppStore.getState().plan!;
    expect(saved.goals).toEqual(['Zero downtime']);
    expect(saved.risks).toEqual([{ id: 'risk-1', description: '', mitigation: '', owner: '', status: 'open' }]);
    expect(saved.decisionLog[0]).toMatchObject({ id: 'decision-1', date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  });

  it('shows the workspace: plans, trash and recent files, in Chinese too', async () => {
    await renderPage('zh-CN');
    expect(screen.getByRole('heading', { level: 1, name: '部署方案' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Checkout/ }).getAttribute('aria-current')).toBe('true');
    expect(screen.getByText('回收站（1）')).toBeTruthy();
    expect(screen.getByText('shared.kplan.json')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: '新建方案' }).length).toBeGreaterThan(0);
  });

  it('says when a save failed and offers a retry', async () => {
    await renderPage();
    useAppStore.getState().setPlanSaveState('failed', { message: 'Could not save /x: ENOSPC' });
    expect(await screen.findByText('Not saved: your changes are kept in this window.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Retry saving' })).toBeTruthy();
  });
});
