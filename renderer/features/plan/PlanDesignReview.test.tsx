import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { createEmptyPlan } from '../../../shared/plan/plan-schema';
import { createRendererI18n } from '../../app/i18n';
import { useAppStore } from '../../app/store';
import { PlanPage } from './PlanPage';

const plan = createEmptyPlan({ id: 'review-plan', title: 'Checkout', now: new Date('2026-02-03T04:05:06Z') });
const initialState = useAppStore.getState();

async function renderPage(language: 'en' | 'zh-CN' = 'en') {
  const i18n = await createRendererI18n(language);
  useAppStore.setState(
    {
      ...initialState,
      language,
      plan: { ...plan, distribution: { ...plan.distribution, consideredEntryIds: ['rancher'] } },
      catalogueSnapshot: { entries: [], distributionTypes: { source: 'test', types: {}, traits: [] } as never, landscapeImport: null },
      planWorkspace: { plans: [{ id: 'review-plan', title: 'Checkout', team: '', updatedAt: plan.updatedAt }], trash: [], recentFiles: [], lastOpenId: 'review-plan' },
    },
    true,
  );
  render(
    <I18nextProvider i18n={i18n}>
      <PlanPage />
    </I18nextProvider>,
  );
}

beforeEach(() => {
  useAppStore.setState(initialState, true);
});

const current = () => useAppStore.getState().plan!;

// Rendering the whole page is slow on a loaded machine; the budget is for that, not for what is asserted.
describe('the design review and decision record on the plan page', { timeout: 30_000 }, () => {
  it('records the MADR header, drivers, pros and cons and confirmation of the distribution decision', async () => {
    await renderPage();
    const user = userEvent.setup({ delay: null });
    const card = within(screen.getByRole('region', { name: 'Distribution decision' }));
    await user.selectOptions(card.getByRole('combobox', { name: 'Status' }), 'accepted');
    await user.type(card.getByLabelText('Deciders'), 'CTO');
    await user.click(card.getByRole('button', { name: 'Add decision driver' }));
    await user.type(card.getByRole('textbox', { name: 'Decision driver 1' }), 'Small team');
    await user.type(card.getByLabelText(/: bad, because$/u), 'Another control plane');
    await user.type(card.getByLabelText('Confirmation'), 'Architecture review');
    expect(current().distribution).toMatchObject({
      status: 'accepted',
      deciders: 'CTO',
      drivers: ['Small team'],
      optionArguments: { rancher: { good: '', neutral: '', bad: 'Another control plane' } },
      confirmation: 'Architecture review',
    });
  });

  it('edits backup and DR, and says at once what the settings cannot deliver', async () => {
    await renderPage();
    const user = userEvent.setup({ delay: null });
    const card = within(screen.getByRole('region', { name: 'Backup and disaster recovery' }));
    const gaps = () => within(card.getByRole('list', { name: 'What these settings cannot deliver' })).getAllByRole('listitem').map((item) => item.textContent);
    expect(gaps()).toEqual(['Say where backups are kept: a copy away from the cluster is what survives its loss.']);
    const rpo = card.getByRole('spinbutton', { name: 'Recovery point objective (RPO), in minutes' });
    await user.clear(rpo);
    await user.type(rpo, '60');
    await user.type(card.getByLabelText('Where backups are kept'), 'Second site');
    expect(current().backup).toMatchObject({ rpoMinutes: 60, offsiteLocation: 'Second site' });
    expect(gaps()).toEqual([
      'An etcd snapshot every 360 minutes can lose more than the RPO of 60 minutes allows.',
      'A backup every 1440 minutes can lose more than the RPO of 60 minutes allows.',
    ]);
    await user.click(card.getByRole('checkbox', { name: 'The team has reviewed and confirmed this section' }));
    expect(current().backup.confirmed).toBe(true);
  });

  it('picks ingress and identity options from the data, asking for OIDC claims only with OIDC', async () => {
    await renderPage();
    const user = userEvent.setup({ delay: null });
    await user.click(within(screen.getByRole('region', { name: 'Ingress and Gateway API' })).getByRole('radio', { name: 'Ingress' }));
    expect(current().ingress.apiOptionId).toBe('ingress');
    const identity = within(screen.getByRole('region', { name: 'Identity and access (RBAC)' }));
    expect(identity.getByLabelText('Groups claim')).toHaveProperty('value', 'groups');
    await user.click(identity.getByRole('radio', { name: 'Client certificates' }));
    expect(current().identity.providerOptionId).toBe('client-certificates');
    expect(identity.queryByLabelText('Groups claim')).toBeNull();
  });

  it('sets the document status and version and lists the approvers, in Chinese too', async () => {
    await renderPage('zh-CN');
    const user = userEvent.setup({ delay: null });
    const card = within(screen.getByRole('region', { name: '状态与签署' }));
    await user.selectOptions(card.getByRole('combobox', { name: '文档状态' }), 'approved');
    await user.click(card.getByRole('button', { name: '添加审批人' }));
    await user.type(card.getByRole('textbox', { name: '审批人 1' }), '李娜');
    expect(current().approval).toMatchObject({ status: 'approved', version: '0.1', approvers: [{ name: '李娜', role: '' }] });
  });
});
