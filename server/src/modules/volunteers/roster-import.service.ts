// Over 500 lines on purpose: one roster file's whole path (decode, read CSV or XLSX, check each row
// and column, write all or nothing) reads top to bottom, and every problem it reports is made here.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { requireUnitAdministration } from '../../core/access';
import type { Actor } from '../../core/actor';
import { AuditAction, recordAudit } from '../../core/audit';
import { AppError, BadInputError } from '../../core/errors';
import { conflictOnDuplicate } from '../../core/sql';
import { holdingConnection } from '../../core/sqlite-guard';
import { parseId } from '../../core/validate';
import { SERVICE_CATEGORY_LABELS, VOLUNTEER_ROLE_LABELS } from '../code-lists/labels';
import type { ServiceCategory } from '../code-lists/service-category';
import { UnitService } from '../units/unit.service';
import { DocumentType } from './document-number';
import type { ImportVolunteerRosterInput, RosterProblem, VolunteerRosterImport } from './roster-import.types';
import { Gender, Volunteer, VolunteerRole } from './volunteer.entity';
import {
  columnOfField,
  REQUIRED_ROSTER_COLUMNS,
  ROSTER_COLUMNS,
  volunteerProblemMessage,
  type RosterColumn,
} from './volunteer-messages';
import { normaliseVolunteer, type VolunteerFields, type VolunteerFieldsInput } from './volunteer.rules';
import { insertVolunteer } from './volunteer.service';

/**
 * What one import may be. The file limit keeps the request under the API's 1 MB JSON body once
 * base64 (4/3) is added; an .xlsx is a zip, so what it unpacks to is limited as well.
 */
export const ROSTER_LIMITS = Object.freeze({
  maxFileBytes: 700 * 1024,
  maxRows: 5000,
  maxUnpackedBytes: 20 * 1024 * 1024,
  maxProblemsListed: 1000,
});

/** One line of the roster: its row number as Excel shows it, and its cells by column. */
interface RosterRow {
  line: number;
  cells: Partial<Record<RosterColumn, string>>;
  /** Columns whose cell Excel held as a number (an ID typed as a number has lost its last digits). */
  numeric: Set<RosterColumn>;
}

const GENDERS: Record<string, Gender> = { 男: Gender.MALE, 女: Gender.FEMALE };
const ROLES: Record<string, VolunteerRole> = Object.fromEntries(
  Object.entries(VOLUNTEER_ROLE_LABELS).map(([value, label]) => [label, value as VolunteerRole]),
);
const CATEGORIES: Record<string, ServiceCategory> = {
  ...Object.fromEntries(
    Object.entries(SERVICE_CATEGORY_LABELS).map(([value, label]) => [label, value as ServiceCategory]),
  ),
  // The label is 专业培训/技能培训: either half is what a roster writes.
  专业培训: 'PROFESSIONAL_TRAINING' as ServiceCategory,
  技能培训: 'PROFESSIONAL_TRAINING' as ServiceCategory,
};

/**
 * Values that pass every rule, put in place of a cell already found wrong so the rules can go on
 * to the row's other cells: a row with a wrong ID and a wrong mobile reports both.
 */
const STAND_INS: Record<string, Partial<VolunteerFieldsInput>> = {
  name: { name: '张三' },
  documentNumber: { documentNumber: '11010519491231002X', gender: null },
  gender: { gender: null },
  mobile: { mobile: '13800000000' },
  title: { title: null },
  serviceCategories: { serviceCategories: [] },
  skills: { skills: [] },
  homeAreaCode: { homeAreaCode: '370102' },
  safetyTrainedOn: { safetyTrainedOn: null },
};

/**
 * 导入名册: a unit's roster, from the .xlsx or .csv the unit already keeps, checked row by row with
 * createVolunteer's own rules (normaliseVolunteer) and written all at once or not at all.
 */
export class RosterImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Actor,
  ) {}

  async import(input: ImportVolunteerRosterInput): Promise<VolunteerRosterImport> {
    const unitId = parseId('unitId', input.unitId);
    requireUnitAdministration(this.actor, unitId, 'import volunteers');
    await new UnitService(this.dataSource, this.actor).get(unitId, 'unitId');
    const dryRun = input.dryRun ?? false;
    const bytes = decodeFile(input.contentBase64);
    const kind = fileKind(input.fileName);
    const table = kind === 'xlsx' ? await readXlsx(bytes) : readCsv(bytes);

    const headerProblems = checkHeader(table.header);
    if (headerProblems.length > 0) return outcome(dryRun, 0, 0, headerProblems);
    const rows = toRows(table);
    if (rows.length === 0) {
      throw new BadInputError('contentBase64', 'the roster has no rows below its header');
    }
    if (rows.length > ROSTER_LIMITS.maxRows) {
      throw new BadInputError(
        'contentBase64',
        `a roster may hold at most ${ROSTER_LIMITS.maxRows} rows (this one has ${rows.length}): split it`,
      );
    }

    const problems: RosterProblem[] = [];
    const good: { line: number; fields: VolunteerFields }[] = [];
    const today = new Date();
    for (const row of rows) {
      const found = checkRow(row, today);
      if (found.problems.length > 0) problems.push(...found.problems);
      else good.push({ line: row.line, fields: found.fields! });
    }
    problems.push(...checkDuplicatesInFile(good));
    problems.push(...(await this.checkAlreadyRegistered(good, unitId)));
    if (problems.length > 0) return outcome(dryRun, rows.length, 0, problems);
    if (dryRun) return outcome(true, rows.length, 0, []);

    await holdingConnection(this.dataSource, () =>
      conflictOnDuplicate(
        'contentBase64',
        'a volunteer of this roster was registered meanwhile: check the roster again',
        () =>
          this.dataSource.transaction(async (manager) => {
            const created: Volunteer[] = [];
            for (const { fields } of good) created.push(await insertVolunteer(manager, unitId, fields));
            await recordAudit(
              manager,
              this.actor,
              ...created.map((volunteer) => ({
                action: AuditAction.CREATE,
                entityType: 'Volunteer',
                entityId: volunteer.id,
                after: { ...volunteer, availability: [], importedFrom: input.fileName.slice(0, 200) },
              })),
            );
          }),
      ),
    );
    return outcome(false, rows.length, good.length, []);
  }

  /** Rows whose document number is already registered (in any unit: a person is registered once). */
  private async checkAlreadyRegistered(
    good: readonly { line: number; fields: VolunteerFields }[],
    unitId: number,
  ): Promise<RosterProblem[]> {
    const problems: RosterProblem[] = [];
    const repo = this.dataSource.getRepository(Volunteer);
    for (const type of new Set(good.map((g) => g.fields.documentType))) {
      const numbers = good.filter((g) => g.fields.documentType === type).map((g) => g.fields.documentNumber);
      for (let i = 0; i < numbers.length; i += 500) {
        const existing = await repo.find({
          select: { id: true, documentNumber: true, unitId: true, volunteerNumber: true },
          where: { documentType: type, documentNumber: In(numbers.slice(i, i + 500)) },
        });
        const byNumber = new Map(existing.map((v) => [v.documentNumber, v]));
        for (const g of good) {
          const found = g.fields.documentType === type && byNumber.get(g.fields.documentNumber);
          if (!found) continue;
          problems.push({
            line: g.line,
            column: '证件号码',
            code: 'ALREADY_REGISTERED',
            message:
              found.unitId === unitId
                ? `本单位已登记这名志愿者（编号 ${found.volunteerNumber}）：请从名册中删去这一行，要修改请在名单中编辑`
                : '已有志愿者用这个证件号码在其他单位登记',
          });
        }
      }
    }
    return problems;
  }
}

function outcome(
  dryRun: boolean,
  rowCount: number,
  importedCount: number,
  problems: RosterProblem[],
): VolunteerRosterImport {
  const sorted = [...problems].sort(
    (a, b) => a.line - b.line || columnOrder(a.column) - columnOrder(b.column),
  );
  return {
    dryRun,
    rowCount,
    importedCount,
    problemCount: sorted.length,
    problems: sorted.slice(0, ROSTER_LIMITS.maxProblemsListed),
  };
}

function columnOrder(column: string | null): number {
  const i = ROSTER_COLUMNS.indexOf(column as RosterColumn);
  return i < 0 ? -1 : i;
}

function fileKind(fileName: string): 'xlsx' | 'csv' {
  const name = fileName.trim().toLowerCase();
  if (name.endsWith('.xlsx')) return 'xlsx';
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.xls')) {
    throw new BadInputError(
      'fileName',
      'old .xls workbooks cannot be read: save the roster as .xlsx (Excel 2007 or later) or .csv',
    );
  }
  throw new BadInputError('fileName', 'a roster must be an .xlsx or .csv file');
}

function decodeFile(contentBase64: string): Buffer {
  const text = contentBase64.replace(/\s+/g, '');
  // Refused before decoding: base64 is 4 characters for every 3 bytes.
  if (text.length > Math.ceil(ROSTER_LIMITS.maxFileBytes / 3) * 4) throw tooLarge();
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 === 1) {
    throw new BadInputError('contentBase64', 'contentBase64 is not base64');
  }
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length > ROSTER_LIMITS.maxFileBytes) throw tooLarge();
  if (bytes.length === 0) throw new BadInputError('contentBase64', 'the file is empty');
  return bytes;
}

function tooLarge(): BadInputError {
  return new BadInputError(
    'contentBase64',
    `a roster file may be at most ${ROSTER_LIMITS.maxFileBytes / 1024} KB: split it into several files`,
  );
}

interface Table {
  header: string[];
  /** Each row below the header: its Excel row number and its cells in the header's order. */
  body: { line: number; values: string[]; numeric: boolean[] }[];
}

/** UTF-8 (with or without BOM), else GB18030: what Excel on a Chinese Windows saves as "CSV". */
function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function readCsv(bytes: Buffer): Table {
  let records: string[][];
  try {
    records = parse(decodeText(bytes), {
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new BadInputError(
      'contentBase64',
      `the CSV file cannot be read${line ? ` (near line ${line})` : ''}: save it again from Excel as CSV`,
    );
  }
  const [header = [], ...rest] = records;
  return {
    header: header.map(cleanHeader),
    body: rest.map((values, i) => ({ line: i + 2, values, numeric: values.map(() => false) })),
  };
}

async function readXlsx(bytes: Buffer): Promise<Table> {
  checkZip(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new BadInputError(
      'contentBase64',
      'the .xlsx file cannot be read: open it in Excel and save it again as .xlsx',
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new BadInputError('contentBase64', 'the workbook has no sheet');
  if (sheet.rowCount > ROSTER_LIMITS.maxRows + 1 + 1000) {
    // Far more rows than a roster may hold (counting a margin of empty ones): refused unread.
    throw new BadInputError(
      'contentBase64',
      `a roster may hold at most ${ROSTER_LIMITS.maxRows} rows: split it`,
    );
  }
  const width = Math.min(sheet.columnCount, 50);
  const read = (rowNumber: number) => {
    const row = sheet.getRow(rowNumber);
    const values: string[] = [];
    const numeric: boolean[] = [];
    for (let c = 1; c <= width; c++) {
      const value = row.getCell(c).value;
      values.push(cellText(value));
      numeric.push(typeof value === 'number');
    }
    return { line: rowNumber, values, numeric };
  };
  const body = [];
  for (let r = 2; r <= sheet.rowCount; r++) body.push(read(r));
  return { header: read(1).values.map(cleanHeader), body };
}

/** Text as the coordinator sees it in the cell. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  // Date cells arrive as midnight UTC of the date shown.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText))
      return value.richText.map((part) => part.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}

/**
 * An .xlsx is a zip: its central directory says what each entry unpacks to. A small file that
 * claims to unpack to more than a roster could be is refused before it is opened.
 */
function checkZip(bytes: Buffer): void {
  const unreadable = () =>
    new BadInputError('contentBase64', 'the .xlsx file cannot be read: it is not an Excel workbook');
  // End of central directory: at least 22 bytes from the end, after a comment of at most 64 KB.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw unreadable();
  const entries = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  let unpacked = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== 0x02014b50) throw unreadable();
    const compressed = bytes.readUInt32LE(offset + 20);
    const size = bytes.readUInt32LE(offset + 24);
    // Zip64 markers (sizes of 4 GB and more) have no place in a roster.
    if (size === 0xffffffff || compressed === 0xffffffff) throw tooLarge();
    unpacked += size;
    offset +=
      46 +
      bytes.readUInt16LE(offset + 28) +
      bytes.readUInt16LE(offset + 30) +
      bytes.readUInt16LE(offset + 32);
  }
  if (unpacked > ROSTER_LIMITS.maxUnpackedBytes) {
    throw new BadInputError(
      'contentBase64',
      `the workbook unpacks to more than ${ROSTER_LIMITS.maxUnpackedBytes / 1024 / 1024} MB: keep only the roster sheet, or save it as .csv`,
    );
  }
}

/** Heading text as typed: spaces, a leading 序号-style star (必填 marks) and full-width brackets dropped. */
function cleanHeader(name: string): string {
  return (name ?? '')
    .replace(/[\s\uFEFF]+/g, '')
    .replace(/^[*＊]+|[*＊]+$/g, '')
    .replace(/[（(].*[)）]$/, '');
}

function checkHeader(header: readonly string[]): RosterProblem[] {
  return REQUIRED_ROSTER_COLUMNS.filter((column) => !header.includes(column)).map((column) => ({
    line: 1,
    column,
    code: 'MISSING_COLUMN',
    message: `第 1 行（表头）缺少“${column}”列。表头应为：${ROSTER_COLUMNS.join('、')}（可下载模板）`,
  }));
}

function toRows(table: Table): RosterRow[] {
  const index = new Map<RosterColumn, number>();
  for (const column of ROSTER_COLUMNS) {
    const i = table.header.indexOf(column);
    if (i >= 0) index.set(column, i);
  }
  const rows: RosterRow[] = [];
  for (const { line, values, numeric } of table.body) {
    if (!values.some((v) => (v ?? '').trim() !== '')) continue;
    const row: RosterRow = { line, cells: {}, numeric: new Set() };
    for (const [column, i] of index) {
      row.cells[column] = (values[i] ?? '').trim();
      if (numeric[i]) row.numeric.add(column);
    }
    rows.push(row);
  }
  return rows;
}

function split(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[;；,，、\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** A date as rosters write it (2019-03-20, 2019/3/20, 2019.3.20, 2019年3月20日, 20190320); null if not one. */
function parseDate(text: string): string | null {
  const match =
    /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** One row: its fields after every rule of createVolunteer, or every problem found in it. */
function checkRow(row: RosterRow, today: Date): { fields?: VolunteerFields; problems: RosterProblem[] } {
  const problems: RosterProblem[] = [];
  const problem = (column: RosterColumn | null, code: string, message: string) =>
    problems.push({ line: row.line, column, code, message });
  const cell = (column: RosterColumn) => row.cells[column] ?? '';

  const input: VolunteerFieldsInput = {
    name: cell('姓名'),
    documentType: DocumentType.MAINLAND_ID_CARD,
    documentNumber: cell('证件号码'),
    mobile: cell('手机号码'),
    title: cell('职务') || null,
    skills: split(cell('技能')),
    homeAreaCode: cell('常住地区代码'),
  };
  const genderText = cell('性别');
  if (genderText) {
    if (GENDERS[genderText]) input.gender = GENDERS[genderText];
    else
      problem('性别', 'UNKNOWN_VALUE', `性别请填“男”或“女”（现为“${genderText}”），也可留空按身份证号码判断`);
  }
  const roleText = cell('身份');
  if (roleText) {
    if (ROLES[roleText]) input.role = ROLES[roleText];
    else
      problem(
        '身份',
        'UNKNOWN_VALUE',
        `身份请填${Object.keys(ROLES)
          .map((r) => `“${r}”`)
          .join('或')}（现为“${roleText}”），留空即为志愿者`,
      );
  }
  const categories: ServiceCategory[] = [];
  for (const label of split(cell('服务类别'))) {
    const category = CATEGORIES[label];
    if (category) {
      if (!categories.includes(category)) categories.push(category);
    } else {
      problem(
        '服务类别',
        'UNKNOWN_VALUE',
        `没有“${label}”这个服务类别。可填：${Object.values(SERVICE_CATEGORY_LABELS).join('、')}（多个用顿号分开）`,
      );
    }
  }
  input.serviceCategories = categories;
  const trainedText = cell('安全培训日期');
  if (trainedText) {
    const date = parseDate(trainedText);
    if (date) input.safetyTrainedOn = date;
    else problem('安全培训日期', 'UNKNOWN_VALUE', `“${trainedText}”不是日期：请写成 2019-03-20 这样的格式`);
  }

  // createVolunteer's own rules, from the first field they refuse to the last: each refused field
  // is replaced by a stand-in that passes, so the next run reaches the row's other fields.
  const refused = new Set<string>();
  for (let attempt = 0; attempt <= Object.keys(STAND_INS).length; attempt++) {
    try {
      const fields = normaliseVolunteer(input, today);
      return problems.length > 0 ? { problems } : { fields, problems };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const field = (error.field ?? '').replace(/\[\d+\]$/, '');
      const standIn = STAND_INS[field];
      const column = columnOfField(field);
      let message = volunteerProblemMessage(field, error.message, String(error.extensions.code));
      if (!standIn || refused.has(field)) {
        problem(column, String(error.extensions.code), message);
        return { problems };
      }
      refused.add(field);
      if (column === '证件号码' && row.numeric.has('证件号码')) {
        message += '。这一格在 Excel 里存成了数字，末几位已丢失：请把该列设为“文本”后重新填写';
      }
      problem(column, String(error.extensions.code), message);
      Object.assign(input, standIn);
    }
  }
  return { problems };
}

/** The second and later rows with the same document number are refused; the first is named. */
function checkDuplicatesInFile(good: readonly { line: number; fields: VolunteerFields }[]): RosterProblem[] {
  const first = new Map<string, number>();
  const problems: RosterProblem[] = [];
  for (const { line, fields } of good) {
    const key = `${fields.documentType} ${fields.documentNumber}`;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, line);
    else
      problems.push({
        line,
        column: '证件号码',
        code: 'DUPLICATE_IN_FILE',
        message: `与第 ${earlier} 行的证件号码相同：同一人只能登记一次`,
      });
  }
  return problems;
}
