import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { classifyConformanceType, conformanceDatasetSchema, conformanceImportReportSchema } from './conformance-schema';
import { productFileLocation } from './product-file-location';
import { type ConformanceFile, parseProductFile, readConformanceFiles } from './read-conformance-files';
import { readConformanceZip } from './read-conformance-zip';
import { UserError } from '../user-error';

const fixtureRoot = new URL('../../tests/fixtures/k8s-conformance', import.meta.url).pathname;

/** Every file under `folder`, its path relative to `base`, as the folder import gives them. */
function filesUnder(folder: string, base: string): ConformanceFile[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return filesUnder(path, base);
    return [{ path: relative(base, path), text: readFileSync(path, 'utf8') }];
  });
}

describe('where a product file sits', () => {
  it('reads vX.Y/<folder>/PRODUCT.yaml at any depth, with any folder name, and nothing else', () => {
    expect(productFileLocation('v1.35/k3s/PRODUCT.yaml')).toEqual({ version: 'v1.35', slug: 'k3s' });
    expect(productFileLocation('k8s-conformance-master/v1.29/Taikun CloudWorks/PRODUCT.yaml')).toEqual({
      version: 'v1.29',
      slug: 'Taikun CloudWorks',
    });
    expect(productFileLocation('v1.35\\rancher\\PRODUCT.yaml')).toEqual({ version: 'v1.35', slug: 'rancher' });
    expect(productFileLocation('v1.35/k3s/e2e.log')).toBeUndefined();
    expect(productFileLocation('v1.35/PRODUCT.yaml')).toBeUndefined();
    expect(productFileLocation('v1.35/k3s/extra/PRODUCT.yaml')).toBeUndefined();
    expect(productFileLocation('docs/k3s/PRODUCT.yaml')).toBeUndefined();
  });
});

describe('the free-text type', () => {
  it.each([
    ['distribution', 'distribution'],
    ['Distribution', 'distribution'],
    ['distro', 'distribution'],
    ['container platform', 'distribution'],
    ['hosted', 'hosted'],
    ['hosted platform', 'hosted'],
    ['"Hosted"', 'hosted'],
    ['installer', 'installer'],
    ['Certified Kubernetes - Installer', 'installer'],
  ])('%s is %s', (declared, type) => {
    expect(classifyConformanceType(declared)).toBe(type);
  });

  it('leaves a bare "platform" unclassified: the files use it for hosted services and distributions alike', () => {
    expect(classifyConformanceType('platform')).toBeUndefined();
  });
});

describe('one PRODUCT.yaml', () => {
  it('keeps the facts and never the description or the contact address', () => {
    const parsed = parseProductFile(
      'vendor: V\nname: N\nversion: 1.2\ntype: hosted\nwebsite_url: https://n.example\ndescription: theirs\ncontact_email_address: a@b.example\n',
    );
    expect(parsed).toEqual({ ok: true, facts: { vendor: 'V', name: 'N', productVersion: '1.2', declaredType: 'hosted', website: 'https://n.example' } });
  });

  it('drops a link that is not http(s)', () => {
    const parsed = parseProductFile('vendor: V\nname: N\ndocumentation_url: javascript:alert(1)\nrepo_url: ftp://x.example\n');
    expect(parsed).toEqual({ ok: true, facts: { vendor: 'V', name: 'N' } });
  });

  it.each([
    ["name: 'open quote\n", 'not-yaml'],
    ['- a list\n', 'not-mapping'],
    ['vendor: V\n', 'missing-name'],
    ['name: N\n', 'missing-vendor'],
    [`name: N\nvendor: V\ndescription: ${'x'.repeat(70_000)}\n`, 'too-large'],
  ])('reports %j as %s', (text, reason) => {
    expect(parseProductFile(text)).toMatchObject({ ok: false, reason });
  });
});

describe('importing the committed fixture', () => {
  const files = filesUnder(fixtureRoot, join(fixtureRoot, '..'));

  it('adds each product once with every version, type and link, and counts per version and type', () => {
    const { dataset, report } = readConformanceFiles(files, 'k8s-conformance');
    conformanceDatasetSchema.parse(dataset);
    conformanceImportReportSchema.parse(report);
    const byName = new Map(dataset.products.map((product) => [product.name, product]));
    expect([...byName.keys()].sort()).toEqual(['Acme Kubernetes', 'Cloudy Kubernetes Service (CKS)', 'tooly']);
    expect(byName.get('Acme Kubernetes')).toMatchObject({
      vendor: 'Acme Inc.',
      productVersion: 'v1.35.0',
      type: 'distribution',
      declaredTypes: ['distribution', 'Distribution'],
      versions: ['v1.33', 'v1.35'],
      website: 'https://acme.example/k8s',
      repository: 'https://github.com/acme/k8s',
      documentation: 'https://docs.acme.example',
    });
    expect(byName.get('Cloudy Kubernetes Service (CKS)')).toMatchObject({ type: 'hosted', productVersion: '2026.1', versions: ['v1.35'] });
    expect(byName.get('Cloudy Kubernetes Service (CKS)')?.documentation).toBeUndefined();
    expect(byName.get('tooly')).toMatchObject({ type: 'installer', versions: ['v1.34'] });
    expect(report.perVersion).toEqual([
      { version: 'v1.35', products: 2 },
      { version: 'v1.34', products: 1 },
      { version: 'v1.33', products: 1 },
    ]);
    expect(report.perType).toEqual({ distribution: 1, hosted: 1, installer: 1, unclassified: 0 });
    expect(report.productFiles).toBe(6);
    expect(report.ignoredFiles).toBe(2);
  });

  it('reports each damaged file by its path and skips it', () => {
    const { report } = readConformanceFiles(files, 'k8s-conformance');
    expect(report.damaged.map(({ path, reason }) => ({ path, reason }))).toEqual([
      { path: 'k8s-conformance/v1.35/broken/PRODUCT.yaml', reason: 'not-yaml' },
      { path: 'k8s-conformance/v1.35/nameless/PRODUCT.yaml', reason: 'missing-name' },
    ]);
    expect(report.damaged[0]?.detail).toMatch(/^k8s-conformance\/v1\.35\/broken\/PRODUCT\.yaml: not valid YAML/u);
  });

  it('imports one version folder on its own', () => {
    const version = join(fixtureRoot, 'v1.34');
    const { dataset, report } = readConformanceFiles(filesUnder(version, join(version, '..')), 'v1.34');
    expect(dataset.versions).toEqual(['v1.34']);
    expect(dataset.products.map((product) => product.name)).toEqual(['tooly']);
    expect(report.perVersion).toEqual([{ version: 'v1.34', products: 1 }]);
  });

  it('refuses a folder that holds no product file, saying how many files it looked at', () => {
    expect(() => readConformanceFiles([{ path: 'notes/README.md', text: '' }], 'notes', 3)).toThrow(
      expect.objectContaining({ key: 'conformance.noProductFiles', params: { source: 'notes', count: 4 } }),
    );
  });

  it('reads the same from a zip as from the folder, unpacking only product files', () => {
    const entries = Object.fromEntries(files.map((file) => [file.path, new TextEncoder().encode(file.text)]));
    const { files: unzipped, ignoredFiles } = readConformanceZip(zipSync(entries), 'k8s-conformance.zip');
    expect(ignoredFiles).toBe(2);
    expect(unzipped.map((file) => file.path).sort()).toEqual(files.filter((file) => productFileLocation(file.path)).map((file) => file.path).sort());
    const fromZip = readConformanceFiles(unzipped, 'k8s-conformance.zip', ignoredFiles);
    const fromFolder = readConformanceFiles(files, 'k8s-conformance.zip');
    expect(fromZip.dataset.products).toEqual(fromFolder.dataset.products);
    expect(fromZip.report).toEqual(fromFolder.report);
  });

  it('refuses bytes that are not a zip', () => {
    let refusal: unknown;
    try {
      readConformanceZip(new TextEncoder().encode('vendor: not a zip'), 'vendor.zip');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(UserError);
    expect(refusal).toMatchObject({ code: 'invalid-file', key: 'conformance.notZip', params: { source: 'vendor.zip' } });
    expect((refusal as UserError).params.reason).not.toBe('');
  });
});

const collectedV135 = new URL('../../../shared/data/k8s-conformance/v1.35', import.meta.url).pathname;

describe.skipIf(!existsSync(collectedV135))('importing the collected v1.35 folder (skipped: ../shared/data/k8s-conformance/v1.35 is absent)', () => {
  it('adds every product of its 121 PRODUCT.yaml files but the damaged one, all certified for v1.35', () => {
    const { dataset, report } = readConformanceFiles(filesUnder(collectedV135, join(collectedV135, '..')), 'v1.35');
    expect(report.productFiles).toBe(121);
    expect(report.damaged.map((file) => file.path)).toEqual(['v1.35/ocne/PRODUCT.yaml']);
    expect(dataset.products.every((product) => product.versions.join() === 'v1.35')).toBe(true);
    expect(report.perVersion).toEqual([{ version: 'v1.35', products: dataset.products.length }]);
    const { distribution, hosted, installer, unclassified } = report.perType;
    expect(distribution + hosted + installer + unclassified).toBe(dataset.products.length);
    const talos = dataset.products.find((product) => product.name === 'Talos Linux');
    expect(talos).toMatchObject({ vendor: 'Sidero Labs', type: 'installer' });
  });
});
