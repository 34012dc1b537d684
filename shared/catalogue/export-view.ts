/** One column of the catalogue view as the user arranged it: `id` keys the row, `header` is what they saw. */
export interface ExportColumn {
  id: string;
  header: string;
}

export type ExportCell = string | number | string[] | undefined;
export type ExportRow = Record<string, ExportCell>;
/** A JSON export keeps structure (a description in two languages, a list of sources); CSV needs text. */
export type JsonExportRow = Record<string, unknown>;

/** Excel reads a CSV file as UTF-8 (and so shows Chinese correctly) only when it starts with this mark. */
const UTF8_BOM = '\uFEFF';
/** RFC 4180 ends records with CRLF. */
const RECORD_END = '\r\n';
const LIST_SEPARATOR = '; ';
/**
 * Spreadsheets run a cell starting with one of these as a formula (OWASP "CSV injection"), some
 * after leading blanks too, and a quote before them may be read as the opening of a quoted cell.
 */
const FORMULA_TRIGGER = /^(?:[\s"]*[=+\-@]|[\t\r])/u;
/**
 * Where a spreadsheet set up for ";"-separated files (most of Europe) opens this file, it reads
 * quotes only at the start of its own cells, so every ";" and line break inside a field can start
 * a new cell: what follows one is guarded like a cell of its own.
 */
const CELL_BREAK_AFTER = /(?<=[;\r\n])/u;
const NEEDS_QUOTES = /[",\r\n]/u;

/**
 * The visible columns and rows of the catalogue as CSV for spreadsheets: a UTF-8 byte-order mark, a
 * header record, CRLF record ends, RFC 4180 quoting, lists joined with "; ". Text that a spreadsheet would
 * run as a formula, whether it splits cells at "," or at ";", is prefixed with an apostrophe; numbers
 * are left alone, so -5 stays a number.
 */
export function catalogueViewToCsv(columns: readonly ExportColumn[], rows: readonly ExportRow[]): string {
  const header = columns.map((column) => csvField(guardFormula(column.header)));
  const records = rows.map((row) => columns.map((column) => csvField(csvCellText(row[column.id]))));
  return UTF8_BOM + [header, ...records].map((fields) => fields.join(',') + RECORD_END).join('');
}

/**
 * The same view as a JSON array with one object per row, keyed by column id in column order. Lists stay
 * lists and an empty cell is `null`, so every object has every column.
 */
export function catalogueViewToJson(columns: readonly ExportColumn[], rows: readonly JsonExportRow[]): string {
  const objects = rows.map((row) =>
    Object.fromEntries(columns.map((column) => [column.id, row[column.id] ?? null])),
  );
  return `${JSON.stringify(objects, null, 2)}\n`;
}

function csvCellText(cell: ExportCell): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return String(cell);
  return guardFormula(Array.isArray(cell) ? cell.join(LIST_SEPARATOR) : cell);
}

function guardFormula(text: string): string {
  return text
    .split(CELL_BREAK_AFTER)
    .map((part) => (FORMULA_TRIGGER.test(part) ? `'${part}` : part))
    .join('');
}

function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
