import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ok } from '../../shared/ipc/result';
import { api } from '../app/api';
import { createRendererI18n } from '../app/i18n';
import { NoticeArea } from './NoticeArea';
import { notifySaved, useNotices } from './notices';

vi.mock('../app/api', () => ({ api: { showItemInFolder: vi.fn(async () => ok({ shown: true })) } }));

afterEach(() => {
  useNotices.setState({ notices: [] });
  vi.useRealTimers();
});

async function renderArea(language: 'en' | 'zh-CN' = 'en') {
  const i18n = await createRendererI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <NoticeArea />
    </I18nextProvider>,
  );
}

describe('NoticeArea', () => {
  it('says where a file was saved and shows it in its folder on request', async () => {
    await renderArea();
    act(() => notifySaved({ path: '/home/ada/plans/checkout.md', fileName: 'checkout.md' }));
    const area = screen.getByRole('status', { name: 'Notices' });
    expect(within(area).getByText('Saved to /home/ada/plans/checkout.md.')).toBeTruthy();
    await userEvent.setup().click(within(area).getByRole('button', { name: 'Show in folder' }));
    expect(api.showItemInFolder).toHaveBeenCalledWith({ path: '/home/ada/plans/checkout.md' });
  });

  it('names the download in a browser, with no folder to show, in Chinese too', async () => {
    await renderArea('zh-CN');
    act(() => notifySaved({ fileName: 'kube-planner-catalogue-2026-11-30.csv' }));
    expect(screen.getByText('已下载为 kube-planner-catalogue-2026-11-30.csv，保存在浏览器的下载文件夹中。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '在文件夹中显示' })).toBeNull();
  });

  it('goes away on its own, and keeps at most three on screen', async () => {
    vi.useFakeTimers();
    await renderArea();
    act(() => {
      for (const name of ['a.csv', 'b.csv', 'c.csv', 'd.csv']) notifySaved({ fileName: name });
    });
    expect(screen.queryByText(/a\.csv/)).toBeNull();
    expect(screen.getAllByText(/Downloaded as/)).toHaveLength(3);
    act(() => vi.advanceTimersByTime(8_000));
    expect(screen.queryAllByText(/Downloaded as/)).toHaveLength(0);
  });
});
