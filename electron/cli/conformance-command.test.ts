import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { conformanceImportReportSchema } from '../../shared/conformance/conformance-schema';
import { cliOnScratchFolder } from './cli-test-support';

const fixture = new URL('../../tests/fixtures/k8s-conformance', import.meta.url).pathname;
const collectedV135 = new URL('../../../shared/data/k8s-conformance/v1.35', import.meta.url).pathname;

const { dataDir, run } = await cliOnScratchFolder('kube-planner-conformance-');

describe('catalogue import-conformance', () => {
  it('imports the fixture folder, reports counts per version and type and the damaged files, and shows the certifications in the catalogue', async () => {
    const { code, stdout } = await run(['catalogue', 'import-conformance', fixture, '--json']);
    expect(code).toBe(0);
    const report = conformanceImportReportSchema.parse(JSON.parse(stdout));
    expect(report.perVersion).toEqual([
      { version: 'v1.35', products: 2 },
      { version: 'v1.34', products: 1 },
      { version: 'v1.33', products: 1 },
    ]);
    expect(report.perType).toEqual({ distribution: 1, hosted: 1, installer: 1, unclassified: 0 });
    expect(report.damaged.map((file) => file.path)).toEqual([
      'k8s-conformance/v1.35/broken/PRODUCT.yaml',
      'k8s-conformance/v1.35/nameless/PRODUCT.yaml',
    ]);

    const catalogue = JSON.parse((await run(['catalogue', '--json'])).stdout) as { entries: { name: string; certification?: unknown }[] };
    const acme = catalogue.entries.find((entry) => entry.name === 'Acme Kubernetes');
    expect(acme?.certification).toMatchObject({ type: 'distribution', versions: ['v1.33', 'v1.35'], latest: 'v1.35', lag: 0 });
    const tooly = catalogue.entries.find((entry) => entry.name === 'tooly');
    expect(tooly?.certification).toMatchObject({ latest: 'v1.34', lag: 1 });
    // The import replaces the bundled data: a product only the bundled data knows is no longer certified.
    expect(catalogue.entries.some((entry) => entry.name === 'Talos Linux' && entry.certification)).toBe(false);
  });

  it('prints the report in Chinese with full-width colons', async () => {
    const { stdout } = await run(['catalogue', 'import-conformance', fixture, '--lang', 'zh-CN']);
    expect(stdout).toContain('各 Kubernetes 版本的产品数：');
    expect(stdout).toContain('k8s-conformance/v1.35/broken/PRODUCT.yaml: 不是有效的 YAML');
  });

  it('reads a zip the same way', async () => {
    const zipPath = join(dataDir, 'k8s-conformance-master.zip');
    const entries: Record<string, Uint8Array> = {};
    for (const path of ['v1.34/tooly/PRODUCT.yaml', 'v1.35/cloudy/PRODUCT.yaml']) {
      entries[`k8s-conformance-master/${path}`] = new Uint8Array(await readFile(join(fixture, path)));
    }
    entries['k8s-conformance-master/README.md'] = new TextEncoder().encode('readme');
    await writeFile(zipPath, zipSync(entries));
    const report = conformanceImportReportSchema.parse(JSON.parse((await run(['catalogue', 'import-conformance', zipPath, '--json'])).stdout));
    expect(report.source).toBe('k8s-conformance-master.zip');
    expect(report.products).toBe(2);
    expect(report.ignoredFiles).toBe(1);
  });

  it('refuses a folder without product files and a file that is not a zip, naming them', async () => {
    const empty = await mkdtemp(join(dataDir, 'empty-'));
    await writeFile(join(empty, 'notes.txt'), 'nothing here');
    const refused = await run(['catalogue', 'import-conformance', empty]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/none of its 1 files is a vX\.Y\/<folder>\/PRODUCT\.yaml/u);
    const notZip = join(dataDir, 'notes.zip');
    await writeFile(notZip, 'plain text');
    expect((await run(['catalogue', 'import-conformance', notZip])).stderr).toMatch(/notes\.zip is not a zip file/u);
  });

  it.skipIf(!existsSync(collectedV135))('imports the collected v1.35 folder (skipped: ../shared/data/k8s-conformance/v1.35 is absent)', async () => {
    const report = conformanceImportReportSchema.parse(JSON.parse((await run(['catalogue', 'import-conformance', collectedV135, '--json'])).stdout));
    expect(report.productFiles).toBe(121);
    expect(report.perVersion).toEqual([{ version: 'v1.35', products: report.products }]);
    expect(report.damaged.map((file) => file.path)).toEqual(['v1.35/ocne/PRODUCT.yaml']);
  });
});
