import { buildSearchText } from '../../../shared/catalogue/catalogue-search';
import { normalizeForMatching } from '../../../shared/catalogue/normalize-name';
import {
  type CatalogueEntry,
  catalogueTagSchema,
  devopsStageSchema,
  distributionKindSchema,
  distributionTypeSchema,
  landscapeMaturitySchema,
  productStatusSchema,
  professionalServiceSchema,
  seedSectionSchema,
} from '../../../shared/catalogue/schema';

/** Where a row came from, as one filterable value: a merged row is both. */
export const sourceKinds = ['seed', 'cncf-landscape', 'both', 'k8s-conformance'] as const;
export type SourceKind = (typeof sourceKinds)[number];

/**
 * Fields whose values come from a fixed list: they filter by facet, sort in the list's order (the
 * seed's order, not the alphabet of one language) and have a label per value in both languages.
 */
export const facetFieldValues = {
  seedSection: seedSectionSchema.options,
  distributionKind: distributionKindSchema.options,
  distributionType: distributionTypeSchema.options,
  professionalService: professionalServiceSchema.options,
  devopsStage: devopsStageSchema.options,
  tags: catalogueTagSchema.options,
  status: productStatusSchema.shape.state.options,
  maturity: landscapeMaturitySchema.options,
  sources: sourceKinds,
} as const satisfies Record<string, readonly string[]>;
export type FacetFieldId = keyof typeof facetFieldValues;

/**
 * Facet counting at 50,000 rows has to be a few integer operations per row, so each row's facet
 * values are packed once into two numbers. Every single-valued field takes 3 bits of `facetBits`
 * (0 for no value, n for the field's n-th value); each tag is one bit of `tagBits`.
 */
const packedFields = [
  'seedSection',
  'distributionKind',
  'distributionType',
  'professionalService',
  'devopsStage',
  'status',
  'maturity',
  'sources',
] as const satisfies readonly Exclude<FacetFieldId, 'tags'>[];
const BITS_PER_FIELD = 3;
for (const field of packedFields) {
  if (facetFieldValues[field].length >= 2 ** BITS_PER_FIELD) throw new Error(`${field} has too many values to pack`);
}
if (facetFieldValues.tags.length > 31) throw new Error('too many tags to pack');

/**
 * A catalogue entry with what the table needs on every keystroke computed once: at 50,000 rows,
 * folding text or looking values up per keystroke would cost more than the filtering itself.
 */
export type CatalogueRow = {
  readonly entry: CatalogueEntry;
  /** From `buildSearchText`: what the global search matches against. */
  readonly searchText: string;
  /** The folded name, so sorting by name compares plain strings. */
  readonly sortName: string;
  readonly sourceKind: SourceKind;
  /** The single-valued facet fields, packed (see `packedFields`). */
  readonly facetBits: number;
  /** One bit per tag, in `facetFieldValues.tags` order. */
  readonly tagBits: number;
};

/**
 * A row as `toCatalogueRows` makes it. The folded texts are most of the cost of making rows, and
 * nothing on the first frame needs them unless a search or a sort by name is already set: they are
 * folded when first read, or ahead of the first keystroke by `foldRowTextsWhenIdle`.
 */
class CatalogueRowWithFoldedTexts implements CatalogueRow {
  #folded: { searchText: string; sortName: string } | undefined;

  constructor(
    readonly entry: CatalogueEntry,
    readonly sourceKind: SourceKind,
    readonly facetBits: number,
    readonly tagBits: number,
  ) {}

  foldTexts(): { searchText: string; sortName: string } {
    this.#folded ??= { searchText: buildSearchText(this.entry), sortName: normalizeForMatching(this.entry.name) };
    return this.#folded;
  }

  get searchText(): string {
    return this.foldTexts().searchText;
  }

  get sortName(): string {
    return this.foldTexts().sortName;
  }
}

export function sourceKindOf(entry: CatalogueEntry): SourceKind {
  const fromSeed = entry.sources.some((source) => source.kind === 'seed');
  const fromLandscape = entry.sources.some((source) => source.kind === 'cncf-landscape');
  if (fromSeed && fromLandscape) return 'both';
  if (fromLandscape) return 'cncf-landscape';
  // A row only the conformance data knows: a certified product neither the seed nor the landscape lists.
  return fromSeed ? 'seed' : 'k8s-conformance';
}

const noValues: readonly string[] = Object.freeze([]);
const singleValueLists = new Map<string, readonly string[]>();

/** One shared, frozen list per value, so reading a facet value allocates nothing. */
function listOf(value: string | undefined): readonly string[] {
  if (value === undefined) return noValues;
  let list = singleValueLists.get(value);
  if (!list) {
    list = Object.freeze([value]);
    singleValueLists.set(value, list);
  }
  return list;
}

/** The raw values an entry has for a facet field: what filters and facet counts work on. Do not mutate. */
function facetValuesOfEntry(entry: CatalogueEntry, sourceKind: SourceKind, field: FacetFieldId): readonly string[] {
  switch (field) {
    case 'tags':
      return entry.tags;
    case 'status':
      return listOf(entry.status?.state);
    case 'sources':
      return listOf(sourceKind);
    default:
      return listOf(entry[field]);
  }
}

export function facetValuesOf(row: CatalogueRow, field: FacetFieldId): readonly string[] {
  return facetValuesOfEntry(row.entry, row.sourceKind, field);
}

function packFacets(entry: CatalogueEntry, sourceKind: SourceKind): { facetBits: number; tagBits: number } {
  let facetBits = 0;
  packedFields.forEach((field, index) => {
    const [value] = facetValuesOfEntry(entry, sourceKind, field);
    const position = value === undefined ? -1 : (facetFieldValues[field] as readonly string[]).indexOf(value);
    facetBits |= (position + 1) << (index * BITS_PER_FIELD);
  });
  let tagBits = 0;
  for (const tag of entry.tags) tagBits |= 1 << facetFieldValues.tags.indexOf(tag);
  return { facetBits, tagBits };
}

/** How many of `rows` have each value of a facet field; values no row has are left out. */
export function countFacetValues(rows: readonly { original: CatalogueRow }[], field: FacetFieldId): Map<string, number> {
  const values: readonly string[] = facetFieldValues[field];
  const tallies = new Uint32Array(values.length + 1);
  if (field === 'tags') {
    for (const row of rows) {
      let bits = row.original.tagBits;
      while (bits !== 0) {
        const lowest = bits & -bits;
        const slot = 32 - Math.clz32(lowest);
        tallies[slot] = (tallies[slot] ?? 0) + 1;
        bits ^= lowest;
      }
    }
  } else {
    const shift = packedFields.indexOf(field) * BITS_PER_FIELD;
    for (const row of rows) {
      const slot = (row.original.facetBits >>> shift) & 0b111;
      tallies[slot] = (tallies[slot] ?? 0) + 1;
    }
  }
  const counts = new Map<string, number>();
  values.forEach((value, position) => {
    const count = tallies[position + 1] ?? 0;
    if (count > 0) counts.set(value, count);
  });
  return counts;
}

export function toCatalogueRows(entries: readonly CatalogueEntry[]): CatalogueRow[] {
  return entries.map((entry) => {
    const sourceKind = sourceKindOf(entry);
    const { facetBits, tagBits } = packFacets(entry, sourceKind);
    return new CatalogueRowWithFoldedTexts(entry, sourceKind, facetBits, tagBits);
  });
}

/** Rows folded per slice of idle time: a few milliseconds' worth, so that a keystroke is never kept waiting. */
const ROWS_PER_IDLE_SLICE = 500;

/**
 * Folds the rows' texts while the page is idle after the rows are drawn, so that the first keystroke
 * finds them ready. Returns a function that stops it (rows replaced, page left); what is left unfolded
 * is folded when read.
 */
export function foldRowTextsWhenIdle(rows: readonly CatalogueRow[]): () => void {
  let next = 0;
  let handle = 0;
  const foldSlice = (deadline: IdleDeadline) => {
    const end = Math.min(rows.length, next + ROWS_PER_IDLE_SLICE);
    while (next < end && (deadline.timeRemaining() > 0 || deadline.didTimeout)) {
      const row = rows[next];
      next += 1;
      if (row instanceof CatalogueRowWithFoldedTexts) row.foldTexts();
    }
    if (next < rows.length) handle = requestIdleCallback(foldSlice);
  };
  handle = requestIdleCallback(foldSlice);
  return () => cancelIdleCallback(handle);
}
