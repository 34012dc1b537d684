import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { KubePlannerApi } from '../../../shared/ipc/contract';
import { ok } from '../../../shared/ipc/result';
import type { Translate } from './catalogue-fields';
import { catalogueExport, exportFileName, saveExport } from './catalogue-export';
import { toCatalogueRows } from './catalogue-rows';
import { catalogueT, entry } from './catalogue-test-support';

let t: Translate;
let zh: Translate;
beforeAll(async () => {
  t = await catalogueT('en');
  zh = await catalogueT('zh-CN');
});
afterEach(() => vi.restoreAllMocks());

const rows = toCatalogueRows([
  entry({ id: 'calico', name: 'Calico', organization: 'Tigera', seedSection: 'infrastructure', tags: ['networking', 'security'] }),
  entry({ id: 'weave', name: 'Weave Net', seedSection: 'infrastructure' }),
]);

describe('catalogueExport', () => {
  it('writes the visible data columns in view order, with the UI language’s headers, and no star column', () => {
    const csv = catalogueExport('csv', ['star', 'tags', 'name', 'organization'], rows, t);
    const [header, first, second, end] = csv.replace(/^\uFEFF/u, '').split('\r\n');
    expect(header).toBe('Tags,Name,Organization');
    expect(first).toBe('Networking; Security,Calico,Tigera');
    expect(second).toBe(',Weave Net,');
    expect(end).toBe('');
  });

  it('keys JSON by column id, with lists as lists and empty cells as null', () => {
    const json = JSON.parse(catalogueExport('json', ['name', 'tags', 'organization', 'seedSection'], rows, zh));
    expect(json).toEqual([
      { name: 'Calico', tags: ['网络', '安全'], organization: 'Tigera', seedSection: '基础设施' },
      { name: 'Weave Net', tags: [], organization: null, seedSection: '基础设施' },
    ]);
  });
});

describe('saving an export', () => {
  it('names the file after the day', () => {
    expect(exportFileName('csv', new Date(2026, 7, 7, 23, 59))).toBe('kube-planner-catalogue-2026-08-07.csv');
  });

  it('uses the native save dialog in Electron', async () => {
    const saveExportFile = vi.fn(async () => ok({ saved: true, path: '/home/me/view.csv' }));
    const api = {
      getAppInfo: async () => ok({ version: '1', locale: 'en', transport: 'electron' as const }),
      saveExportFile,
    } as unknown as KubePlannerApi;
    await expect(saveExport(api, 'csv', 'a,b', new Date(2026, 0, 2))).resolves.toEqual({ saved: true, path: '/home/me/view.csv' });
    expect(saveExportFile).toHaveBeenCalledWith({ suggestedName: 'kube-planner-catalogue-2026-01-02.csv', format: 'csv', content: 'a,b' });
  });

  it('downloads through the browser elsewhere', async () => {
    const saveExportFile = vi.fn();
    const api = {
      getAppInfo: async () => ok({ version: '1', locale: 'en', transport: 'web' as const }),
      saveExportFile,
    } as unknown as KubePlannerApi;
    URL.createObjectURL = vi.fn(() => 'blob:view');
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('kube-planner-catalogue-2026-01-02.json');
      expect(this.href).toBe('blob:view');
    });
    await expect(saveExport(api, 'json', '[]', new Date(2026, 0, 2))).resolves.toEqual({ saved: true });
    expect(click).toHaveBeenCalledOnce();
    expect(saveExportFile).not.toHaveBeenCalled();
  });
});
