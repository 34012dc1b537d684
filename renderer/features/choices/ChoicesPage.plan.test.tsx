import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sdnPlanSectionSchema, storagePlanSectionSchema } from '../../../shared/choices/choice-plan-sections';
import { choices as enChoices } from '../../../shared/i18n/en/choices';
import { planSchema } from '../../../shared/plan/plan-schema';
import { useAppStore } from '../../app/store';
import { openTab, plan, putIntoPlanButton, question, rankingItem, rankingOrder, renderPage, resetStore, tradeoffData } from './choices-page-test-support';

const mocks = vi.hoisted(() => ({ getTradeoffData: vi.fn() }));
// Every other call (the store persisting its state) succeeds and does nothing.
vi.mock('../../app/api', () => ({
  api: new Proxy(
    {},
    { get: (_target, channel) => (channel === 'getTradeoffData' ? mocks.getTradeoffData : async () => ({ ok: true, value: {} })) },
  ),
}));

beforeEach(() => {
  mocks.getTradeoffData.mockReset();
  mocks.getTradeoffData.mockResolvedValue({ ok: true, value: tradeoffData });
  resetStore();
});

// Rendering the whole page is slow on a loaded machine; the budget is for that, not for what is asserted.
describe('ChoicesPage puts choices into the plan', { timeout: 30_000 }, () => {
  it('says that no plan is open, and starts one when a choice is put into the plan', async () => {
    const user = await renderPage();
    await openTab(user, 'Network (SDN)');
    expect(screen.getByText('No plan is open: putting this into the plan starts a new one.')).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'Choose Calico' }));
    await user.click(putIntoPlanButton());
    expect(useAppStore.getState().plan?.sdn?.chosenOptionId).toBe('calico');
  });

  it('puts the chosen network plugin, with the requirements and rationale, into the plan', async () => {
    useAppStore.setState({ plan });
    const user = await renderPage();
    await openTab(user, 'Network (SDN)');
    await user.click(screen.getByRole('checkbox', { name: 'Isolate tenants from each other' }));
    await user.click(screen.getByRole('radio', { name: 'Choose Calico' }));
    await user.type(screen.getByLabelText('Rationale'), 'Policy first');
    expect(useAppStore.getState().plan?.sdn).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Put into the plan' }));
    const stored = useAppStore.getState().plan;
    expect(stored?.sdn).toMatchObject({
      chosenOptionId: 'calico',
      requirements: { 'tenant-isolation': true },
      rationale: 'Policy first',
    });
    expect(stored?.sdn?.ranking.map((entry) => entry.optionId)).toEqual(rankingOrder());
    expect(() => sdnPlanSectionSchema.parse(stored?.sdn)).not.toThrow();
    expect(() => planSchema.parse(stored)).not.toThrow();
    expect(screen.getByText('Saved to the plan.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Update the plan' }) as HTMLButtonElement).disabled).toBe(true);

    // A changed result is not what the plan holds: the page says so until the plan is updated.
    await user.click(screen.getByRole('radio', { name: 'Choose Canal' }));
    expect(screen.queryByText('Saved to the plan.')).toBeNull();
    expect(screen.getByText('The plan holds an earlier result; update it to store this one.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Update the plan' }));
    expect(useAppStore.getState().plan?.sdn?.chosenOptionId).toBe('canal');
    expect(screen.getByText('Saved to the plan.')).toBeTruthy();
  });

  it('puts the storage choice and the CaaS/PaaS answers into the plan', async () => {
    useAppStore.setState({ plan });
    const user = await renderPage();
    await screen.findByRole('heading', { name: enChoices.caas.heading });
    // No answers, no ranking: nothing to store yet.
    expect(putIntoPlanButton().disabled).toBe(true);
    await user.click(within(question('Where are you with Kubernetes?')).getByRole('radio', { name: 'Going to production' }));
    await user.click(putIntoPlanButton());
    expect(useAppStore.getState().plan?.caasPaas).toMatchObject({ answers: { 'usage-stage': 'production' } });
    expect(useAppStore.getState().plan?.caasPaas?.ranking).toHaveLength(4);

    await openTab(user, 'Storage');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Infrastructure' }), 'on-premises');
    await user.click(putIntoPlanButton());
    const storage = useAppStore.getState().plan?.storage;
    expect(storage).toMatchObject({ infrastructure: 'on-premises', needs: tradeoffData.storage.defaultNeeds, chosenOptionId: rankingOrder()[0] });
    expect(storage?.ranking.map((entry) => entry.optionId)).not.toContain('aws-ebs');
    expect(() => storagePlanSectionSchema.parse(storage)).not.toThrow();
    // The CaaS/PaaS section stays as it was.
    expect(useAppStore.getState().plan?.caasPaas?.answers).toEqual({ 'usage-stage': 'production' });
  });

  it('starts the distribution chooser from the plan’s infrastructure, SDN and version, and ranks none failing a requirement above one meeting them all', async () => {
    const storage = storagePlanSectionSchema.parse({ infrastructure: 'on-premises', needs: {}, weights: {}, ranking: [], chosenOptionId: 'ceph-rbd' });
    const sdn = sdnPlanSectionSchema.parse({ weights: {}, requirements: {}, ranking: [], chosenOptionId: 'calico' });
    useAppStore.setState({ plan: { ...plan, storage, sdn, cluster: { ...plan.cluster, kubernetesVersion: 'v1.34' } } });
    const user = await renderPage();
    await openTab(user, 'Distribution');
    for (const name of ['Certified for the chosen version or newer', 'Runs where the cluster runs', 'Supports the chosen network plugin']) {
      expect(screen.getByRole<HTMLInputElement>('checkbox', { name }).checked, name).toBe(true);
    }
    await user.click(screen.getByRole('checkbox', { name: 'Installs without internet access (air-gapped)' }));
    const order = rankingOrder();
    expect(order).toHaveLength(tradeoffData.distributionChooser.profiles.length);
    expect(order[0]).toBe('talos');
    const failing = [...screen.getByRole('region', { name: 'Doesn’t meet what you require' }).querySelectorAll<HTMLElement>('.ranking-item')].map((item) => item.dataset.option);
    expect(failing.length).toBeGreaterThan(0);
    expect(order.slice(-failing.length)).toEqual(failing);
    expect(within(rankingItem('talos')).getByText('https://github.com/cncf/k8s-conformance (as of 2026)')).toBeTruthy();

    await user.click(screen.getByRole('checkbox', { name: 'Supports the chosen network plugin' }));
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Supports the chosen network plugin' }).checked).toBe(false);
  });

});
