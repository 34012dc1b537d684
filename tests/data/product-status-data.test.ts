import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import products from '../../data/catalogue/products.json';
import productStatus from '../../data/catalogue/product-status.json';
import networkPlugins from '../../data/choices/network-plugins.json';
import storageOptions from '../../data/choices/storage-options.json';
import { maintenanceWarnings, productStatusFileSchema, productStatusOf } from '../../shared/catalogue/product-status';

const DATA_DIR = resolve(import.meta.dirname, '../../data');
const STATUS_FILE = 'catalogue/product-status.json';

const parsed = productStatusFileSchema.safeParse(productStatus);
const catalogueIds = new Set(products.entries.map((entry) => entry.id));
const optionIds = [...networkPlugins.options, ...storageOptions.options].map((option) => option.id);

/** Chooser options whose fate no official source confirms (the page says "not known"). */
const OPTIONS_NOT_KNOWN = ['glusterfs'];

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsonFiles(path);
    return name.endsWith('.json') ? [path] : [];
  });
}

/** The paths of every `status` key in a JSON value. */
function statusKeys(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => statusKeys(item, `${path}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => [
    ...(key === 'status' ? [`${path}.${key}`] : []),
    ...statusKeys(child, `${path}.${key}`),
  ]);
}

describe('data/catalogue/product-status.json', () => {
  it('parses with its schema: one record per product, each with an official https source', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('names only products the catalogue or a chooser offers', () => {
    const known = new Set([...catalogueIds, ...optionIds]);
    const unknown = (parsed.data?.products ?? []).flatMap((record) => record.productIds).filter((id) => !known.has(id));
    expect(unknown).toEqual([]);
  });

  it('is the only place a product status is written: two places cannot disagree', () => {
    const elsewhere = jsonFiles(DATA_DIR)
      .filter((path) => relative(DATA_DIR, path) !== STATUS_FILE)
      .flatMap((path) => statusKeys(JSON.parse(readFileSync(path, 'utf8'))).map((key) => `${relative(DATA_DIR, path)}${key}`));
    expect(elsewhere).toEqual([]);
  });

  it('gives every option of the Choices page a status, except those no source settles', () => {
    const missing = optionIds.filter((id) => productStatusOf(id) === undefined);
    expect(missing).toEqual(OPTIONS_NOT_KNOWN);
  });

  it('records the fate of most of the seed’s distributions', () => {
    const distributions = products.entries.filter((entry) => entry.seedSection === 'distributions');
    const known = distributions.filter((entry) => productStatusOf(entry.id) !== undefined);
    expect(distributions).toHaveLength(43);
    // A regression guard: a status is dropped only when its source no longer confirms it.
    expect(known.length).toBeGreaterThanOrEqual(22);
  });

  it('warns about exactly the products nobody maintains any more', () => {
    expect(maintenanceWarnings(productStatusOf('weave-net'))).toEqual([{ code: 'not-maintained', state: 'unmaintained' }]);
    expect(maintenanceWarnings(productStatusOf('minio'))).toEqual([{ code: 'not-maintained', state: 'archived' }]);
    expect(maintenanceWarnings(productStatusOf('canal'))).toEqual([{ code: 'folded-into-other' }]);
    expect(maintenanceWarnings(productStatusOf('calico'))).toEqual([]);
    expect(maintenanceWarnings(productStatusOf('glusterfs'))).toEqual([]);
  });
});
