import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** One line of a unit's roster as the coordinator keeps it, with its line number in the sheet. */
export interface RosterRow {
  line: number;
  cells: Record<string, string>;
}

/** The columns of the roster form, in the order coordinators keep them. */
export const ROSTER_COLUMNS = [
  '姓名',
  '性别',
  '证件号码',
  '手机号码',
  '职务',
  '身份',
  '服务类别',
  '技能',
  '常住地区代码',
  '安全培训日期',
] as const;

/** Reads a roster from a .csv (UTF-8, with or without BOM) or .xlsx file; the first row names the columns. */
export async function readRoster(file: string): Promise<RosterRow[]> {
  if (file.toLowerCase().endsWith('.xlsx')) return readXlsx(file);
  const text = await readFile(file, 'utf8');
  const records: string[][] = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true });
  return toRows(records);
}

async function readXlsx(file: string): Promise<RosterRow[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const records: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const values: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) values.push(cellText(row.getCell(c).value));
    records[row.number - 1] = values;
  });
  return toRows(Array.from(records, (r) => r ?? []));
}

/** Text as the coordinator sees it: numbers typed into a cell must not turn into 3.7e17. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
  }
  return String(value);
}

function toRows(records: string[][]): RosterRow[] {
  const [header, ...body] = records;
  if (!header) return [];
  const names = header.map((name) => name.trim());
  return body
    .map((values, index) => ({
      line: index + 2,
      cells: Object.fromEntries(names.map((name, i) => [name, (values[i] ?? '').trim()])),
    }))
    .filter((row) => Object.values(row.cells).some((value) => value !== ''));
}
