import { fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { IpcErrorPayload } from '../../shared/ipc/result';
import { createRendererI18n } from '../app/i18n';
import { LoadGate } from './LoadGate';

const diskFull: IpcErrorPayload = {
  code: 'io-failure',
  message: 'Could not save /data/view-state.json: ENOSPC',
  i18n: { key: 'store.saveFailed', params: { path: '/data/view-state.json', reason: 'ENOSPC' } },
};

async function renderGate(data: string[] | null, error: IpcErrorPayload | undefined, onRetry = () => undefined) {
  const i18n = await createRendererI18n('zh-CN');
  const wrap = (node: ReactNode) => <I18nextProvider i18n={i18n}>{node}</I18nextProvider>;
  return render(
    wrap(
      <LoadGate data={data} error={error} onRetry={onRetry} loadingText="Loading…" failureText={(reason) => `Failed: ${reason}`} retryText="Try again">
        {(names) => <ul>{names.map((name) => <li key={name}>{name}</li>)}</ul>}
      </LoadGate>,
    ),
  );
}

describe('LoadGate', () => {
  it('says it is loading while the data is on its way', async () => {
    await renderGate(null, undefined);
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('shows a failure in the user’s language as an alert, and asks again on retry', async () => {
    const onRetry = vi.fn();
    await renderGate(null, diskFull, onRetry);
    expect(screen.getByRole('alert').querySelector('span')!.textContent).toBe('Failed: 无法保存 /data/view-state.json：ENOSPC');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('shows the content once the data is here, even after an earlier failure', async () => {
    await renderGate(['calico', 'cilium'], diskFull);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['calico', 'cilium']);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('draws the page’s frame around the loading line and the failure, never around the content', async () => {
    const i18n = await createRendererI18n('en');
    const gate = (data: string[] | null, error?: IpcErrorPayload) => (
      <I18nextProvider i18n={i18n}>
        <LoadGate
          data={data}
          error={error}
          onRetry={() => undefined}
          loadingText="Loading…"
          failureText={(reason) => `Failed: ${reason}`}
          retryText="Try again"
          around={(notice) => <section aria-label="Frame">{notice}</section>}
        >
          {(names) => <p>{names.join(', ')}</p>}
        </LoadGate>
      </I18nextProvider>
    );
    const { rerender } = render(gate(null));
    expect(screen.getByRole('region', { name: 'Frame' }).contains(screen.getByRole('status'))).toBe(true);
    rerender(gate(null, diskFull));
    expect(screen.getByRole('region', { name: 'Frame' }).contains(screen.getByRole('alert'))).toBe(true);
    rerender(gate(['calico']));
    expect(screen.queryByRole('region', { name: 'Frame' })).toBeNull();
    expect(screen.getByText('calico')).toBeTruthy();
  });
});
