import type { Options as CsvOptions } from 'csv-stringify';

/**
 * Every CSV the platform writes: UTF-8 with BOM (Excel on Chinese Windows), CRLF, every field quoted
 * (empty ones too), and cells that a spreadsheet would run as a formula (starting =, +, -, @, tab,
 * CR, or their full-width forms) prefixed with ' by csv-stringify's escape_formulas.
 */
export const CSV_OPTIONS: CsvOptions = {
  bom: true,
  record_delimiter: 'windows',
  quoted: true,
  quoted_empty: true,
  escape_formulas: true,
};

/** First characters csv-stringify's `escape_formulas` neutralises (ASCII and full-width forms). */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * The `'` csv-stringify's `escape_formulas` puts before a text cell a spreadsheet would run as a
 * formula, for writers that do not go through csv-stringify (the XLSX), so one export's CSV and
 * XLSX carry the same text, and a cell edited in Excel stays text.
 */
export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
