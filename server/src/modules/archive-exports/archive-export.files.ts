import { once } from 'node:events';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify as stringifySync } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { CSV_OPTIONS, escapeFormula } from '../../core/csv';
import { loopTurns } from '../../core/heavy-work';
import { chinaDateTime } from '../../core/time';
import {
  CELL,
  EXPORT_LABEL,
  EXPORT_NOTE,
  PEOPLE_COLUMNS,
  PeopleBatches,
  PROJECT_COLUMNS,
  RECORD_COLUMNS,
  REPORT_COLUMNS,
  TEXT_COLUMNS,
} from './archive-export.rules';
import { rowWriter } from './archive-export.sheet-rows';

/**
 * The files of a batch, written as streams: rows come in from an async source (a database
 * cursor or keyset pages) and go out through csv-stringify or exceljs's streaming writer, one
 * row at a time, so memory does not grow with the batch. Everything written comes from what the
 * batch stored (cells, numbers, project rows, its creation time), so the bytes never change.
 */

export const EXPORT_FILES = [
  'records.csv',
  'people.csv',
  'projects.csv',
  'report.csv',
  'export.xlsx',
] as const;
export type ExportFile = (typeof EXPORT_FILES)[number];

/** The hours column: a number cell in the XLSX (the CSV has its text, "1.50"). */
const HOURS_COLUMN = '服务时长（小时）';

export const FILE_TITLES: Readonly<Record<ExportFile, string>> = {
  'records.csv': '服务记录',
  'people.csv': '系统外成员',
  'projects.csv': '项目信息',
  'report.csv': '校验报告',
  'export.xlsx': '服务记录导出',
};

/** A stored row of part 1 with the keys parts 1 and 2 need. */
export interface ItemRow {
  rowNumber: number;
  groupNumber: number;
  cells: string[];
  projectId: number;
  postId: number;
  volunteerId: number;
}

export interface IssueRow {
  position: number;
  serviceRecordId: number;
  rule: string;
  columnName: string;
  message: string;
  cells: string[];
}

/** What a batch's files are made of; each source can be read more than once. */
export interface BatchContent {
  id: number;
  createdAt: Date;
  /** Part 1's rows; without keys, projectId, postId and volunteerId are not read (0). */
  items: (withKeys?: boolean) => AsyncIterable<ItemRow[]>;
  /**
   * Part 2's source when it can be read shorter: the first row of each volunteer on each post, in
   * file order (the rows part 2 lists); record cells and 分组号 not read. Otherwise part 2 reads items().
   */
  people?: () => AsyncIterable<ItemRow[]>;
  issues: () => AsyncIterable<IssueRow[]>;
  projects: () => AsyncIterable<string[][]>;
}

export function recordLine(item: Pick<ItemRow, 'rowNumber' | 'groupNumber' | 'cells'>): string[] {
  return [String(item.rowNumber), ...item.cells, String(item.groupNumber)];
}

function reportLine(issue: IssueRow): string[] {
  return [
    String(issue.position),
    String(issue.serviceRecordId),
    issue.rule,
    issue.columnName,
    issue.message,
    ...issue.cells,
  ];
}

/** Part 2 from part 1's rows: people not known to be registered, batched per post by 50. */
async function* peopleLines(items: AsyncIterable<ItemRow[]>): Lines {
  const batches = new PeopleBatches();
  for await (const batch of items) {
    const lines: string[][] = [];
    for (const item of batch) {
      if (item.cells[CELL.registered] === '是') continue;
      const place = batches.add(item.projectId, item.postId, item.volunteerId);
      if (!place) continue;
      const c = item.cells;
      lines.push([
        String(place.batch),
        String(place.position),
        c[CELL.project]!,
        c[CELL.post]!,
        c[CELL.name]!,
        c[CELL.documentType]!,
        c[CELL.documentNumber]!,
        c[CELL.mobile]!,
        c[CELL.area]!,
      ]);
    }
    if (lines.length) yield lines;
  }
}

async function* map<T, U>(source: AsyncIterable<T[]>, fn: (value: T) => U): AsyncGenerator<U[]> {
  for await (const batch of source) yield batch.map(fn);
}

async function* fromArray<T>(values: T[]): AsyncGenerator<T[]> {
  yield values;
}

/** Lines travel in batches (see archive-export.source): one await per batch, not per row. */
export type Lines = AsyncIterable<string[][]>;

async function* counting(lines: Lines, onRows: (rows: number) => void): Lines {
  for await (const batch of lines) {
    onRows(batch.length);
    yield batch;
  }
}

/** The lines (header excluded) and columns of one CSV part. */
export function partLines(content: BatchContent, file: Exclude<ExportFile, 'export.xlsx'>) {
  switch (file) {
    case 'records.csv':
      return { columns: RECORD_COLUMNS, lines: map(content.items(false), recordLine) };
    case 'people.csv':
      return { columns: PEOPLE_COLUMNS, lines: peopleLines(content.people?.() ?? content.items()) };
    case 'projects.csv':
      return { columns: PROJECT_COLUMNS, lines: content.projects() };
    case 'report.csv':
      return { columns: REPORT_COLUMNS, lines: map(content.issues(), reportLine) };
  }
}

/**
 * CSV: header then lines through csv-stringify, a batch of rows per call (the bytes are those of
 * a row-by-row stringifier; one call per batch spares a stream hop and a buffer per row).
 * Back-pressure: the next batch is read only when the consumer wants more.
 */
export function csvStream(columns: readonly string[], lines: Lines): Readable {
  async function* chunks() {
    yield Buffer.from(stringifySync([[...columns]], CSV_OPTIONS));
    // A fast reader (a local socket whose writes complete at once) never makes the pipeline wait
    // on I/O, so pages would follow each other without the event loop turning: 0.4–0.7 s at a time.
    const turn = loopTurns();
    for await (const batch of lines) {
      if (batch.length) yield Buffer.from(stringifySync(batch, { ...CSV_OPTIONS, bom: false }));
      const waiting = turn();
      if (waiting) await waiting;
    }
  }
  return Readable.from(chunks(), { objectMode: false });
}

/** Writes one file of the batch to `out` (an HTTP response, a file), ending it. */
export async function writeExportFile(
  content: BatchContent,
  file: ExportFile,
  out: Writable,
  onRow?: (rows: number) => void,
): Promise<void> {
  if (file === 'export.xlsx') {
    await writeXlsx(content, out, onRow);
    return;
  }
  const { columns, lines } = partLines(content, file);
  const counted = onRow ? counting(lines, onRow) : lines;
  await pipeline(csvStream(columns, counted), out);
}

type ZipLike = { append: (source: unknown, data: object) => unknown; fixedDate?: boolean };

/**
 * exceljs's streaming writer stamps every zip entry with the current time, and adds its first
 * entries (theme, relationships) from its constructor. This subclass stamps them all with the
 * workbook's `created` instead (set before those entries are added), so a file is reproducible.
 */
class FixedDateWorkbookWriter extends ExcelJS.stream.xlsx.WorkbookWriter {
  override addThemes(): Promise<void> {
    const self = this as unknown as { zip: ZipLike; created: Date };
    if (!self.zip.fixedDate) {
      const append = self.zip.append.bind(self.zip);
      self.zip.append = (source, data) => append(source, { ...data, date: self.created });
      self.zip.fixedDate = true;
    }
    const parent = ExcelJS.stream.xlsx.WorkbookWriter.prototype as unknown as { addThemes(): Promise<void> };
    return parent.addThemes.call(this);
  }
}

/**
 * exceljs's buffer for a sheet's XML. `pipes` holds the stream the zip reads the entry from: a
 * readable-stream PassThrough (archiver's), which has no `writableNeedDrain`, hence its state.
 */
interface SheetStream {
  write(xml: string): unknown;
  pipes?: (Writable & { _writableState?: { needDrain?: boolean } })[];
}

/**
 * exceljs hands a sheet's XML to the zip without back-pressure, and the zip deflates in the
 * thread pool, so the writer waits here: for the zip's entry stream to drain (it fills until
 * the zip reaches this sheet, then drains as the deflate goes), for a timer turn without one (setImmediate comes back before the deflate
 * does: RSS reached 800 MB on a million rows), and for the output. A timer turn after every
 * batch kept memory flat too, but a turn is a millisecond: twenty seconds on a million rows.
 */
async function deflated(stream: SheetStream, out: Writable): Promise<void> {
  const entry = stream.pipes?.[0];
  if (!entry) await new Promise((resolve) => setTimeout(resolve, 0));
  else if (entry._writableState?.needDrain) await once(entry, 'drain');
  if (out.writableNeedDrain) await once(out, 'drain');
}

/**
 * The XLSX twin: 服务记录, 系统外成员, 项目信息, 校验报告 and 说明 as sheets, written with
 * exceljs's streaming writer (each row is committed as it is added). ID numbers and phones are
 * text cells with the text format `@`, so Excel never turns them into 3.70102E+17. Cells are
 * typed strings, never formulas, and carry the CSV's text: formula starters get the same `'`.
 * The zip entries and document properties carry the batch's creation time, so the same batch
 * gives the same bytes.
 */
export async function writeXlsx(
  content: BatchContent,
  out: Writable,
  onRow?: (rows: number) => void,
): Promise<void> {
  const created = content.createdAt;
  const workbook = new FixedDateWorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
    created,
    modified: created,
  } as ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookWriter>[0]);
  workbook.creator = 'union-volunteer-platform';
  const styles = (workbook as unknown as { styles: { addStyleModel(style: object, type: number): number } })
    .styles;
  workbook.title = EXPORT_LABEL;

  const sheet = async (name: string, columns: readonly string[], lines: Lines, numeric: number[] = []) => {
    const worksheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = columns.map((header) => ({
      header,
      key: header,
      width: Math.max(10, [...header].length * 2 + 2),
      ...(TEXT_COLUMNS.has(header) ? { style: { numFmt: '@' } } : {}),
      ...(header === HOURS_COLUMN ? { style: { numFmt: '0.00' } } : {}),
    }));
    const header = worksheet.getRow(1);
    header.font = { bold: true };
    header.commit();
    // The header goes through exceljs (it starts the sheet's data); the rows are written as XML.
    const textStyle = styles.addStyleModel({ numFmt: '@' }, ExcelJS.ValueType.String);
    // Hours are numbers shown with their 2 decimals (1.50, as in the CSV), so Excel sums them.
    const hoursStyle = styles.addStyleModel({ numFmt: '0.00' }, ExcelJS.ValueType.Number);
    const toXml = rowWriter(columns.length, {
      numeric,
      styles: columns.map((c) => (TEXT_COLUMNS.has(c) ? textStyle : c === HOURS_COLUMN ? hoursStyle : 0)),
    });
    const stream = (worksheet as unknown as { stream: SheetStream }).stream;
    const text = columns.map((_, i) => !numeric.includes(i));
    const cellsOf = (line: readonly string[]) => line.map((v, i) => (text[i] ? escapeFormula(v) : v));
    let rowNumber = 1;
    const turn = loopTurns();
    for await (const batch of lines) {
      // Written in pieces of about 16,000 characters: bigger strings live outside V8's young
      // generation until a full collection (a million rows: peak RSS 207 MB with whole batches, 186 MB so).
      let xml = '';
      for (const line of batch) {
        xml += toXml(++rowNumber, cellsOf(line));
        if (xml.length >= 16_000) {
          stream.write(xml);
          xml = '';
        }
      }
      if (xml) stream.write(xml);
      onRow?.(batch.length);
      await deflated(stream, out);
      const waiting = turn();
      if (waiting) await waiting;
    }
    worksheet.commit();
  };

  const records = partLines(content, 'records.csv');
  // 序号, 服务时长（小时） and 分组号 are numbers (docs/archive-format.md), the hours to 2 decimals.
  await sheet('服务记录', records.columns, records.lines, [
    0,
    RECORD_COLUMNS.indexOf(HOURS_COLUMN),
    RECORD_COLUMNS.length - 1,
  ]);
  const people = partLines(content, 'people.csv');
  await sheet('系统外成员', people.columns, people.lines, [0, 1]);
  const projects = partLines(content, 'projects.csv');
  await sheet('项目信息', projects.columns, projects.lines);
  const report = partLines(content, 'report.csv');
  await sheet('校验报告', report.columns, report.lines, [0, REPORT_COLUMNS.indexOf(HOURS_COLUMN)]);
  await sheet(
    '说明',
    ['项目', '内容'],
    fromArray<string[]>([
      ['标题', EXPORT_LABEL],
      ['说明', EXPORT_NOTE],
      ['导出批次', String(content.id)],
      ['导出时间', chinaDateTime(created)],
    ]),
  );
  const done = once(out, 'finish');
  await workbook.commit();
  await done;
}
