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
