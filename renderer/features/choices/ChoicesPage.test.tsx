import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { choices as enChoices } from '../../../shared/i18n/en/choices';
import { choices as zhChoices } from '../../../shared/i18n/zh-CN/choices';
import { useAppStore } from '../../app/store';
import { openTab, putIntoPlanButton, question, rankingItem, rankingOrder, renderPage, resetStore, scores, tradeoffData } from './choices-page-test-support';

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
describe('ChoicesPage', { timeout: 30_000 }, () => {
  it('moves between tabs with the arrow keys, Home and End, and shows the matching panel', async () => {
    const user = await renderPage();
    await screen.findByRole('heading', { name: enChoices.caas.heading });
    const tab = (name: string) => screen.getByRole('tab', { name });
    const expectActive = (name: string) => {
      expect(tab(name).getAttribute('aria-selected')).toBe('true');
      expect(tab(name).tabIndex).toBe(0);
      expect(document.activeElement).toBe(tab(name));
      expect(screen.getByRole('tabpanel', { name })).toBeTruthy();
      expect(screen.getAllByRole('tabpanel')).toHaveLength(1);
    };

    tab('CaaS or PaaS').focus();
    await user.keyboard('{ArrowRight}');
    expectActive('Network (SDN)');
    expect(screen.getByRole('heading', { name: 'Which network plugin?' })).toBeTruthy();
    expect(tab('CaaS or PaaS').tabIndex).toBe(-1);

    await user.keyboard('{ArrowRight}');
    expectActive('Storage');
    expect(screen.getByRole('heading', { name: 'Which storage?' })).toBeTruthy();

    await user.keyboard('{ArrowLeft}');
    expectActive('Network (SDN)');

    await user.keyboard('{End}');
    expectActive('HA topology & capacity');

    await user.keyboard('{ArrowRight}');
    expectActive('CaaS or PaaS');
    expect(screen.getByRole('heading', { name: enChoices.caas.heading })).toBeTruthy();

    await user.keyboard('{ArrowLeft}');
    expectActive('HA topology & capacity');

    await user.keyboard('{Home}');
    expectActive('CaaS or PaaS');
    expect(useAppStore.getState().choicesTab).toBe('caasPaas');
  });

  it('asks main for the data once, and offers to try again when that fails', async () => {
    mocks.getTradeoffData.mockResolvedValueOnce({ ok: false, error: { code: 'io-failure', message: 'Disk on fire' } });
    const user = await renderPage();
    expect((await screen.findByRole('alert')).textContent).toContain('The trade-off data could not be loaded: Disk on fire');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: enChoices.caas.heading })).toBeTruthy();
    await user.click(screen.getByRole('tab', { name: 'Storage' }));
    expect(screen.getByRole('heading', { name: 'Which storage?' })).toBeTruthy();
    expect(mocks.getTradeoffData).toHaveBeenCalledTimes(2);
  });

  it('ranks the four distribution types from the answers, with the answers as reasons', async () => {
    const user = await renderPage();
    await screen.findByRole('heading', { name: enChoices.caas.heading });
    expect(screen.getByText('Answer at least one question to see a ranking.')).toBeTruthy();
    expect(screen.getByText('0 of 11 questions answered')).toBeTruthy();

    // questionnaire.json: "own platform team" fits community 5, vendor 4, value-add 3, PaaS 2.
    const operator = question('Who will operate the platform?');
    await user.click(within(operator).getByRole('radio', { name: 'Our own platform team, end to end' }));
    expect(screen.getByText('1 of 11 questions answered')).toBeTruthy();
    const oneAnswer = { order: rankingOrder(), scores: scores() };
    expect(oneAnswer).toEqual({
      order: ['community', 'vendor', 'vendor-value-add', 'application-platform'],
      scores: ['100', '80', '60', '40'],
    });
    expect(
      within(rankingItem('community')).getByText('Who will operate the platform? — Our own platform team, end to end'),
    ).toBeTruthy();

    // "Hide Kubernetes" fits PaaS 5 and the rest 0–2: with equal weights PaaS moves to the top.
    const abstraction = question('Should developers be shielded from Kubernetes?');
    await user.click(within(abstraction).getByRole('radio', { name: 'Yes: they push code and the platform does the rest' }));
    expect(rankingOrder()[0]).toBe('application-platform');
    expect(scores()[0]).toBe('70');
    const hideReason = 'Should developers be shielded from Kubernetes? — Yes: they push code and the platform does the rest';
    expect(within(rankingItem('application-platform')).getByText(hideReason)).toBeTruthy();

    await user.click(within(abstraction).getByRole('button', { name: 'Clear answer' }));
    expect({ order: rankingOrder(), scores: scores() }).toEqual(oneAnswer);
    expect(screen.queryByText(hideReason)).toBeNull();
    expect(within(abstraction).getByRole<HTMLInputElement>('radio', { name: /^Yes: they push code/u }).checked).toBe(false);

    await user.click(within(abstraction).getByRole('radio', { name: 'Yes: they push code and the platform does the rest' }));
    fireEvent.change(within(abstraction).getByRole('slider', { name: 'Weight of “Should developers be shielded from Kubernetes?”' }), {
      target: { value: '0' },
    });
    expect({ order: rankingOrder(), scores: scores() }).toEqual(oneAnswer);
    expect(screen.queryByText(hideReason)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Clear all answers' }));
    expect(screen.getByText('Answer at least one question to see a ranking.')).toBeTruthy();
    expect(useAppStore.getState().decisions.caasPaas?.input.settings).toEqual({});
  });

  it('ranks flannel apart, below every plugin with network policy, when tenants must be isolated, with the fact and its source', async () => {
    const user = await renderPage();
    await openTab(user, 'Network (SDN)');
    const before = rankingOrder();
    expect(before).toHaveLength(tradeoffData.sdn.options.length);
    // With the default weights flannel (simple, maintained, most used in 2017) ranks above Canal.
    expect(before.indexOf('flannel')).toBeLessThan(before.indexOf('canal'));
    const isolationWarning = 'It lacks isolation between tenants (network policy), which you said you need.';
    expect(screen.queryByText(isolationWarning)).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Doesn’t meet what you require' })).toBeNull();

    await user.click(screen.getByRole('checkbox', { name: 'Isolate tenants from each other' }));
    // network-plugins.json: flannel's network-policy rating is 0; every other plugin has one of 4 or 5.
    const after = rankingOrder();
    expect(after.at(-1)).toBe('flannel');
    expect(after.slice(0, -1)).toEqual(before.filter((id) => id !== 'flannel'));
    const failing = screen.getByRole('region', { name: 'Doesn’t meet what you require' });
    expect(within(failing).getAllByRole('listitem').filter((item) => item.classList.contains('ranking-item'))).toHaveLength(1);
    const flannel = within(failing).getByRole('list', { name: 'Doesn’t meet' });
    expect(within(flannel).getByText('Doesn’t meet: isolation between tenants (network policy)')).toBeTruthy();
    expect(within(flannel).getByText(/^flannel does networking only/u)).toBeTruthy();
    expect(within(flannel).getByText('https://github.com/flannel-io/flannel (as of 2026)')).toBeTruthy();
    const flannelWarnings = within(rankingItem('flannel')).getByRole('list', { name: 'Warnings' });
    expect(within(flannelWarnings).getByText(isolationWarning)).toBeTruthy();
    expect(screen.getAllByText(isolationWarning)).toHaveLength(1);

    await user.click(screen.getByRole('checkbox', { name: 'Isolate tenants from each other' }));
    expect(screen.queryByText(isolationWarning)).toBeNull();
    expect(rankingOrder()).toEqual(before);
  });

  it('ranks every object store above every block-only option when object storage is the only need, on-premises', async () => {
    const user = await renderPage();
    await openTab(user, 'Storage');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Infrastructure' }), 'on-premises');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Stateful databases' }), 'none');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Legacy shared files' }), 'none');
    const order = rankingOrder();
    const objectStores = tradeoffData.storage.options.filter((option) => option.kinds.includes('object')).map((option) => option.id);
    expect(objectStores).toContain('minio');
    expect(order.slice(0, objectStores.length).sort()).toEqual([...objectStores].sort());
    const failing = screen.getByRole('region', { name: 'Doesn’t meet what you require' });
    for (const id of ['ceph-rbd-rook', 'portworx', 'longhorn']) {
      expect(within(failing).getByText(tradeoffData.storage.options.find((option) => option.id === id)!.name)).toBeTruthy();
    }
  });

  it('says why there is no ranking when every weight is 0, and comes back on reset', async () => {
    const user = await renderPage();
    const panel = await openTab(user, 'Network (SDN)');
    const sliders = within(within(panel).getByRole('group', { name: 'How much each criterion matters' })).getAllByRole('slider');
    expect(sliders).toHaveLength(tradeoffData.sdn.criteria.length);
    for (const slider of sliders) fireEvent.change(slider, { target: { value: '0' } });

    expect(
      screen.getByText('Every weight is 0, so nothing can be ranked. Give at least one criterion a weight above 0.'),
    ).toBeTruthy();
    expect(rankingOrder()).toEqual([]);
    expect(putIntoPlanButton().disabled).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Reset weights' }));
    expect(rankingOrder()).toHaveLength(tradeoffData.sdn.options.length);
    expect(useAppStore.getState().decisions.sdn?.input.weights).toEqual({});
  });

  it('shows the survey shares as a table', async () => {
    const user = await renderPage();
    await openTab(user, 'Network (SDN)');
    await user.click(screen.getByText('Show as a table'));
    const table = screen.getByRole('table', { name: tradeoffData.sdn.survey.question.en });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(tradeoffData.sdn.survey.shares.length);
    tradeoffData.sdn.survey.shares.forEach((share, index) => {
      expect(within(rows[index]!).getByRole('rowheader').textContent).toBe(share.label.en);
      expect(within(rows[index]!).getByRole('cell').textContent).toBe(`${share.percent}%`);
    });
  });

  it('leaves out the storage that does not run on the chosen infrastructure and names it', async () => {
    const user = await renderPage();
    await openTab(user, 'Storage');
    // storage-options.json: EBS runs only on AWS, GCE PD only on GCP, Azure Disk and Files only on Azure.
    expect(screen.getByText('AWS rules out GCE Persistent Disk, Azure Disk, and Azure Files.')).toBeTruthy();
    expect(rankingOrder()).toContain('aws-ebs');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Infrastructure' }), 'on-premises');
    expect(
      screen.getByText('On-premises rules out Amazon EBS, GCE Persistent Disk, Azure Disk, and Azure Files.'),
    ).toBeTruthy();
    const onPremises = rankingOrder();
    expect(onPremises).not.toContain('aws-ebs');
    expect(onPremises).not.toContain('azure-disk');
    expect(onPremises).toHaveLength(tradeoffData.storage.options.length - 4);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Infrastructure' }), 'azure');
    expect(rankingOrder()).toEqual(expect.arrayContaining(['azure-disk', 'azure-files']));
    expect(rankingOrder()).not.toContain('gce-pd');
  });

  it('says there is nothing to store when every workload needs none', async () => {
    const user = await renderPage();
    const panel = await openTab(user, 'Storage');
    const needs = within(within(panel).getByRole('group', { name: 'What each workload needs' })).getAllByRole('combobox');
    expect(needs).toHaveLength(3);
    for (const need of needs) await user.selectOptions(need, 'none');
    expect(screen.getByText(enChoices.problems['no-needs'])).toBeTruthy();
    expect(rankingOrder()).toEqual([]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Static content' }), 'object');
    expect(rankingOrder()).toHaveLength(tradeoffData.storage.options.length - 3);
    // storage-options.json: EBS is block storage only, MinIO object storage.
    const uncovered = 'It offers no object storage, needed for static content.';
    expect(within(rankingItem('aws-ebs')).getByText(uncovered)).toBeTruthy();
    expect(within(rankingItem('minio')).queryByText(uncovered)).toBeNull();
  });

  it('speaks Chinese on every tab, with no raw translation keys', async () => {
    const user = await renderPage('zh-CN');
    await screen.findByRole('heading', { name: zhChoices.caas.heading });
    // A missing translation shows its key, such as "sdn.requirements.tenant-isolation"; source URLs are the only dotted text.
    const rawKey = /\b[a-z]+\.[a-zA-Z.-]+\b/u;
    const visibleText = () => document.body.textContent!.replace(/https?:\/\/\S+/gu, '');

    const operator = question(zhChoices.caas.questions.operator.label);
    await user.click(within(operator).getByRole('radio', { name: zhChoices.caas.questions.operator.answers['own-platform-team'] }));
    expect(within(rankingItem('community')).getByText(zhChoices.caas.types.community.label)).toBeTruthy();
    expect(visibleText()).not.toMatch(rawKey);

    await user.click(screen.getByRole('tab', { name: zhChoices.tabs.sdn }));
    await user.click(screen.getByRole('checkbox', { name: zhChoices.sdn.requirementLabels['tenant-isolation'] }));
    expect(screen.getByRole('heading', { name: zhChoices.sdn.heading })).toBeTruthy();
    expect(screen.getByText(zhChoices.chart.showTable)).toBeTruthy();
    expect(screen.getByRole('table', { name: tradeoffData.sdn.survey.question.zh })).toBeTruthy();
    expect(visibleText()).not.toMatch(rawKey);

    await user.click(screen.getByRole('tab', { name: zhChoices.tabs.storage }));
    expect(screen.getByRole('heading', { name: zhChoices.storage.heading })).toBeTruthy();
    expect(visibleText()).not.toMatch(rawKey);
    for (const slider of screen.getAllByRole('slider')) fireEvent.change(slider, { target: { value: '0' } });
    expect(screen.getByText(zhChoices.problems['all-weights-zero'])).toBeTruthy();
    expect(visibleText()).not.toMatch(rawKey);
  });
});
