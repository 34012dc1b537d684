import { act, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { IpcError } from '../../shared/ipc/result';
import { createRendererI18n } from '../app/i18n';
import { useAppStore } from '../app/store';
import { ErrorBanner } from './ErrorBanner';

afterEach(() => useAppStore.setState({ errors: [] }));

describe('ErrorBanner', () => {
  it('shows a failure from main in the UI language, and follows a language change', async () => {
    const i18n = await createRendererI18n('zh-CN');
    render(
      <I18nextProvider i18n={i18n}>
        <ErrorBanner />
      </I18nextProvider>,
    );
    act(() =>
      useAppStore.getState().reportError(
        new IpcError({
          code: 'io-failure',
          message: 'Could not save /data/view-state.json: ENOSPC',
          i18n: { key: 'store.saveFailed', params: { path: '/data/view-state.json', reason: 'ENOSPC' } },
        }),
      ),
    );
    expect(screen.getByText('无法保存 /data/view-state.json：ENOSPC')).toBeTruthy();
    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByText('Could not save /data/view-state.json: ENOSPC')).toBeTruthy();
  });

  it('shows the English message of an error without a key, or with one this build does not know', async () => {
    const i18n = await createRendererI18n('zh-CN');
    render(
      <I18nextProvider i18n={i18n}>
        <ErrorBanner />
      </I18nextProvider>,
    );
    act(() => useAppStore.getState().reportError(new Error('disk gone')));
    act(() => useAppStore.getState().reportError({ message: 'Something new failed.', i18n: { key: 'from.a.newer.build', params: {} } }));
    expect(screen.getByText('disk gone')).toBeTruthy();
    expect(screen.getByText('Something new failed.')).toBeTruthy();
  });
});
