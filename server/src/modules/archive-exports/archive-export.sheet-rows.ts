/**
 * Worksheet rows as SpreadsheetML, written straight into exceljs's sheet stream. exceljs builds
 * a Row, a Cell, a style model and an XML node for every cell (about four fifths of a million-row
 * XLSX's time went there); these rows are plain strings and numbers in fixed columns, so their XML
 * is made here instead, in the very form exceljs writes (`t="str"` text, `<v>` numbers, the
 * column's style on text columns), and exceljs still writes everything else in the workbook.
 */

/** A1-style column letters for 1-based column numbers. */
function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

const SPECIAL = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/;
const SPECIAL_ALL = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/g;
const ENTITIES: Record<string, string> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  "'": '&apos;',
  '"': '&quot;',
};

/** As exceljs escapes text: the five entities, and control characters XML cannot hold dropped. */
export function xmlText(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIAL_ALL, (c) => ENTITIES[c] ?? '') : text;
}

export interface SheetLayout {
  /** 0-based columns written as numbers. */
  numeric: readonly number[];
  /** Style id (from the workbook's styles) of each 0-based column; 0 for none. */
  styles: readonly number[];
}

/** Makes the XML of rows with a fixed number of cells. */
export function rowWriter(columns: number, layout: SheetLayout) {
  const letters = Array.from({ length: columns }, (_, i) => columnLetters(i + 1));
  const numeric = Array.from({ length: columns }, (_, i) => layout.numeric.includes(i));
  const styled = Array.from({ length: columns }, (_, i) =>
    layout.styles[i] ? ` s="${layout.styles[i]}"` : '',
  );
  const spans = `1:${columns}`;
  return (rowNumber: number, values: readonly string[]): string => {
    let xml = `<row r="${rowNumber}" spans="${spans}" x14ac:dyDescent="0.25">`;
    for (let i = 0; i < columns; i++) {
      const ref = `${letters[i]}${rowNumber}`;
      const value = values[i] ?? '';
      xml += numeric[i]
        ? `<c r="${ref}"${styled[i]}><v>${Number(value)}</v></c>`
        : `<c r="${ref}"${styled[i]} t="str"><v>${xmlText(value)}</v></c>`;
    }
    return `${xml}</row>`;
  };
}
