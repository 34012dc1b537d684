import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { PLAN_SCHEMA_VERSION, planSchema } from '../../../../shared/plan/plan-schema';
import { createRendererI18n } from '../../../app/i18n';
import { useAppStore } from '../../../app/store';
import { TopologyPanel } from './TopologyPanel';

const emptyPlan = () =>
  planSchema.parse({
    schemaVersion: PLAN_SCHEMA_VERSION,
    id: 'plan-1',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    title: 'Trial',
  });

async function renderPanel(language: 'en' | 'zh-CN' = 'en') {
  const i18n = await createRendererI18n(language);
  useAppStore.setState({ language });
  render(
    <I18nextProvider i18n={i18n}>
      <TopologyPanel />
    </I18nextProvider>,
  );
  return userEvent.setup();
}

const stat = (name: string) => document.querySelector(`[data-stat="${name}"]`)?.textContent;

beforeEach(() => useAppStore.setState({ plan: null }));

describe('TopologyPanel', () => {
  it('explains quorum and N+1 for the default three zones', async () => {
    await renderPanel();
    expect([stat('members'), stat('quorum'), stat('tolerated')]).toEqual(['3', '2', '1']);
    expect(screen.getByText('Survives a zone outage')).toBeTruthy();
    expect(screen.getByText('N+1 holds for a zone outage')).toBeTruthy();
    expect(screen.getByText(/With 3 members, etcd needs 2 of them to agree/)).toBeTruthy();
  });

  it('turns two zones into a failed N+1 and a quorum that survives nothing', async () => {
    const user = await renderPanel();
    const zones = screen.getByLabelText('Zones');
    await user.clear(zones);
    await user.type(zones, '2');
    expect(stat('tolerated')).toBe('0');
    expect(screen.getByText('Does not survive a zone outage')).toBeTruthy();
    expect(screen.getByText('N+1 does not hold for a zone outage')).toBeTruthy();
    expect(screen.getByText(/The book advises a control-plane node in each of two zones/)).toBeTruthy();
  });

  it('names bad input, keeps what was typed and hides the results until it is fixed', async () => {
    const user = await renderPanel();
    const zones = screen.getByLabelText('Zones');
    await user.clear(zones);
    await user.type(zones, '0');
    expect((zones as HTMLInputElement).value).toBe('0');
    expect(zones.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('Zones: a cluster needs at least one zone.');
    expect(document.querySelector('[data-stat="members"]')).toBeNull();
    await user.clear(zones);
    await user.type(zones, '3');
    expect(stat('members')).toBe('3');
  });

  it('adds and removes namespaces and reports shares that do not add up', async () => {
    const user = await renderPanel();
    await user.click(screen.getByRole('button', { name: 'Add namespace' }));
    expect(screen.getAllByRole('textbox', { name: 'Namespace' })).toHaveLength(4);
    const share = screen.getByLabelText('Load share of namespace-4 (%)');
    await user.clear(share);
    await user.type(share, '10');
    expect(screen.getAllByText('Namespace load shares add up to 110 %, not 100 %.').length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Remove namespace-4' }));
    expect(document.querySelector('[data-namespace="namespace-a"]')).not.toBeNull();
  });

  it('rejects an invalid namespace name', async () => {
    const user = await renderPanel();
    const [first] = screen.getAllByRole('textbox', { name: 'Namespace' });
    await user.clear(first!);
    await user.type(first!, 'Team_A');
    expect(screen.getAllByText(/Namespace “Team_A”: use 1–63 lower-case letters/).length).toBeGreaterThan(0);
  });

  it('keeps edits out of the plan until “Use this sizing in the plan” is pressed', async () => {
    useAppStore.setState({ plan: emptyPlan() });
    const user = await renderPanel();
    const workers = screen.getByLabelText('Worker nodes per zone');
    await user.clear(workers);
    await user.type(workers, '4');
    expect(useAppStore.getState().plan?.topology).toBeNull();
    expect(screen.getByText('This sizing is not in the plan yet.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Use this sizing in the plan' }));
    expect(useAppStore.getState().plan?.topology).toMatchObject({ zones: 3, workerNodesPerZone: 4 });
    expect(screen.getByText('Saved in the plan.')).toBeTruthy();
    await user.clear(workers);
    await user.type(workers, '5');
    expect(useAppStore.getState().plan?.topology).toMatchObject({ workerNodesPerZone: 4 });
    expect(screen.getByText('This sizing is not in the plan yet.')).toBeTruthy();
  });

  it('starts a plan when the sizing is used with no plan open', async () => {
    const user = await renderPanel();
    expect(screen.getByText('No plan is open: using this sizing in the plan starts a new one.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Use this sizing in the plan' }));
    expect(useAppStore.getState().plan?.topology).toMatchObject({ zones: 3 });
  });

  it('shows the plan’s own sizing when it has one', async () => {
    const plan = emptyPlan();
    useAppStore.setState({ plan });
    const user = await renderPanel();
    await user.click(screen.getByRole('button', { name: 'Use this sizing in the plan' }));
    const stored = useAppStore.getState().plan!.topology!;
    useAppStore.setState({ plan: { ...plan, id: 'plan-2', topology: { ...stored, zones: 5 } } });
    expect(await screen.findByDisplayValue('5')).toBe(screen.getByLabelText('Zones'));
  });

  it('previews valid YAML for every namespace', async () => {
    await renderPanel();
    const yaml = screen.getByLabelText('Generated YAML').textContent ?? '';
    expect(yaml.match(/kind: ResourceQuota/g)).toHaveLength(3);
    expect(yaml).toContain('namespace: namespace-c');
  });

  it('marks the Table 5.1 cells the computation does not reproduce', async () => {
    await renderPanel();
    const table = within(document.querySelector<HTMLElement>('[data-section="table-5-1"]')!);
    expect(document.querySelectorAll('[data-mismatch="true"]')).toHaveLength(3);
    expect(table.getByText(/15 % of 16 GB is 2.4 GB, but the text says 3 GB/)).toBeTruthy();
  });

  it('speaks Chinese', async () => {
    await renderPanel('zh-CN');
    expect(screen.getByText('可扛住可用区故障')).toBeTruthy();
    expect((screen.getByLabelText('可用区数') as HTMLInputElement).value).toBe('3');
  });
});
