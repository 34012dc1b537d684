import { describe, expect, it } from 'vitest';
import { catalogueViewToCsv, catalogueViewToJson, type ExportColumn, type ExportRow } from './export-view';

const columns: ExportColumn[] = [
  { id: 'name', header: 'Name' },
  { id: 'tags', header: 'Tags' },
  { id: 'score', header: 'Score' },
  { id: 'description', header: '说明' },
];

/** The records of a CSV export, without its byte-order mark, split on CRLF. */
function records(csv: string): string[] {
  return csv.slice(1).split('\r\n');
}

describe('catalogueViewToCsv', () => {
  it('starts with a UTF-8 byte-order mark and ends every record with CRLF', () => {
    const csv = catalogueViewToCsv(columns, [{ name: 'Calico' }]);
    expect(csv.startsWith('\uFEFFName,Tags,Score,说明\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(records(csv)).toEqual(['Name,Tags,Score,说明', 'Calico,,,', '']);
  });

  it('writes the columns in the given order, lists joined with "; " and numbers as they are', () => {
    const csv = catalogueViewToCsv(columns, [
      { description: '容器网络', score: 4.5, tags: ['networking', 'security'], name: 'Calico' },
    ]);
    expect(records(csv)[1]).toBe('Calico,networking; security,4.5,容器网络');
  });

  it('quotes fields with commas, quotes or line breaks (RFC 4180)', () => {
    const csv = catalogueViewToCsv(columns, [
      { name: 'A, B', description: 'say "hi"\nnext line', tags: ['x\r\ny'] },
    ]);
    expect(csv.slice(1)).toBe('Name,Tags,Score,说明\r\n"A, B","x\r\ny",,"say ""hi""\nnext line"\r\n');
  });

  it('keeps a spreadsheet from running a cell as a formula', () => {
    const rows: ExportRow[] = ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'].map((name) => ({ name }));
    const names = records(catalogueViewToCsv([{ id: 'name', header: 'Name' }], rows)).slice(1, -1);
    expect(names).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", "\"'\rx\""]);
  });

  it('guards lists and headers, but leaves negative numbers alone', () => {
    const csv = catalogueViewToCsv(
      [
        { id: 'tags', header: '=HEADER' },
        { id: 'score', header: 'Score' },
      ],
      [{ tags: ['=cmd', 'ok'], score: -5 }],
    );
    expect(records(csv).slice(0, 2)).toEqual(["'=HEADER,Score", "'=cmd; ok,-5"]);
  });

  it('writes only the header for an empty view', () => {
    expect(catalogueViewToCsv(columns, [])).toBe('\uFEFFName,Tags,Score,说明\r\n');
  });
});

describe('catalogueViewToJson', () => {
  it('writes one object per row keyed by column id, in column order, with null for empty cells', () => {
    const json = catalogueViewToJson(columns, [
      { description: '容器网络', tags: ['networking'], name: 'Calico', hidden: 'not a column' },
    ]);
    expect(json.startsWith('[')).toBe(true);
    expect(json.endsWith('\n')).toBe(true);
    const parsed: unknown = JSON.parse(json);
    expect(parsed).toEqual([{ name: 'Calico', tags: ['networking'], score: null, description: '容器网络' }]);
    expect(Object.keys((parsed as Record<string, unknown>[])[0]!)).toEqual(['name', 'tags', 'score', 'description']);
  });

  it('is pretty-printed and leaves text as it is, formulas included', () => {
    const json = catalogueViewToJson([{ id: 'name', header: 'Name' }], [{ name: '=1+1' }]);
    expect(json).toBe('[\n  {\n    "name": "=1+1"\n  }\n]\n');
  });

  it('writes an empty array for an empty view', () => {
    expect(catalogueViewToJson(columns, [])).toBe('[]\n');
  });
});
