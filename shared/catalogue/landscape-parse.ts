/**
 * Reading a CNCF Landscape `landscape.yml` and checking its shape. A file that cannot be read as a
 * landscape at all (too large, not YAML, alias bomb, wrong shape, or no usable item) is refused with a
 * `UserError` whose `landscape.*` key names the problem, the file and, where there is one, the line.
 */
import { isNode, isSeq, LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import { z } from 'zod';
import type { LandscapeShapeProblem, LandscapeYamlProblem } from '../i18n/error-keys';
import { UserError } from '../user-error';
import { foldLandscapeItems, landscapeFileError, type ParsedLandscape } from './landscape-fold';
import { MAX_LANDSCAPE_BYTES } from './landscape-import-report';

/**
 * How many alias expansions `yaml` allows (it weighs each by the size of what it copies). Landscape
 * files use no aliases at all; a billion-laughs document reaches this within a few expansions.
 */
const MAX_ALIAS_COUNT = 1000;

/** The schema's error messages are the problems themselves, so the first issue names its key. */
const shapeProblem = (problem: LandscapeShapeProblem) => ({ error: problem });

const namedSchema = z.string(shapeProblem('name')).trim().min(1, shapeProblem('name'));
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
                items: z.array(z.looseObject({}, shapeProblem('item')).nullable(), shapeProblem('items')).nullish(),
              },
              shapeProblem('subcategory'),
            ),
            shapeProblem('subcategories'),
          ),
        },
        shapeProblem('category'),
      ),
      shapeProblem('categories'),
    ),
  },
  shapeProblem('document'),
);

/** Every problem the schema can name: a new one in the `errors` namespace must be added here. */
const schemaShapeProblems: Record<Exclude<LandscapeShapeProblem, 'unexpected'>, true> = {
  document: true,
  categories: true,
  category: true,
  subcategories: true,
  subcategory: true,
  items: true,
  item: true,
  name: true,
};

function shapeProblemOf(message: string | undefined): LandscapeShapeProblem {
  return message !== undefined && Object.hasOwn(schemaShapeProblems, message) ? (message as LandscapeShapeProblem) : 'unexpected';
}

export function parseLandscapeFile(text: string, fileName: string): ParsedLandscape {
  if (exceedsUtf8Bytes(text, MAX_LANDSCAPE_BYTES)) {
    throw new UserError('invalid-file', 'landscape.tooLarge', { file: fileName, limit: MAX_LANDSCAPE_BYTES / 1024 / 1024 });
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  const [syntaxError] = doc.errors;
  if (syntaxError) throw notYamlError(syntaxError, fileName);
  const parsed = landscapeFileSchema.safeParse(toPlainData(doc, lineCounter, fileName));
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const path = issue?.path ?? [];
    const line = lineOfPath(doc, lineCounter, path);
    const problem = shapeProblemOf(issue?.message);
    if (path.length === 0) throw landscapeFileError('landscape.notLandscapeTop', fileName, { problem }, line);
    throw landscapeFileError('landscape.notLandscape', fileName, { path: describePath(path), problem }, line);
  }
  const linesOfItems = (categoryIndex: number, subcategoryIndex: number) => {
    const items = doc.getIn(['landscape', categoryIndex, 'subcategories', subcategoryIndex, 'items']);
    return isSeq(items) ? items.items.map((node) => (isNode(node) ? lineOfOffset(lineCounter, node.range?.[0]) : undefined)) : [];
  };
  return foldLandscapeItems(parsed.data, linesOfItems, fileName);
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

/** Our own words for each of the parser's error codes: its messages are English and written for programmers. */
const yamlProblemOfCode: Record<YAMLError['code'], LandscapeYamlProblem> = {
  MULTIPLE_DOCS: 'multipleDocuments',
  DUPLICATE_KEY: 'duplicateKey',
  TAB_AS_INDENT: 'tabIndent',
  BAD_INDENT: 'indentation',
  MISSING_CHAR: 'unclosed',
  BAD_DQ_ESCAPE: 'badEscape',
  BAD_SCALAR_START: 'reservedStart',
  MULTILINE_IMPLICIT_KEY: 'keyLayout',
  BLOCK_AS_IMPLICIT_KEY: 'keyLayout',
  KEY_OVER_1024_CHARS: 'keyLayout',
  NON_STRING_KEY: 'keyLayout',
  ALIAS_PROPS: 'anchorsAndTags',
  BAD_ALIAS: 'anchorsAndTags',
  MULTIPLE_ANCHORS: 'anchorsAndTags',
  MULTIPLE_TAGS: 'anchorsAndTags',
  BAD_PROP_ORDER: 'anchorsAndTags',
  TAG_RESOLVE_FAILED: 'anchorsAndTags',
  BAD_DIRECTIVE: 'anchorsAndTags',
  UNEXPECTED_TOKEN: 'syntax',
  BLOCK_IN_FLOW: 'syntax',
  BAD_COLLECTION_TYPE: 'syntax',
  RESOURCE_EXHAUSTION: 'syntax',
  IMPOSSIBLE: 'syntax',
};

function notYamlError(error: YAMLError, fileName: string): UserError {
  const position = error.linePos?.[0];
  const problem = yamlProblemOfCode[error.code] ?? 'syntax';
  return position
    ? new UserError('invalid-file', 'landscape.notYamlAt', { file: fileName, problem, line: position.line, column: position.col })
    : new UserError('invalid-file', 'landscape.notYaml', { file: fileName, problem });
}

function toPlainData(doc: Document, lineCounter: LineCounter, fileName: string): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    if (error.message.includes('Excessive alias count')) throw new UserError('invalid-file', 'landscape.aliasBomb', { file: fileName });
    throw landscapeFileError('landscape.undefinedAlias', fileName, {}, lineOfUnresolvedAlias(doc, lineCounter));
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

function describePath(path: readonly PropertyKey[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`)).join('');
}
