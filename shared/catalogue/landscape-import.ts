/**
 * Importing the CNCF Landscape's `landscape.yml` into the catalogue: read and check the file, turn its
 * items into catalogue entries, and merge those with the built-in catalogue.
 *
 * What a bad file does. A file that cannot be read as a landscape at all (too large, not YAML, alias
 * bomb, wrong shape, or no usable item) is refused with a {@link LandscapeImportError} naming the
 * problem and its line. Inside a readable file, single bad items do not refuse the rest: an item without a
 * name, or a second product under a name already used, is skipped and listed in the import report with
 * its category, subcategory, line and reason, because the user can still use the other 2,000 items and
 * can see exactly what was left out.
 *
 * What counts as a duplicate. The landscape lists some products in several subcategories: older files
 * through `second_path`, the 2026-08-07 file also by repeating the item (k0rdent, Kgateway, MockServer,
 * TruLens…). Two items whose names share a merge key ({@link normalizeProductName}) are one product
 * listed twice when their homepages or their repositories agree, or when there is nothing to compare:
 * the product is imported once with every path it is listed under. Only a same-name item whose homepage
 * or repository contradicts the first (in that file: DeepFlow, listed with deepflow.yunshan.net and with
 * deepflow.io) is a duplicate, and is skipped.
 */
import { isNode, isSeq, LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import { z } from 'zod';
import { errors } from '../i18n/en/errors';
import {
  MAX_LANDSCAPE_BYTES,
  type ImportWarning,
  type LandscapeFileReport,
  type LandscapeImportRecord,
  type ImportReport,
} from './landscape-import-report';
import type { LandscapeShapeProblem } from '../i18n/error-keys';
import type { ErrorDescription, ErrorParams } from '../ipc/result';
import { normalizeForMatching, normalizeProductName } from './normalize-name';
import {
  catalogueEntrySchema,
  landscapeMaturitySchema,
  type CatalogueEntry,
  type CatalogueTag,
  type EntrySource,
  type LandscapeMaturity,
} from './schema';


/**
 * How many alias expansions `yaml` allows (it weighs each by the size of what it copies). Landscape
 * files use no aliases at all; a billion-laughs document reaches this within a few expansions.
 */
const MAX_ALIAS_COUNT = 1000;

export type LandscapeImportErrorCode =
  | 'too-large'
  | 'not-yaml'
  | 'alias-bomb'
  | 'not-landscape'
  | 'missing-name'
  | 'no-items';

/**
 * A landscape file that cannot be imported at all. `message` is an English sentence for the user that
 * names the problem and, where there is one, the line; it does not repeat the file name, which callers
 * put in front of it. `i18n` says the same in any language: its texts start with the file name, so
 * callers add a `file` parameter.
 */
export class LandscapeImportError extends Error {
  override readonly name = 'LandscapeImportError';
  readonly code: LandscapeImportErrorCode;
  readonly i18n: ErrorDescription;
  /** The 1-based line of the problem, where it has one. */
  readonly line: number | undefined;

  constructor(code: LandscapeImportErrorCode, message: string, i18n: ErrorDescription, line?: number) {
    super(message);
    this.code = code;
    this.i18n = i18n;
    this.line = line;
  }
}

export interface LandscapePath {
  category: string;
  subcategory: string;
}

/** One product of a landscape file, at the first place the file lists it. */
export interface LandscapeItem extends LandscapePath {
  name: string;
  homepage?: string;
  repository?: string;
  /** English, as the landscape writes it. */
  description?: string;
  maturity?: LandscapeMaturity;
  organization?: string;
  /** The 1-based line where the item starts. */
  line?: number;
  /** The other places the file lists the product: its `second_path`s and its repeated listings. */
  otherPaths?: LandscapePath[];
}


export interface ParsedLandscape {
  fileName: string;
  /** Every category/subcategory pair the file declares, in file order, empty ones included. */
  subcategories: LandscapePath[];
  items: LandscapeItem[];
  report: LandscapeFileReport;
}

/**
 * What the file should have had where it is not landscape-shaped: the English texts of the `errors`
 * namespace itself, so the message and its translation key cannot drift apart.
 */
const shapeProblems: Record<LandscapeShapeProblem, string> = errors.landscape.shape;

const namedSchema = z.string({ error: shapeProblems.name }).trim().min(1, { error: shapeProblems.name });
/**
 * Only the structure is checked here; the fields of an item are read leniently one by one, so that a
 * missing name or an odd URL costs that item or that field, not the whole file.
 */
const landscapeFileSchema = z.object(
  {
    landscape: z.array(
      z.object(
        {
          name: namedSchema,
          subcategories: z.array(
            z.object(
              {
                name: namedSchema,
                items: z
                  .array(z.looseObject({}, { error: shapeProblems.item }).nullable(), { error: shapeProblems.items })
                  .nullish(),
              },
              { error: shapeProblems.subcategory },
            ),
            { error: shapeProblems.subcategories },
          ),
        },
        { error: shapeProblems.category },
      ),
      { error: shapeProblems.categories },
    ),
  },
  { error: shapeProblems.document },
);

type LandscapeFileData = z.infer<typeof landscapeFileSchema>;

function shapeProblemOf(message: string | undefined): LandscapeShapeProblem {
  const known = Object.entries(shapeProblems).find(([, text]) => text === message);
  return (known?.[0] as LandscapeShapeProblem | undefined) ?? 'unexpected';
}

export function parseLandscapeFile(text: string, fileName: string): ParsedLandscape {
  if (exceedsUtf8Bytes(text, MAX_LANDSCAPE_BYTES)) {
    const limit = MAX_LANDSCAPE_BYTES / 1024 / 1024;
    throw new LandscapeImportError(
      'too-large',
      `The file is larger than ${limit} MB, the most a landscape file may be.`,
      { key: 'landscape.tooLarge', params: { limit } },
    );
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  const [syntaxError] = doc.errors;
  if (syntaxError) throw notYamlError(syntaxError);
  const parsed = landscapeFileSchema.safeParse(toPlainData(doc, lineCounter));
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const path = issue?.path ?? [];
    const line = lineOfPath(doc, lineCounter, path);
    const problem = shapeProblemOf(issue?.message);
    const key = path.length === 0 ? 'landscape.notLandscapeTop' : 'landscape.notLandscape';
    throw new LandscapeImportError(
      'not-landscape',
      `Not a CNCF landscape file: at ${describePath(path)}, ${shapeProblems[problem]}${atLine(line)}.`,
      withLine(key, { path: describePath(path), problem }, line),
      line,
    );
  }
  return readItems(parsed.data, doc, lineCounter, fileName);
}

/**
 * Whether `text` takes more than `limit` bytes in UTF-8, without encoding it: a UTF-16 unit takes one to
 * three bytes (a surrogate pair four), so most texts are decided by their length alone.
 */
function exceedsUtf8Bytes(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    bytes += unit < 0x80 ? 1 : unit < 0x800 || (unit >= 0xd800 && unit < 0xe000) ? 2 : 3;
  }
  return bytes > limit;
}

function notYamlError(error: YAMLError): LandscapeImportError {
  const position = error.linePos?.[0];
  // The message ends with " at line L, column C:" and a source excerpt; the position is reported on its own.
  const reason = error.message.split(' at line ')[0] ?? error.message;
  const where = position ? ` (line ${position.line}, column ${position.col})` : '';
  const i18n: ErrorDescription = position
    ? { key: 'landscape.notYamlAt', params: { reason, line: position.line, column: position.col } }
    : { key: 'landscape.notYaml', params: { reason } };
  return new LandscapeImportError('not-yaml', `Not valid YAML: ${reason}${where}.`, i18n, position?.line);
}

function toPlainData(doc: Document, lineCounter: LineCounter): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    if (error.message.includes('Excessive alias count')) {
      throw new LandscapeImportError(
        'alias-bomb',
        'Its YAML aliases expand to too much data (a "billion laughs" document); a landscape file needs no aliases.',
        { key: 'landscape.aliasBomb', params: {} },
      );
    }
    const line = lineOfUnresolvedAlias(doc, lineCounter);
    throw new LandscapeImportError(
      'not-yaml',
      `Not valid YAML: an alias refers to an anchor that is not defined before it${atLine(line)}.`,
      withLine('landscape.undefinedAlias', {}, line),
      line,
    );
  }
}

function lineOfUnresolvedAlias(doc: Document, lineCounter: LineCounter): number | undefined {
  let line: number | undefined;
  visit(doc, {
    Alias(_, alias) {
      if (alias.resolve(doc) !== undefined) return undefined;
      line = lineOfOffset(lineCounter, alias.range?.[0]);
      return visit.BREAK;
    },
  });
  return line;
}

/** The line of the deepest node on `path` that the document has (a missing key points at its parent). */
function lineOfPath(doc: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node: unknown = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node)) return lineOfOffset(lineCounter, node.range?.[0]);
  }
  return undefined;
}

function lineOfOffset(lineCounter: LineCounter, offset: number | undefined): number | undefined {
  return offset === undefined ? undefined : lineCounter.linePos(offset).line;
}

function atLine(line: number | undefined): string {
  return line === undefined ? '' : ` (line ${line})`;
}

/** Keys whose text has an `…At` twin that adds the line, as {@link atLine} adds it to the English. */
type KeyWithLineVariant = 'landscape.notLandscape' | 'landscape.notLandscapeTop' | 'landscape.undefinedAlias' | 'landscape.noNamedItem';

function withLine(key: KeyWithLineVariant, params: ErrorParams, line: number | undefined): ErrorDescription {
  return line === undefined ? { key, params } : { key: `${key}At`, params: { ...params, line } };
}

function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the top level';
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`)).join('');
}

/** A listing of a product, before listings of the same product are folded together. */
interface ProductListing {
  item: LandscapeItem;
  key: string;
}

function readItems(data: LandscapeFileData, doc: Document, lineCounter: LineCounter, fileName: string): ParsedLandscape {
  const subcategories = data.landscape.flatMap((category) =>
    category.subcategories.map((subcategory) => ({ category: category.name, subcategory: subcategory.name })),
  );
  const declaredPaths = new Map(subcategories.map((path) => [pathKey(path), path]));
  const report: LandscapeFileReport = { totalItems: 0, repeated: [], skipped: [], warnings: [] };
  const products = new Map<string, LandscapeItem>();

  data.landscape.forEach((category, categoryIndex) => {
    category.subcategories.forEach((subcategory, subcategoryIndex) => {
      const itemNodes = doc.getIn(['landscape', categoryIndex, 'subcategories', subcategoryIndex, 'items']);
      const path = { category: category.name, subcategory: subcategory.name };
      (subcategory.items ?? []).forEach((fields, itemIndex) => {
        report.totalItems += 1;
        const node: unknown = isSeq(itemNodes) ? itemNodes.items[itemIndex] : undefined;
        const line = isNode(node) ? lineOfOffset(lineCounter, node.range?.[0]) : undefined;
        const listing = readListing(fields ?? {}, path, line, declaredPaths, report);
        if (!listing) return;
        const first = products.get(listing.key);
        if (!first) products.set(listing.key, listing.item);
        else foldListing(first, listing.item, report);
      });
    });
  });

  const items = [...products.values()];
  if (items.length === 0) throw noItemsError(report);
  return { fileName, subcategories, items, report };
}

function readListing(
  fields: Record<string, unknown>,
  path: LandscapePath,
  line: number | undefined,
  declaredPaths: ReadonlyMap<string, LandscapePath>,
  report: LandscapeFileReport,
): ProductListing | undefined {
  const name = textField(fields.name);
  const key = name === undefined ? '' : normalizeProductName(name);
  if (name === undefined || key === '') {
    report.skipped.push({
      reason: 'missing-name',
      ...path,
      line,
      detail: `An item in ${describeListing(path, line)} has no name.`,
    });
    return undefined;
  }
  const item: LandscapeItem = { name, ...path, line };
  const homepage = textField(fields.homepage_url);
  if (homepage !== undefined) item.homepage = homepage;
  const repository = textField(fields.repo_url);
  if (repository !== undefined) item.repository = repository;
  const description = textField(fields.description);
  if (description !== undefined) item.description = description;
  const organization = organizationName(fields.organization);
  if (organization !== undefined) item.organization = organization;

  const project = textField(fields.project);
  const maturity = landscapeMaturitySchema.safeParse(project);
  if (maturity.success) item.maturity = maturity.data;
  else if (project !== undefined) {
    report.warnings.push({
      kind: 'unknown-maturity',
      name,
      line,
      value: project,
      detail: `${name}: the project maturity "${project}" is not one of ${landscapeMaturitySchema.options.join(', ')}; it was left out.`,
    });
  }

  const otherPaths = secondPaths(fields.second_path, name, line, declaredPaths, report);
  if (otherPaths.length > 0) addOtherPaths(item, otherPaths);
  return { item, key };
}

/** Older files write `organization: { name: … }`; a few write a Crunchbase URL there, which is not a name. */
function organizationName(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('name' in value)) return undefined;
  return textField(value.name);
}

/** `second_path` is a list of "Category / Subcategory" texts; a single text is read as a list of one. */
function secondPaths(
  value: unknown,
  name: string,
  line: number | undefined,
  declaredPaths: ReadonlyMap<string, LandscapePath>,
  report: LandscapeFileReport,
): LandscapePath[] {
  const listed: unknown[] = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return listed.flatMap((entry) => {
    const text = textField(entry);
    const separator = text?.indexOf(' / ') ?? -1;
    const declared =
      text !== undefined && separator > 0
        ? declaredPaths.get(pathKey({ category: text.slice(0, separator), subcategory: text.slice(separator + 3) }))
        : undefined;
    if (declared) return [declared];
    report.warnings.push({
      kind: 'unknown-second-path',
      name,
      line,
      value: String(entry),
      detail: `${name}: the second path "${String(entry)}" is not a "Category / Subcategory" of this file; it was left out.`,
    });
    return [];
  });
}

/**
 * Paths meet when they differ only in case, punctuation or "&" against "and": the 2026 file's second paths
 * say "Governance, Policy & Security" for its subcategory "Governance, Policy and Security".
 */
function pathKey(path: LandscapePath): string {
  return `${pathPartKey(path.category)}/${pathPartKey(path.subcategory)}`;
}

function pathPartKey(text: string): string {
  return normalizeProductName(text.replaceAll('&', ' and '));
}

function foldListing(first: LandscapeItem, later: LandscapeItem, report: LandscapeFileReport): void {
  const conflict = contradictingUrl(first, later);
  if (conflict) {
    report.skipped.push({
      reason: 'duplicate',
      name: later.name,
      category: later.category,
      subcategory: later.subcategory,
      line: later.line,
      first: { category: first.category, subcategory: first.subcategory, line: first.line },
      detail:
        `${later.name} in ${describeListing(later, later.line)} has the name of ${first.name} in ` +
        `${describeListing(first, first.line)} but a different ${conflict}; only the first was imported.`,
    });
    return;
  }
  report.repeated.push({
    name: later.name,
    category: later.category,
    subcategory: later.subcategory,
    line: later.line,
    firstLine: first.line,
  });
  addOtherPaths(first, [later, ...(later.otherPaths ?? [])]);
  first.homepage ??= later.homepage;
  first.repository ??= later.repository;
  first.description ??= later.description;
  first.maturity ??= later.maturity;
  first.organization ??= later.organization;
}

function addOtherPaths(item: LandscapeItem, paths: readonly LandscapePath[]): void {
  const known = [item, ...(item.otherPaths ?? [])];
  for (const path of paths) {
    if (!known.some((seen) => seen.category === path.category && seen.subcategory === path.subcategory)) {
      known.push({ category: path.category, subcategory: path.subcategory });
    }
  }
  if (known.length > 1) item.otherPaths = known.slice(1);
}

/** Which URL shows that two same-name listings are different products, if one does. */
function contradictingUrl(first: LandscapeItem, later: LandscapeItem): string | undefined {
  const homepages = compareUrls(first.homepage, later.homepage);
  const repositories = compareUrls(first.repository, later.repository);
  if (homepages === 'same' || repositories === 'same') return undefined;
  if (homepages === 'different' && repositories === 'different') return 'homepage and repository';
  if (homepages === 'different') return 'homepage';
  if (repositories === 'different') return 'repository';
  return undefined;
}

function compareUrls(first: string | undefined, later: string | undefined): 'same' | 'different' | 'unknown' {
  if (first === undefined || later === undefined) return 'unknown';
  return comparableUrl(first) === comparableUrl(later) ? 'same' : 'different';
}

/** Host and path without scheme, "www.", trailing slash or ".git": how one site is written in two places. */
export function comparableUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const host = parsed.hostname.replace(/^www\./u, '');
    const path = parsed.pathname.replace(/\/+$/u, '').replace(/\.git$/u, '');
    return `${host}${path}`.toLowerCase();
  } catch {
    return url.trim().toLowerCase();
  }
}

function noItemsError(report: LandscapeFileReport): LandscapeImportError {
  const [nameless] = report.skipped;
  if (nameless) {
    return new LandscapeImportError(
      'missing-name',
      `No item has a name; the first item without one is in ${describeListing(nameless, nameless.line)}.`,
      withLine('landscape.noNamedItem', { category: nameless.category, subcategory: nameless.subcategory }, nameless.line),
      nameless.line,
    );
  }
  return new LandscapeImportError('no-items', 'The landscape has no items.', { key: 'landscape.noItems', params: {} });
}

function describeListing(path: LandscapePath, line: number | undefined): string {
  return `${path.category} / ${path.subcategory}${atLine(line)}`;
}

/** Text from a YAML value; YAML reads an unquoted name such as `2048` as a number. */
function textField(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text === '' ? undefined : text;
}

/**
 * Tags for the landscape's subcategories. Every subcategory of the 2026-08-07 file is listed, those
 * without a fitting tag with `[]`, so that a new subcategory shows up as unmapped in the tests instead of
 * being guessed at. A subcategory gets no tag rather than a wrong one: "Coordination & Service Discovery"
 * holds both etcd and CoreDNS, "Streaming & Messaging" has no tag to match, "CNCF Members" are
 * organizations, not products. Older files' Monitoring, Logging and Tracing (merged into Observability
 * since) are listed too.
 */
const TAGS_BY_SUBCATEGORY: readonly (readonly [category: string, subcategory: string, tags: CatalogueTag[]])[] = [
  ['Provisioning', 'Automation & Configuration', ['configuration']],
  ['Provisioning', 'Container Registry', ['registry']],
  ['Provisioning', 'Security & Compliance', ['security']],
  ['Provisioning', 'Key Management', ['security', 'identity']],
  ['Runtime', 'Cloud Native Storage', ['storage']],
  ['Runtime', 'Container Runtime', ['runtime']],
  ['Runtime', 'Cloud Native Network', ['networking']],
  ['Orchestration & Management', 'Scheduling & Orchestration', ['scheduling']],
  ['Orchestration & Management', 'Coordination & Service Discovery', []],
  ['Orchestration & Management', 'Remote Procedure Call', ['development']],
  ['Orchestration & Management', 'Service Proxy', ['networking']],
  ['Orchestration & Management', 'API Gateway', ['api-gateway']],
  ['Orchestration & Management', 'Service Mesh', ['service-mesh']],
  ['App Definition and Development', 'Database', ['database']],
  ['App Definition and Development', 'Streaming & Messaging', []],
  ['App Definition and Development', 'Application Definition & Image Build', ['development']],
  ['App Definition and Development', 'Continuous Integration & Delivery', ['ci-cd']],
  ['Platform', 'Certified Kubernetes - Distribution', ['distribution']],
  ['Platform', 'Certified Kubernetes - Hosted', ['managed-service']],
  ['Platform', 'Certified Kubernetes - Installer', ['installer']],
  // AI conformance certifies distributions and hosted services alike.
  ['Platform', 'Certified Kubernetes - AI Platform', []],
  ['Platform', 'PaaS/Container Service', ['paas']],
  ['Serverless', 'Security', ['serverless', 'security']],
  ['Serverless', 'Tools', ['serverless']],
  ['Serverless', 'Framework', ['serverless']],
  ['Serverless', 'Hosted Platform', ['serverless']],
  ['Serverless', 'Installable Platform', ['serverless']],
  ['Observability and Analysis', 'Feature Flagging', []],
  ['Observability and Analysis', 'Chaos Engineering', ['testing']],
  ['Observability and Analysis', 'Continuous Optimization', []],
  ['Observability and Analysis', 'Observability', ['monitoring']],
  ['Observability and Analysis', 'Monitoring', ['monitoring']],
  ['Observability and Analysis', 'Logging', ['logging']],
  ['Observability and Analysis', 'Tracing', ['tracing']],
  ['Special', 'Kubernetes Certified Service Provider', ['consulting']],
  ['Special', 'Kubernetes and Cloud Native Training Partner', []],
  // Cloud-native network functions.
  ['Special', 'Certified CNFs', ['networking']],
  ['CNCF Members', 'Platinum', []],
  ['CNCF Members', 'Gold', []],
  ['CNCF Members', 'Silver', []],
  ['CNCF Members', 'Academic', []],
  ['CNCF Members', 'Nonprofit', []],
  ['CNCF Members', 'End User Supporter and Contributor', []],
  ['Wasm', 'Languages', ['development']],
  ['Wasm', 'Runtimes', ['runtime']],
  ['Wasm', 'Application Frameworks', ['development']],
  // Genode, seL4, Unikraft.
  ['Wasm', 'Edge/Bare metal', ['operating-system']],
  ['Wasm', 'AI/Machine Learning', []],
  ['Wasm', 'Embedded Functions', []],
  ['Wasm', 'Tooling', ['development']],
  // Wasm-enabled container runtimes next to operators and edge platforms.
  ['Wasm', 'Orchestration & Management', []],
  ['Wasm', 'Hosted Platforms', ['serverless']],
  ['Wasm', 'Decentralized Platforms', []],
  ['Wasm', 'Debugging & Observability', ['monitoring']],
  ['Wasm', 'Packaging, Registries & Application Delivery', ['registry', 'package-management']],
  ['AI Agent', 'Agent Framework', ['development']],
  ['AI Agent', 'Agent Tool', []],
  ['AI Agent', 'Evaluation', ['testing']],
  ['AI Agent', 'Guardrail', ['security']],
  ['AI Agent', 'Knowledge Graph', ['database']],
  ['AI Agent', 'Protocol', []],
  ['AI Agent', 'RAG', []],
  ['AI Agent', 'State and Memory', []],
  ['AI Agent', 'Structured Output', ['development']],
  ['AI Agent', 'Vector Database', ['database']],
  ['AI Agent', 'Workflow Orchestration', []],
  ['Inference', 'Framework', []],
  // Model runtimes (vLLM, llama.cpp), not container runtimes.
  ['Inference', 'Runtime', []],
  ['Data', 'Data Architecture', []],
  ['Data', 'Data Science', []],
  ['Training', 'Distributed Training', []],
  ['Training', 'Post Training', []],
  ['Training', 'Evaluation', []],
  ['AI Native Infra', 'Orchestration and Scheduling', ['scheduling']],
  ['AI Native Infra', 'Workload Runtime', []],
  ['AI Native Infra', 'Accelerator and SuperPod', []],
  ['AI Native Infra', 'Storage', ['storage']],
  ['AI Native Infra', 'Network', ['networking']],
  ['AI Native Infra', 'Gateway', ['api-gateway']],
  ['AI Native Infra', 'Model Asset and Registry', ['registry']],
  ['AI Native Infra', 'Governance, Policy and Security', ['security']],
  ['AI Native Infra', 'Observability', ['monitoring']],
  ['AI Native Infra', 'Continuous Integration and Delivery', ['ci-cd']],
];
const tagsByPath = new Map(
  TAGS_BY_SUBCATEGORY.map(([category, subcategory, tags]) => [pathKey({ category, subcategory }), tags]),
);
/** Whatever its subcategory is called in a given year, everything under Serverless is serverless. */
const TAGS_BY_CATEGORY = new Map<string, CatalogueTag[]>([[pathPartKey('Serverless'), ['serverless']]]);

/** Tags for a landscape path; `undefined` when neither the path nor its category is in the mapping. */
export function tagsForLandscapePath(path: LandscapePath): readonly CatalogueTag[] | undefined {
  return tagsByPath.get(pathKey(path)) ?? TAGS_BY_CATEGORY.get(pathPartKey(path.category));
}

const webUrlSchema = catalogueEntrySchema.shape.homepage.unwrap();
const WEB_SCHEME = /^https?:\/\//iu;

/**
 * Catalogue entries for the items of one file: ids `cncf-<slug>`, unique within the file; one
 * `cncf-landscape` source per path the item is listed under; tags from those paths. A homepage or
 * repository that is not an http(s) URL is left out (the app opens these links) and reported as a warning.
 */
export function landscapeItemsToEntries(
  items: readonly LandscapeItem[],
  fileName: string,
): { entries: CatalogueEntry[]; warnings: ImportWarning[] } {
  const warnings: ImportWarning[] = [];
  const usedIds = new Set<string>();
  const entries = items.map((item) => {
    const paths = [item, ...(item.otherPaths ?? [])];
    const tags = new Set(paths.flatMap((path) => tagsForLandscapePath(path) ?? []));
    const entry: CatalogueEntry = {
      id: uniqueId(`cncf-${slug(item.name)}`, usedIds),
      name: item.name,
      aliases: [],
      tags: [...tags],
      sources: paths.map(
        (path): EntrySource => ({
          kind: 'cncf-landscape',
          category: path.category,
          subcategory: path.subcategory,
          file: fileName,
        }),
      ),
    };
    if (item.organization !== undefined) entry.organization = item.organization;
    if (item.description !== undefined) entry.landscapeDescription = item.description;
    if (item.maturity !== undefined) entry.maturity = item.maturity;
    const homepage = webUrl(item, 'homepage', warnings);
    if (homepage !== undefined) entry.homepage = homepage;
    const repository = webUrl(item, 'repository', warnings);
    if (repository !== undefined) entry.repository = repository;
    return entry;
  });
  return { entries, warnings };
}

function webUrl(item: LandscapeItem, field: 'homepage' | 'repository', warnings: ImportWarning[]): string | undefined {
  const url = item[field];
  if (url === undefined) return undefined;
  if (WEB_SCHEME.test(url) && webUrlSchema.safeParse(url).success) return url;
  warnings.push({
    kind: 'invalid-url',
    name: item.name,
    line: item.line,
    value: url,
    detail: `${item.name}: the ${field} "${url}" is not a web address; it was left out.`,
  });
  return undefined;
}

function slug(name: string): string {
  const text = normalizeForMatching(name)
    .replaceAll('+', ' plus ')
    .replaceAll('#', ' sharp ')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return text === '' ? 'item' : text;
}

function uniqueId(base: string, usedIds: Set<string>): string {
  let id = base;
  for (let suffix = 2; usedIds.has(id); suffix += 1) id = `${base}-${suffix}`;
  usedIds.add(id);
  return id;
}

/** Reads a landscape file and maps it to entries: what main stores (with the time) after an import. */
export function importLandscapeFile(text: string, fileName: string, importedAt: string): LandscapeImportRecord {
  const parsed = parseLandscapeFile(text, fileName);
  const { entries, warnings } = landscapeItemsToEntries(parsed.items, fileName);
  return {
    fileName,
    importedAt,
    entries,
    report: { ...parsed.report, warnings: [...parsed.report.warnings, ...warnings] },
  };
}

/**
 * The catalogue with an import merged in. An imported entry whose name has the merge key
 * ({@link normalizeProductName}) of a built-in entry's name or alias becomes part of that row: the
 * built-in id, name, aliases and curated description stay; the landscape's sources and tags are added;
 * its maturity and landscape description replace the built-in ones (the user's file is the newer word on
 * those); its homepage, repository and organization fill in what the built-in row lacks. A name match wins over
 * an alias match. Every other imported entry is added after the built-in rows.
 */
export function mergeLandscapeIntoCatalogue(
  builtIn: readonly CatalogueEntry[],
  imported: LandscapeImportRecord,
): { entries: CatalogueEntry[]; report: ImportReport } {
  const entries = [...builtIn];
  const rowByKey = new Map<string, number>();
  builtIn.forEach((entry, index) => {
    const key = normalizeProductName(entry.name);
    if (!rowByKey.has(key)) rowByKey.set(key, index);
  });
  builtIn.forEach((entry, index) => {
    for (const alias of entry.aliases) {
      const key = normalizeProductName(alias);
      if (!rowByKey.has(key)) rowByKey.set(key, index);
    }
  });
  const usedIds = new Set(builtIn.map((entry) => entry.id));
  const report: ImportReport = { fileName: imported.fileName, ...imported.report, added: [], merged: [] };

  for (const entry of imported.entries) {
    const row = rowByKey.get(normalizeProductName(entry.name));
    const target = row === undefined ? undefined : entries[row];
    if (row === undefined || target === undefined) {
      entries.push({ ...entry, id: uniqueId(entry.id, usedIds) });
      report.added.push(entry.name);
      continue;
    }
    entries[row] = mergeEntry(target, entry);
    report.merged.push({ name: entry.name, builtInId: target.id });
  }
  return { entries, report };
}

function mergeEntry(builtIn: CatalogueEntry, imported: CatalogueEntry): CatalogueEntry {
  const merged: CatalogueEntry = {
    ...builtIn,
    tags: [...new Set([...builtIn.tags, ...imported.tags])],
    sources: [...builtIn.sources, ...imported.sources],
  };
  const maturity = imported.maturity ?? builtIn.maturity;
  if (maturity !== undefined) merged.maturity = maturity;
  const homepage = builtIn.homepage ?? imported.homepage;
  if (homepage !== undefined) merged.homepage = homepage;
  const repository = builtIn.repository ?? imported.repository;
  if (repository !== undefined) merged.repository = repository;
  const organization = builtIn.organization ?? imported.organization;
  if (organization !== undefined) merged.organization = organization;
  const landscapeDescription = imported.landscapeDescription ?? builtIn.landscapeDescription;
  if (landscapeDescription !== undefined) merged.landscapeDescription = landscapeDescription;
  return merged;
}
