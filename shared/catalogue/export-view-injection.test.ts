import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogueViewToCsv } from './export-view';

/**
 * The cells a spreadsheet makes of a CSV text when it splits at `separator`. A field is quoted only
 * when it starts with a quote, as Excel and LibreOffice read it; a quote later in a field is text,
 * and an unquoted field ends at any line break.
 */
function spreadsheetCells(csv: string, separator: ',' | ';'): string[] {
  const cells: string[] = [];
  let index = csv.startsWith('\uFEFF') ? 1 : 0;
  while (index < csv.length) {
    let cell = '';
    if (csv[index] === '"') {
      index += 1;
      while (index < csv.length) {
        if (csv[index] === '"' && csv[index + 1] === '"') {
          cell += '"';
          index += 2;
        } else if (csv[index] === '"') {
          index += 1;
          break;
        } else cell += csv[index++];
      }
    }
    while (index < csv.length && csv[index] !== separator && csv[index] !== '\r' && csv[index] !== '\n') cell += csv[index++];
    cells.push(cell);
    index += csv.startsWith('\r\n', index) ? 2 : 1;
  }
  return cells;
}

/** What a spreadsheet would run as a formula (some skip leading blanks); a cell starting with an apostrophe is text. */
const runsAsFormula = (cell: string) => /^\s*[=+\-@]/u.test(cell);

const PIECES = [...'=+-@\t\r;,"\' ax中1', ';=cmd|" /C calc"!A0', '@SUM(1+1)*cmd|\' /C calc\'!A0', '\r\n', ' -2+3'];
const cellText = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((pieces) => pieces.join(''));

describe('CSV export against formula injection', () => {
  it.each([',', ';'] as const)('no text cell runs as a formula in a spreadsheet that splits at "%s"', (separator) => {
    fc.assert(
      fc.property(fc.array(fc.record({ name: cellText, tags: fc.array(cellText, { maxLength: 3 }) }), { maxLength: 4 }), cellText, (rows, header) => {
        const csv = catalogueViewToCsv(
          [
            { id: 'name', header },
            { id: 'tags', header: 'Tags' },
          ],
          rows,
        );
        const formulas = spreadsheetCells(csv, separator).filter(runsAsFormula);
        expect(formulas).toEqual([]);
      }),
      { numRuns: 500, seed: 3 },
    );
  });

  it('guards what follows a ";" inside a cell, and leading spaces before a formula', () => {
    const csv = catalogueViewToCsv([{ id: 'name', header: 'Name' }], [{ name: 'safe; =HYPERLINK("http://x")' }, { name: '  =1+1' }]);
    expect(csv.slice(1).split('\r\n').slice(1, 3)).toEqual(['"safe;\' =HYPERLINK(""http://x"")"', "'  =1+1"]);
  });
});
