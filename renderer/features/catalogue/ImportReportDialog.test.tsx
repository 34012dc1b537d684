import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../shared/ipc/contract';
import { createRendererI18n } from '../../app/i18n';
import { useAppStore } from '../../app/store';
import { ImportReportDialog } from './ImportReportDialog';

const report: ImportReport = {
  fileName: 'landscape.yml',
  totalItems: 5,
  added: ['Cilium'],
  merged: [],
  repeated: [],
  skipped: [
    {
      reason: 'missing-name',
      category: 'Runtime',
      subcategory: 'Cloud Native Network',
      line: 8,
      detail: 'An item in Runtime / Cloud Native Network (line 8) has no name.',
    },
    {
      reason: 'duplicate',
      name: 'DeepFlow',
      category: 'Observability and Analysis',
      subcategory: 'Observability',
      line: 40,
      detail: 'DeepFlow in Observability and Analysis / Observability (line 40) has the name of DeepFlow in … but a different homepage; only the first was imported.',
    },
  ],
  warnings: [
    { kind: 'unknown-maturity', name: 'Cilium', line: 12, detail: 'Cilium: the project maturity "mature" is not one of …; it was left out.' },
    { kind: 'invalid-url', name: 'Foo', detail: 'Foo: the homepage "ftp://foo" is not a web address; it was left out.' },
  ],
};

async function renderIn(language: 'en' | 'zh-CN') {
  const i18n = await createRendererI18n(language);
  useAppStore.setState({ language });
  render(
    <I18nextProvider i18n={i18n}>
      <ImportReportDialog report={report} builtInName={(id) => id} onClose={() => undefined} />
    </I18nextProvider>,
  );
  const section = (id: string) => document.querySelector<HTMLElement>(`[data-section="${id}"]`)!;
  return { skipped: within(section('skipped')), warnings: within(section('warnings')) };
}

describe('ImportReportDialog', () => {
  it('says why each listing was skipped, and each warning, in Chinese from the structured fields', async () => {
    const { skipped, warnings } = await renderIn('zh-CN');
    expect(skipped.getByText('有一个条目没有名称，位于 Runtime › Cloud Native Network（第 8 行）。')).toBeTruthy();
    expect(
      skipped.getByText(
        'DeepFlow 与之前列出的产品同名，但主页或代码仓库不同，只导入了先列出的那一个；跳过的这一条位于 Observability and Analysis › Observability（第 40 行）。',
      ),
    ).toBeTruthy();
    expect(warnings.getByText('Cilium（第 12 行）：项目成熟度不是 sandbox、incubating、graduated、archived 之一，已略去。')).toBeTruthy();
    expect(warnings.getByText('Foo：主页或代码仓库地址不是网址，已略去。')).toBeTruthy();
    expect(screen.queryByText(/has no name|left out/u)).toBeNull();
  });

  it('says the same in English', async () => {
    const { skipped, warnings } = await renderIn('en');
    expect(skipped.getByText('An item in Runtime › Cloud Native Network (line 8) has no name.')).toBeTruthy();
    expect(warnings.getByText('Foo: the homepage or repository is not a web address; it was left out.')).toBeTruthy();
  });
});
