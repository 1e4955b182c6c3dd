import { stringify } from 'csv-stringify/sync';
import { CSV_OPTIONS, escapeFormula } from '../../server/src/core/csv';
import { exportCells } from '../../server/src/modules/archive-exports/archive-export.rules';

describe('export text', () => {
  it("puts the same ' before formula starters as csv-stringify's escape_formulas", () => {
    const cells = [
      '=1+1',
      '+1',
      '-1',
      '@SUM(A1)',
      '\tx',
      '\rx',
      '＝1',
      '＋1',
      '－1',
      '＠x',
      'a=1',
      "'=1",
      '',
      '1-2',
    ];
    const viaCsv = stringify([cells], { ...CSV_OPTIONS, bom: false, record_delimiter: 'unix' });
    const parsed = viaCsv
      .slice(0, -1)
      .split(/,(?=")/)
      .map((field) => field.slice(1, -1).replace(/""/g, '"'));
    expect(cells.map(escapeFormula)).toEqual(parsed);
  });

  it('leaves out what an XLSX cannot hold and turns CR into LF', () => {
    expect(exportCells(['a\u0001b\u007f', '一\r\n二\r三', 'ok\t\n', 'x\uFFFEy\uD800', '𠮷'])).toEqual([
      'ab',
      '一\n二\n三',
      'ok\t\n',
      'xy',
      '𠮷',
    ]);
  });
});
