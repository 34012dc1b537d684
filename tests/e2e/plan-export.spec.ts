import { execFile } from 'node:child_process';
import { access, readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { LimitRange } from 'kubernetes-models/v1/LimitRange';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { ResourceQuota } from 'kubernetes-models/v1/ResourceQuota';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { parseAllDocuments } from 'yaml';
import type { Language, PlanExportFormat } from '../../shared/ipc/contract';
import { parsePlanFile } from '../../shared/plan/plan-file';
import { seriousAccessibilityViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';
import { FULL_PLAN_PATH, fullPlanFixture } from '../fixtures/plans/full-plan';

const PDFTOTEXT = '/usr/bin/pdftotext';
const hasPdftotext = await access(PDFTOTEXT).then(
  () => true,
  () => false,
);

const words = {
  en: {
    nav: 'Plan',
    exportTab: 'Export',
    format: 'Format',
    language: 'Document language',
    clusterConfig: 'Cluster config',
    exportButton: /^Export /u,
    headings: ['Distribution decision', 'Production-readiness audit', 'Decision log'],
  },
  'zh-CN': {
    nav: '部署方案',
    exportTab: '导出',
    format: '格式',
    language: '文档语言',
    clusterConfig: '集群配置',
    exportButton: /^导出 /u,
    headings: ['发行版决策', '生产就绪审计', '决策记录'],
  },
} as const;

/** Validators for the Kubernetes objects the bundle holds, from the API's own OpenAPI schemas. */
const kubernetesModels: Record<string, new (data: never) => { validate(): void }> = {
  Namespace,
  ResourceQuota,
  LimitRange,
  NetworkPolicy,
  PodDisruptionBudget,
};

/** Opens the fixture plan through the plan page's own "Open file…" and shows the export tab. */
async function openFixtureForExport(page: Page, uiLanguage: Language): Promise<void> {
  const ui = words[uiLanguage];
  await page.getByRole('button', { name: ui.nav, exact: true }).click();
  await page.locator('.plan-file-actions input[type="file"]').setInputFiles(FULL_PLAN_PATH);
  await expect(page.getByText(fullPlanFixture().title).first()).toBeVisible();
  await page.getByRole('tab', { name: ui.exportTab }).click();
}

/** Exports through the panel and returns the downloaded file's path. */
async function exportAs(page: Page, uiLanguage: Language, format: PlanExportFormat, language: Language): Promise<string> {
  const ui = words[uiLanguage];
  await page.getByLabel(ui.format, { exact: true }).selectOption(format);
  await page.getByLabel(ui.language, { exact: true }).selectOption(language);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: ui.exportButton }).click()]);
  return download.path();
}

const exportText = async (...args: Parameters<typeof exportAs>) => readFile(await exportAs(...args), 'utf8');

async function pdfText(path: string): Promise<string> {
  return (await promisify(execFile)(PDFTOTEXT, ['-enc', 'UTF-8', path, '-'])).stdout;
}

for (const uiLanguage of ['en', 'zh-CN'] as const) {
  test.describe(`plan export (UI in ${uiLanguage})`, () => {
    test.use({ hostLocale: uiLanguage === 'en' ? 'en-US' : 'zh-CN' });

    test('previews the document and exports every format in both languages', async ({ page, host }) => {
      test.setTimeout(180_000);
      await page.goto(host.url);
      await openFixtureForExport(page, uiLanguage);
      const fixture = fullPlanFixture();

      for (const language of ['en', 'zh-CN'] as const) {
        const headings = words[language].headings;

        const markdown = await exportText(page, uiLanguage, 'md', language);
        for (const heading of headings) expect(markdown).toContain(`## ${heading}`);
        await expect(page.locator('.export-preview-text')).toContainText(`## ${headings[0]}`);

        const html = await exportText(page, uiLanguage, 'html', language);
        expect(html).toContain(`<html lang="${language}">`);
        for (const heading of headings) expect(html).toContain(`<h2>${heading}</h2>`);
        expect(html).not.toContain('<script');
        await expect(page.getByRole('region', { name: uiLanguage === 'en' ? 'Preview' : '预览' }).getByRole('heading', { name: headings[0] })).toBeVisible();

        const pdf = await exportAs(page, uiLanguage, 'pdf', language);
        expect((await readFile(pdf)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
        if (hasPdftotext) {
          const text = await pdfText(pdf);
          for (const heading of headings) expect(text).toContain(heading);
        }

        const json = await exportText(page, uiLanguage, 'json', language);
        const { id: _id, createdAt: _created, updatedAt: _updated, ...exported } = parsePlanFile(json);
        const { id: _fixtureId, createdAt: _fixtureCreated, updatedAt: _fixtureUpdated, ...expected } = fixture;
        expect(exported).toEqual(expected);

        // Only the .k8s.yaml, so the download is that one file (with a cluster config it is a zip).
        await page.getByLabel(words[uiLanguage].format, { exact: true }).selectOption('yaml');
        await page.getByLabel(words[uiLanguage].clusterConfig, { exact: true }).selectOption('none');
        const yaml = await exportText(page, uiLanguage, 'yaml', language);
        expect(yaml).toMatch(/^# Kube Planner: /u);
        const objects = parseAllDocuments(yaml).map((document) => document.toJS() as { kind: string; metadata?: { name?: string } });
        expect(objects.map((object) => object.kind)).not.toContain('Cluster');
        expect(objects.filter((object) => object.kind === 'Namespace').map((object) => object.metadata?.name)).toEqual(
          fixture.topology?.namespaces.map((namespace) => namespace.name),
        );
        for (const object of objects) {
          const Model = kubernetesModels[object.kind];
          if (Model) expect(() => new Model(object as never).validate(), `${object.kind} ${object.metadata?.name}`).not.toThrow();
        }
      }
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    });
  });
}
