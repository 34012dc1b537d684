import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { KubePlannerApi } from '../../../shared/ipc/contract';
import { ok } from '../../../shared/ipc/result';
import { createHttpApi } from '../../app/http-api';
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
  entry({
    id: 'calico',
    name: 'Calico',
    organization: 'Tigera',
    seedSection: 'infrastructure',
    tags: ['networking', 'security'],
    homepage: 'https://www.tigera.io/project-calico/',
    repository: 'https://github.com/projectcalico/calico',
    description: { en: 'Networking and network policy, "L3"', zh: '网络与网络策略' },
    status: { state: 'active', sources: [{ kind: 'web', url: 'https://github.com/projectcalico/calico', asOf: 2026 }] },
  }),
  entry({
    id: 'weave',
    name: 'Weave Net',
    seedSection: 'infrastructure',
    landscapeDescription: 'A container network',
    sources: [
      { kind: 'seed', section: 'infrastructure', seedName: 'Weave' },
      { kind: 'cncf-landscape', category: 'Runtime', subcategory: 'Cloud Native Network', file: 'landscape.yml' },
    ],
  }),
]);

describe('catalogueExport', () => {
  it('starts every CSV row with the identity of the entry, then the visible data columns in view order, without the star column', () => {
    const csv = catalogueExport('csv', ['star', 'tags', 'name', 'organization', 'sources'], rows, t);
    const [header, first, second, end] = csv.replace(/^\uFEFF/u, '').split('\r\n');
    expect(header).toBe('ID,Name,Organization,Homepage,Repository,Description (English),Description (Chinese),Sources,Tags,Listed in');
    expect(first).toBe(
      'calico,Calico,Tigera,https://www.tigera.io/project-calico/,https://github.com/projectcalico/calico,"Networking and network policy, ""L3""",网络与网络策略,seed:infrastructure:Calico,networking; security,seed',
    );
    expect(second).toBe('weave,Weave Net,,,,A container network,,seed:infrastructure:Weave; cncf-landscape:Runtime/Cloud Native Network,,both');
    expect(end).toBe('');
  });

  it('writes the same CSV values in either UI language: only the header row is translated', () => {
    const columns = ['name', 'tags', 'seedSection', 'status'];
    const [enHeader, ...enRecords] = catalogueExport('csv', columns, rows, t).split('\r\n');
    const [zhHeader, ...zhRecords] = catalogueExport('csv', columns, rows, zh).split('\r\n');
    expect(zhRecords).toEqual(enRecords);
    expect(zhHeader).not.toBe(enHeader);
    expect(zhHeader).toContain('名称');
    expect(enRecords[0]).toContain(',networking; security,infrastructure,active');
  });

  it('keys JSON by id with language-neutral values: ids, both languages of a description, the sources as data', () => {
    const columns = ['name', 'tags', 'organization', 'seedSection', 'status'];
    const json = JSON.parse(catalogueExport('json', columns, rows, zh));
    expect(catalogueExport('json', columns, rows, t)).toBe(catalogueExport('json', columns, rows, zh));
    expect(json[0]).toEqual({
      id: 'calico',
      name: 'Calico',
      organization: 'Tigera',
      homepage: 'https://www.tigera.io/project-calico/',
      repository: 'https://github.com/projectcalico/calico',
      description: { en: 'Networking and network policy, "L3"', zh: '网络与网络策略' },
      sources: [{ kind: 'seed', section: 'infrastructure', seedName: 'Calico' }],
      tags: ['networking', 'security'],
      seedSection: 'infrastructure',
      status: { state: 'active', sources: [{ kind: 'web', url: 'https://github.com/projectcalico/calico', asOf: 2026 }] },
    });
    expect(Object.keys(json[1])).toEqual(['id', 'name', 'organization', 'homepage', 'repository', 'description', 'sources', 'tags', 'seedSection', 'status']);
    expect(json[1]).toMatchObject({ organization: null, homepage: null, description: { en: 'A container network' }, tags: [], status: null });
  });
});

describe('saving an export', () => {
  it('names the file after the day', () => {
    expect(exportFileName('csv', new Date(2026, 7, 7, 23, 59))).toBe('kube-planner-catalogue-2026-08-07.csv');
  });

  it('uses the native save dialog in Electron', async () => {
    const saveExportFile = vi.fn(async () => ok({ saved: true, path: '/home/me/view.csv' }));
    const api = { saveExportFile } as unknown as KubePlannerApi;
    await expect(saveExport(api, 'csv', 'a,b', new Date(2026, 0, 2))).resolves.toEqual({ saved: true, path: '/home/me/view.csv' });
    expect(saveExportFile).toHaveBeenCalledWith({ suggestedName: 'kube-planner-catalogue-2026-01-02.csv', format: 'csv', content: 'a,b' });
  });

  it('downloads through the browser with the browser’s client', async () => {
    const fetchImpl = vi.fn<typeof fetch>();
    const api = createHttpApi('token', fetchImpl);
    URL.createObjectURL = vi.fn(() => 'blob:view');
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('kube-planner-catalogue-2026-01-02.json');
      expect(this.href).toBe('blob:view');
    });
    await expect(saveExport(api, 'json', '[]', new Date(2026, 0, 2))).resolves.toEqual({ saved: true });
    expect(click).toHaveBeenCalledOnce();
    expect(vi.mocked(URL.createObjectURL).mock.calls[0]?.[0]).toMatchObject({ type: 'application/json;charset=utf-8' });
    expect(fetchImpl).not.toHaveBeenCalled();
  });
});
