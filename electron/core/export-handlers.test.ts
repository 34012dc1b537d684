import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { parseAllDocuments } from 'yaml';
import { exportFormatOfFileName, exportFormats, planExportFormatIds } from '../../shared/export/export-formats';
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
  it.each(planExportFormatIds)('renders %s as a file whose name and type its registered format agrees with', async (format) => {
    const renderPdf = async () => new Uint8Array([0x25, 0x50, 0x44, 0x46]);
    const handlers = createExportHandlers({ render: createPlanExportRenderer({ renderPdf, catalogue }) });
    const { download } = await handlers.exportPlan({ plan: fullPlan(), format, language: 'en', clusterConfig: 'kind' });
    const fileFormat = exportFormatOfFileName(download!.fileName);
    // Manifests for two readers (kubectl and kind) come as one zip.
    expect(fileFormat).toBe(format === 'yaml' ? 'zip' : format);
    expect(download?.mimeType).toBe(exportFormats[fileFormat!].mimeType);
  });

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
  const base = 'payments-platform-支付平台-kubernetes-rollout';

  it('writes one file per reader, zipped for a download, each passing the schemas', async () => {
    const handlers = createExportHandlers({ render });
    const result = await handlers.exportPlan({ plan: fullPlan(), format: 'yaml', language: 'en', clusterConfig: 'both' });
    expect(result.download).toMatchObject({ fileName: `${base}-manifests.zip`, mimeType: 'application/zip' });
    const zipped = unzipSync(Buffer.from(result.download!.base64, 'base64'));
    expect(Object.keys(zipped)).toEqual([`${base}.k8s.yaml`, `${base}.kind.yaml`, `${base}.kubeadm.yaml`]);
    expect(result.files?.map((file) => file.fileName)).toEqual(Object.keys(zipped));
    const k8s = parseAllDocuments(strFromU8(zipped[`${base}.k8s.yaml`]!)).map((document) => document.toJS() as { kind: string; metadata?: { name: string } });
    expect(k8s.filter((document) => document.kind === 'Namespace').map((document) => document.metadata?.name)).toEqual(['payments', 'checkout', 'monitoring']);
    expect(k8s.map((document) => document.kind)).not.toContain('Cluster');
    expect(parseAllDocuments(strFromU8(zipped[`${base}.kubeadm.yaml`]!)).map((document) => (document.toJS() as { kind: string }).kind)).toEqual([
      'InitConfiguration',
      'ClusterConfiguration',
    ]);
    expect(result.notes?.map((note) => note.code)).toContain('production-k8s');
    expect(validateManifestBundle(buildManifestBundle(fullPlan(), { clusterConfig: 'both' })).problems).toEqual([]);
  });

  it('downloads a single file as it is when only the .k8s.yaml is asked for', async () => {
    const result = await createExportHandlers({ render }).exportPlan({ plan: fullPlan(), format: 'yaml', language: 'en', clusterConfig: 'none' });
    expect(result.download).toMatchObject({ fileName: `${base}.k8s.yaml`, mimeType: 'application/yaml;charset=utf-8' });
    expect(result.files).toBeUndefined();
    expect(decode(result.download!.base64)).toMatch(/^# Kube Planner: /u);
  });

  it('exports only the kind config before the topology is planned: no namespace is made up', async () => {
    const plan = createEmptyPlan({ id: 'empty', title: 'x', now: new Date() });
    const result = await createExportHandlers({ render }).exportPlan({ plan, format: 'yaml', language: 'en' });
    expect(result.download?.fileName).toBe('x.kind.yaml');
    expect(parseAllDocuments(decode(result.download!.base64)).map((document) => (document.toJS() as { kind: string }).kind)).toEqual(['Cluster']);
    expect(result.notes?.map((note) => note.code)).toContain('no-topology');
  });

  it('refuses a plan whose pod and service networks overlap, naming both', async () => {
    const plan = { ...fullPlan(), cluster: { ...fullPlan().cluster, podSubnet: '10.96.0.0/12' } };
    const result = await dispatch(createExportHandlers({ render }) as never, 'exportPlan', { plan, format: 'yaml', language: 'en' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', i18n: { key: 'export.invalidNetwork' } } });
    expect(JSON.stringify(result)).toContain('10.96.0.0/16');
  });
});
