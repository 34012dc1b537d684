import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { buildManifestBundle } from '../../shared/manifests/manifest-bundle';
import { validateManifestBundle } from '../../shared/manifests/validate-manifest-bundle';
import type { CatalogueSnapshot } from '../../shared/ipc/contract';
import { parsePlanFile } from '../../shared/plan/plan-file';
import { createEmptyPlan } from '../../shared/plan/plan-schema';
import { fullPlanFixture as fullPlan } from '../../tests/fixtures/plans/full-plan';
import { dispatch } from './dispatch';
import { createExportHandlers, createPlanExportRenderer, planExportFileName } from './export-handlers';
import { createHandlers } from './handlers';

const scratch = await mkdtemp(join(tmpdir(), 'kube-planner-export-test-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

const catalogue = async () => ({ entries: [{ id: 'rancher', name: 'Rancher' }] }) as unknown as CatalogueSnapshot;
const decode = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');

describe('planExportFileName', () => {
  it('names the file after the title, keeping Chinese and dropping anything path-like', () => {
    const plan = { ...createEmptyPlan({ id: 'p', title: '../支付 平台: v2', now: new Date() }) };
    expect(planExportFileName(plan, 'md', 'zh-CN')).toBe('支付-平台-v2.zh-CN.md');
    expect(planExportFileName(plan, 'json', 'en')).toBe('支付-平台-v2.kplan.json');
    expect(planExportFileName({ ...plan, title: '///' }, 'pdf', 'en')).toBe('kube-planner-plan.en.pdf');
  });
});

describe('exportPlan', () => {
  it('returns the file to download when there is no save dialog (browser host, CLI)', async () => {
    const handlers = createExportHandlers({ render: createPlanExportRenderer({ renderPdf: undefined, catalogue }) });
    const result = await handlers.exportPlan({ plan: fullPlan(), format: 'md', language: 'en' });
    expect(result.saved).toBe(false);
    expect(result.download?.fileName).toBe('payments-platform-支付平台-kubernetes-rollout.en.md');
    expect(result.download?.mimeType).toBe('text/markdown;charset=utf-8');
    // Names come from the catalogue main holds.
    expect(decode(result.download!.base64)).toContain('Chosen option: Rancher.');
  });

  it('exports JSON that imports back to the identical plan', async () => {
    const handlers = createExportHandlers({ render: createPlanExportRenderer({ renderPdf: undefined, catalogue }) });
    const plan = fullPlan();
    const result = await handlers.exportPlan({ plan, format: 'json', language: 'zh-CN' });
    expect(parsePlanFile(decode(result.download!.base64))).toEqual(plan);
  });

  it('writes the file where the user chose in the save dialog, or nothing when they cancel', async () => {
    const path = join(scratch, 'chosen.html');
    const chooseSavePath = vi.fn().mockResolvedValueOnce(path).mockResolvedValueOnce(undefined);
    const handlers = createExportHandlers({ render: createPlanExportRenderer({ renderPdf: undefined, catalogue }), chooseSavePath });
    await expect(handlers.exportPlan({ plan: fullPlan(), format: 'html', language: 'zh-CN' })).resolves.toEqual({ saved: true, path });
    expect(chooseSavePath).toHaveBeenCalledWith('payments-platform-支付平台-kubernetes-rollout.zh-CN.html', 'html');
    expect(await readFile(path, 'utf8')).toContain('<html lang="zh-CN">');
    await expect(handlers.exportPlan({ plan: fullPlan(), format: 'html', language: 'zh-CN' })).resolves.toEqual({ saved: false });
  });

  it('prints PDF through the transport’s renderer, from the HTML export with its running header and page numbers', async () => {
    const renderPdf = vi.fn(async () => new Uint8Array([0x25, 0x50, 0x44, 0x46]));
    const handlers = createExportHandlers({ render: createPlanExportRenderer({ renderPdf, catalogue }) });
    const result = await handlers.exportPlan({ plan: fullPlan(), format: 'pdf', language: 'en' });
    expect(decode(result.download!.base64)).toBe('%PDF');
    expect(renderPdf).toHaveBeenCalledWith(
      expect.stringContaining('<h2>Distribution decision</h2>'),
      expect.objectContaining({
        headerTemplate: expect.stringContaining('In review · version 1.2'),
        footerTemplate: expect.stringContaining('<span class="pageNumber"></span>'),
      }),
    );
  });

  it('says so, in the user’s language, when the transport cannot print PDF', async () => {
    const handlers = createHandlers({ dataDir: scratch, transport: 'web', version: '0', locale: 'en', openExternal: async () => false });
    const result = await dispatch(handlers, 'exportPlan', { plan: fullPlan(), format: 'pdf', language: 'en' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found', i18n: { key: 'export.pdfUnavailable' } } });
  });

  it('refuses a request whose plan is not a valid plan, naming the field', async () => {
    const handlers = createHandlers({ dataDir: scratch, transport: 'web', version: '0', locale: 'en', openExternal: async () => false });
    const result = await dispatch(handlers, 'exportPlan', { plan: { ...fullPlan(), title: 42 }, format: 'md', language: 'en' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(JSON.stringify(result)).toContain('title');
  });
});

describe('exportPlan as manifests', () => {
  const render = createPlanExportRenderer({ renderPdf: undefined, catalogue });

  it('exports the topology’s manifests, each of which passes the Kubernetes schemas', async () => {
    const handlers = createExportHandlers({ render });
    const result = await handlers.exportPlan({ plan: fullPlan(), format: 'yaml', language: 'en' });
    expect(result.download?.fileName).toBe('payments-platform-支付平台-kubernetes-rollout-manifests.yaml');
    const documents = parseAllDocuments(decode(result.download!.base64)).map((document) => document.toJS() as { kind: string; metadata?: { name: string } });
    expect(documents.filter((document) => document.kind === 'Namespace').map((document) => document.metadata?.name)).toEqual(['payments', 'checkout', 'monitoring']);
    expect(validateManifestBundle(buildManifestBundle(fullPlan())).problems).toEqual([]);
  });

  it('exports only the trial-cluster config before the topology is planned: no namespace is made up', async () => {
    const handlers = createExportHandlers({ render });
    const plan = createEmptyPlan({ id: 'empty', title: 'x', now: new Date() });
    const result = await handlers.exportPlan({ plan, format: 'yaml', language: 'en' });
    const kinds = parseAllDocuments(decode(result.download!.base64)).map((document) => (document.toJS() as { kind: string }).kind);
    expect(kinds).not.toContain('Namespace');
    expect(kinds).not.toContain('ResourceQuota');
  });
});
