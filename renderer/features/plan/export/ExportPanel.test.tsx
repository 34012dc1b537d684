import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { planExportFormatIds } from '../../../../shared/export/export-formats';
import type { Language } from '../../../../shared/ipc/contract';
import { createEmptyPlan } from '../../../../shared/plan/plan-schema';
import { createRendererI18n } from '../../../app/i18n';
import { useAppStore } from '../../../app/store';

const mocks = vi.hoisted(() => ({ exportPlan: vi.fn(), saveExportFile: vi.fn(async () => ({ ok: true, value: { saved: true } })) }));
// Every other call (the store persisting the workspace) succeeds and does nothing.
vi.mock('../../../app/api', () => ({
  api: new Proxy({}, { get: (_target, channel: string) => (mocks as Record<string, unknown>)[channel] ?? (async () => ({ ok: true, value: {} })) }),
}));

const { ExportPanel } = await import('./ExportPanel');

const plan = { ...createEmptyPlan({ id: 'export-plan', title: 'Checkout <v2>', now: new Date('2026-02-03T04:05:06Z') }), goals: ['Ship it'] };
const initialState = useAppStore.getState();

async function renderPanel(language: Language, withPlan = true) {
  const i18n = await createRendererI18n(language);
  useAppStore.setState({ ...initialState, language, plan: withPlan ? plan : null }, true);
  render(
    <I18nextProvider i18n={i18n}>
      <ExportPanel />
    </I18nextProvider>,
  );
}

beforeEach(() => {
  vi.clearAllMocks();
  useAppStore.setState(initialState, true);
});

describe('ExportPanel', { timeout: 30_000 }, () => {
  it('says there is nothing to export while no plan is open', async () => {
    await renderPanel('en', false);
    expect(screen.getByText('No plan is open yet, so there is nothing to export.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Export / })).toBeNull();
  });

  it('offers every registered plan format by its name, each with a preview', async () => {
    await renderPanel('en');
    const user = userEvent.setup({ delay: null });
    const select = screen.getByLabelText('Format');
    expect(within(select).getAllByRole('option').map((option) => option.getAttribute('value'))).toEqual([...planExportFormatIds]);
    for (const format of planExportFormatIds) {
      await user.selectOptions(select, format);
      expect(within(select).getByRole('option', { selected: true }).textContent).not.toMatch(/formats\./u);
      const preview = screen.getAllByRole('region', { name: /^Preview/u })[0];
      expect(preview?.textContent?.trim()).not.toBe('');
    }
  });

  it('previews in the UI language by default, and in the language picked for the document', async () => {
    await renderPanel('zh-CN');
    const user = userEvent.setup({ delay: null });
    expect(screen.getByLabelText('预览').textContent).toContain('## 发行版决策');
    await user.selectOptions(screen.getByLabelText('格式'), 'html');
    const preview = screen.getByRole('region', { name: '预览' });
    expect(within(preview).getByRole('heading', { name: '发行版决策' })).toBeTruthy();
    // User text is shown as text, never as markup.
    expect(within(preview).getByRole('heading', { name: 'Checkout <v2>' })).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('文档语言'), 'en');
    expect(within(screen.getByRole('region', { name: '预览' })).getByRole('heading', { name: 'Distribution decision' })).toBeTruthy();
  });

  it('asks main for the chosen format and language, and saves what comes back the one way the page saves', async () => {
    const download = { fileName: 'checkout-v2.en.pdf', mimeType: 'application/pdf', base64: 'JVBERg==' };
    mocks.exportPlan.mockResolvedValue({ ok: true, value: { saved: false, download } });
    await renderPanel('en');
    const user = userEvent.setup({ delay: null });
    await user.selectOptions(screen.getByLabelText('Format'), 'pdf');
    await user.click(screen.getByRole('button', { name: 'Export PDF' }));
    expect(mocks.exportPlan).toHaveBeenCalledWith({ plan, format: 'pdf', language: 'en' });
    expect(mocks.saveExportFile).toHaveBeenCalledWith({ suggestedName: 'checkout-v2.en.pdf', format: 'pdf', content: 'JVBERg==', encoding: 'base64' });
    expect(await screen.findByText('Downloaded checkout-v2.en.pdf.')).toBeTruthy();
  });

  it('previews the manifests file by file with their notes, asks main for the chosen cluster config, and explains a network kind would refuse', async () => {
    const download = { fileName: 'checkout-v2-manifests.zip', mimeType: 'application/zip', base64: 'UEs=' };
    mocks.exportPlan.mockResolvedValue({ ok: true, value: { saved: false, download } });
    await renderPanel('zh-CN');
    const user = userEvent.setup({ delay: null });
    await user.selectOptions(screen.getByLabelText('格式'), 'yaml');
    await user.selectOptions(screen.getByLabelText('集群配置'), 'both');
    expect(screen.getByRole('heading', { name: 'kube-planner.kind.yaml' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'kube-planner.kubeadm.yaml' })).toBeTruthy();
    expect(screen.getByText('方案还没有高可用拓扑，因此没有写出命名空间、配额、LimitRange、网络策略和中断预算。')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /^导出 / }));
    expect(mocks.exportPlan).toHaveBeenCalledWith({ plan, format: 'yaml', language: 'zh-CN', clusterConfig: 'both' });
    useAppStore.setState({ plan: { ...plan, cluster: { ...plan.cluster, ipFamily: 'ipv6', podSubnet: '10.244.0.0/16' } } });
    expect(await screen.findByText(/Pod 网段“10\.244\.0\.0\/16”是 IPv4，但集群是 IPv6。/u)).toBeTruthy();
  });

  it('reports where the desktop app saved the file, a cancelled dialog, and a failure in words', async () => {
    await renderPanel('en');
    const user = userEvent.setup({ delay: null });
    const button = screen.getByRole('button', { name: 'Export Markdown' });
    mocks.exportPlan.mockResolvedValueOnce({ ok: true, value: { saved: true, path: '/home/me/plan.en.md' } });
    await user.click(button);
    expect(await screen.findByText('Saved to /home/me/plan.en.md.')).toBeTruthy();
    mocks.exportPlan.mockResolvedValueOnce({ ok: true, value: { saved: false } });
    await user.click(button);
    expect(await screen.findByText('Export cancelled; nothing was saved.')).toBeTruthy();
    mocks.exportPlan.mockResolvedValueOnce({
      ok: false,
      error: { code: 'io-failure', message: 'Could not print the plan to PDF: boom', i18n: { key: 'export.pdfFailed', params: { reason: 'boom' } } },
    });
    await user.click(button);
    expect(await screen.findByText('Could not print the plan to PDF: boom')).toBeTruthy();
    expect(mocks.saveExportFile).not.toHaveBeenCalled();
  });
});
