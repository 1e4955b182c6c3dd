import { ErrorCode } from '../../core/errors';
import { chinaDate, chinaDateTime } from '../../core/time';
import { MOBILE_PATTERN, normalisePersonName } from '../../core/validate';
import { NATIONAL_BENEFICIARY_LABELS } from '../code-lists/beneficiary-group';
import { NATIONAL_CATEGORY_LABELS, POVERTY_ALLEVIATION_CODE } from '../code-lists/service-category';
import {
  formatHundredths,
  hoursOf,
  MAX_REMARK_LENGTH,
  segmentProblems,
} from '../service-records/service-record.rules';
import {
  ageOn,
  birthDateOf,
  checkDocumentNumber,
  idCheckCharacter,
  MIN_VOLUNTEER_AGE,
} from '../volunteers/document-check';
import { DOCUMENT_TYPE_CODES, DocumentType } from '../volunteers/document-number';

/**
 * The archive export (ARCHIVE_FORMAT.md), pure: the columns, a row's cells, the national
 * system's rules checked on each row with a stable rule code, group numbers, batches of
 * 系统外成员 and formula neutralising. The builder, the reader and the file writers only move
 * rows around.
 */

export const EXPORT_LABEL = '志愿服务记录导出（供录入全国志愿服务信息系统参考）';
export const EXPORT_NOTE =
  '本文件是录入全国志愿服务信息系统（www.chinavolunteer.cn）的参考工作表，不是官方导入模板：' +
  '请按“分组号”逐组在系统中选择项目、岗位和志愿者并填写时间段，服务时长由系统自动计算。';

/** Part 1 (服务记录), in the order of ARCHIVE_FORMAT.md. */
export const RECORD_COLUMNS = [
  '序号',
  '项目名称',
  '岗位名称',
  '姓名',
  '证件类型',
  '证件号码',
  '手机号',
  '服务区域',
  '开始时间',
  '结束时间',
  '服务时长（小时）',
  '服务地点',
  '服务内容（备注）',
  '记录单位（队伍名称）',
  '记录人',
  '记录日期',
  '是否已在全国系统注册',
  '分组号',
] as const;

/** Where each cell sits in a stored row (RECORD_COLUMNS without 序号 and 分组号). */
export const CELL = {
  project: 0,
  post: 1,
  name: 2,
  documentType: 3,
  documentNumber: 4,
  mobile: 5,
  area: 6,
  start: 7,
  end: 8,
  hours: 9,
  place: 10,
  remark: 11,
  team: 12,
  recorder: 13,
  recordedOn: 14,
  registered: 15,
} as const;
export const CELL_COLUMNS = RECORD_COLUMNS.slice(1, -1);

/** Part 2 (系统外成员): people to add, at most 50 per batch and one 岗位 per batch. */
export const PEOPLE_COLUMNS = [
  '批次号',
  '批次内序号',
  '项目名称',
  '岗位名称',
  '姓名',
  '证件类型',
  '证件号码',
  '手机号',
  '服务区域',
] as const;
export const MAX_PEOPLE_PER_BATCH = 50;

/** Part 3 (项目信息). */
export const PROJECT_COLUMNS = [
  '项目名称',
  '服务类别',
  '服务对象',
  '项目开始日期',
  '项目结束日期',
  '服务区域',
  '服务地点',
  '联系人',
  '联系电话',
  '岗位',
  '记录单位（队伍名称）',
] as const;

/** 校验报告: every rule a row broke, with the row as it would have been exported. */
export const REPORT_COLUMNS = ['序号', '服务记录ID', '规则代码', '出错列', '说明', ...CELL_COLUMNS] as const;

/** Columns written as text whatever they look like: ID numbers and phones. */
export const TEXT_COLUMNS: ReadonlySet<string> = new Set(['证件号码', '手机号', '联系电话']);

/** One candidate record with everything its row needs, as read from the database. */
export interface SourceRow {
  recordId: number;
  volunteerId: number;
  projectId: number;
  postId: number;
  startsAt: Date;
  endsAt: Date;
  /** As stored: "1.50" (MariaDB) or 1.5 (SQLite). */
  hours: string | number;
  remark: string | null;
  createdAt: Date;
  name: string;
  documentType: string;
  documentNumber: string;
  mobile: string;
  homeAreaCode: string;
  nationalVolunteerNumber: string | null;
  projectName: string;
  projectStartsOn: string;
  projectEndsOn: string;
  postName: string;
  teamName: string;
  siteName: string;
  /** 记录人 when not the volunteer: the volunteer or account who entered the record. */
  recorderName: string | null;
  /** The volunteer's birth date (`YYYY-MM-DD`) as registered, if known. */
  birthDate?: string | null;
  /** Another approved record of the same volunteer whose segment overlaps this one, if any. */
  overlapsRecordId: number | null;
}

/** Project facts checked once per project. */
export interface ProjectFacts {
  name: string;
  nationalCategoryCodes: string[];
  beneficiaryCodes: string[];
}

/** A broken rule: a stable code, the column at fault (Chinese header) and what is wrong. */
export interface RuleIssue {
  rule: string;
  column: string;
  message: string;
}

/** Rule codes, stable: clients and coordinators may key on them. */
export const RULES = {
  NAME_INVALID: '姓名: Chinese characters with an optional ·, or Latin letters and single spaces',
  DOCUMENT_TYPE_INVALID: '证件类型: one of the national codes 01–07, 99',
  DOCUMENT_CHECK_DIGIT: '证件号码: the GB 11643 check character is wrong',
  DOCUMENT_NUMBER_INVALID: '证件号码: format or birth date the national system refuses',
  VOLUNTEER_UNDER_MINIMUM_AGE: `证件号码: the volunteer is at least ${MIN_VOLUNTEER_AGE} on the service day`,
  MOBILE_INVALID: '手机号: 11 digits starting 13–19',
  AREA_CODE_INVALID: '服务区域: a 6-digit area code',
  SEGMENT_INVALID: '时间段: start before end',
  SEGMENT_TOO_SHORT: '时间段: at least one minute',
  SEGMENT_CROSSES_MIDNIGHT: '时间段: one calendar day (China time)',
  SEGMENT_IN_FUTURE: '时间段: not ending in the future',
  SEGMENT_OUTSIDE_PROJECT: '时间段: inside the project dates',
  SEGMENT_OVERLAP: "时间段: never overlapping another of the volunteer's approved records",
  HOURS_MISMATCH: '服务时长: equals (end − start) in hours to 2 decimals',
  REMARK_TOO_LONG: `服务内容（备注）: at most ${MAX_REMARK_LENGTH} characters`,
  PROJECT_NAME_TOO_LONG: '项目名称: at most 50 characters',
  PROJECT_CATEGORIES_INVALID: '服务类别: 1 to 4 national codes',
  PROJECT_POVERTY_CODE_MISSING: `服务类别: every project of the campaign carries ${POVERTY_ALLEVIATION_CODE} 扶贫减贫`,
  PROJECT_BENEFICIARIES_INVALID: '服务对象: national codes only',
  PROJECT_BENEFICIARIES_MISSING: '服务对象: at least one national code',
} as const;
export type RuleCode = keyof typeof RULES;

const SEGMENT_RULES: Partial<Record<ErrorCode, { rule: RuleCode; column: string }>> = {
  [ErrorCode.RECORD_SEGMENT_INVALID]: { rule: 'SEGMENT_INVALID', column: '结束时间' },
  [ErrorCode.RECORD_TOO_SHORT]: { rule: 'SEGMENT_TOO_SHORT', column: '结束时间' },
  [ErrorCode.RECORD_CROSSES_MIDNIGHT]: { rule: 'SEGMENT_CROSSES_MIDNIGHT', column: '结束时间' },
  [ErrorCode.RECORD_IN_FUTURE]: { rule: 'SEGMENT_IN_FUTURE', column: '结束时间' },
  [ErrorCode.RECORD_OUTSIDE_PROJECT]: { rule: 'SEGMENT_OUTSIDE_PROJECT', column: '开始时间' },
};

const issue = (rule: RuleCode, column: string, message: string): RuleIssue => ({ rule, column, message });

/**
 * Stored hours in the export's form, "1.50", whatever the driver returned. Stored hours have 2
 * decimals (DECIMAL(6,2), made by hoursFromSeconds): this only undoes SQLite's float, it rounds nothing.
 */
export function storedHours(value: string | number): string {
  return formatHundredths(Math.round(Number(value) * 100));
}

function documentTypeCell(type: string): string {
  const known = DOCUMENT_TYPE_CODES[type as DocumentType];
  return known ? `${known.code} ${known.label}` : type;
}

/**
 * The row's cells (CELL order) and every national rule it breaks. Values are exported as the
 * national system would take them: names with the standard middle dot, document numbers with
 * spaces stripped and `x` as `X`, hours recomputed from the segment, times in China time.
 */
export function buildRow(
  row: SourceRow,
  projectIssues: readonly RuleIssue[],
  now: Date,
): { cells: string[]; issues: RuleIssue[] } {
  const issues: RuleIssue[] = [...projectIssues];

  let name = row.name;
  try {
    name = normalisePersonName('姓名', row.name);
  } catch (error) {
    issues.push(issue('NAME_INVALID', '姓名', messageOf(error)));
  }

  let documentNumber = row.documentNumber;
  if (!(row.documentType in DOCUMENT_TYPE_CODES)) {
    issues.push(issue('DOCUMENT_TYPE_INVALID', '证件类型', `unknown document type ${row.documentType}`));
  } else {
    const checked = checkDocumentNumber(
      '证件号码',
      row.documentType as DocumentType,
      row.documentNumber,
      now,
    );
    if (checked.ok) {
      documentNumber = checked.value;
    } else {
      // checkDocumentNumber stops at the first problem (format, birth date, check character): a
      // number with a false birth date may have a wrong check character too, a second rule broken.
      const value = row.documentNumber.replace(/\s+/g, '').toUpperCase();
      const wrongCheck = /^\d{17}[\dX]$/.test(value) && idCheckCharacter(value.slice(0, 17)) !== value[17];
      if (checked.problem !== 'CHECK_CHARACTER') {
        issues.push(issue('DOCUMENT_NUMBER_INVALID', '证件号码', checked.message));
      }
      if (checked.problem === 'CHECK_CHARACTER' || (checked.problem === 'BIRTH_DATE' && wrongCheck)) {
        issues.push(issue('DOCUMENT_CHECK_DIGIT', '证件号码', '证件号码 fails the GB 11643 check digit'));
      }
    }
  }
  // Volunteers are teachers and staff: someone under the legal working age on the service day is a
  // mistake in the number or a registration from before the rule (document-check.ts).
  const birthDate =
    row.birthDate ?? (isResidentIdType(row.documentType) ? birthDateOf(row.documentNumber) : null);
  const serviceDay = chinaDate(row.startsAt);
  if (
    birthDate &&
    /^\d{4}-\d{2}-\d{2}$/.test(birthDate) &&
    ageOn(birthDate, serviceDay) < MIN_VOLUNTEER_AGE
  ) {
    issues.push(
      issue(
        'VOLUNTEER_UNDER_MINIMUM_AGE',
        '证件号码',
        `born ${birthDate}: ${ageOn(birthDate, serviceDay)} years old on ${serviceDay}, under ${MIN_VOLUNTEER_AGE}`,
      ),
    );
  }

  const mobile = row.mobile.replace(/[\s-]/g, '');
  if (!MOBILE_PATTERN.test(mobile)) {
    issues.push(
      issue('MOBILE_INVALID', '手机号', '手机号 must be an 11-digit mainland mobile number starting 13–19'),
    );
  }
  if (!/^\d{6}$/.test(row.homeAreaCode)) {
    issues.push(
      issue('AREA_CODE_INVALID', '服务区域', `服务区域 ${row.homeAreaCode} is not a 6-digit area code`),
    );
  }

  const segment = { startsAt: row.startsAt, endsAt: row.endsAt };
  // Every segment rule broken, each its own report line (the API refuses with the first).
  for (const problem of segmentProblems(
    segment,
    { startsOn: row.projectStartsOn, endsOn: row.projectEndsOn },
    now,
  )) {
    const mapped = SEGMENT_RULES[problem.code];
    if (!mapped) throw problem;
    issues.push(issue(mapped.rule, mapped.column, problem.message));
  }
  if (row.overlapsRecordId !== null) {
    issues.push(
      issue(
        'SEGMENT_OVERLAP',
        '开始时间',
        `overlaps approved service record ${row.overlapsRecordId} of the same volunteer`,
      ),
    );
  }
  const hours = row.endsAt > row.startsAt ? hoursOf(segment) : '0.00';
  // Only a reversed or empty segment has no hours to compare with.
  if (row.endsAt > row.startsAt && storedHours(row.hours) !== hours) {
    issues.push(
      issue(
        'HOURS_MISMATCH',
        '服务时长（小时）',
        `stored ${storedHours(row.hours)} h, the segment gives ${hours} h`,
      ),
    );
  }
  // Line breaks as LF: an XLSX cannot keep a CR, and both files must say the same.
  const remark = (row.remark ?? '').replace(/\r\n?/g, '\n').trim();
  if ([...remark].length > MAX_REMARK_LENGTH) {
    issues.push(issue('REMARK_TOO_LONG', '服务内容（备注）', `${[...remark].length} characters`));
  }

  const cells = exportCells([
    row.projectName,
    row.postName,
    name,
    documentTypeCell(row.documentType),
    documentNumber,
    mobile,
    row.homeAreaCode,
    chinaDateTime(row.startsAt),
    chinaDateTime(row.endsAt),
    hours,
    row.siteName,
    remark,
    row.teamName,
    row.recorderName ?? name,
    chinaDate(row.createdAt),
    row.nationalVolunteerNumber ? '是' : '未知',
  ]);
  return { cells, issues };
}

/**
 * Characters an XLSX cannot hold (XML 1.0: C0 controls but tab and LF, DEL as exceljs drops it,
 * U+FFFE/U+FFFF, lone surrogates). Free text entered today cannot hold them, but rows written
 * before that rule could, and the CSV would keep what the XLSX drops.
 */
const NOT_IN_XLSX =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const CR_OR_NOT_IN_XLSX = /[\r\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF\uD800-\uDFFF]/;

/**
 * A batch's cells as both of its files can carry them: line breaks as LF (an XLSX keeps no CR)
 * and what an XLSX cannot hold left out, so the CSV and the XLSX of one batch say the same.
 */
export function exportCells(cells: string[]): string[] {
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    if (CR_OR_NOT_IN_XLSX.test(cell)) cells[i] = cell.replace(/\r\n?/g, '\n').replace(NOT_IN_XLSX, '');
  }
  return cells;
}

/** The project-level rules, checked once per project; every row of a failing project carries them. */
export function checkProject(project: ProjectFacts): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const length = [...project.name].length;
  if (length > 50) issues.push(issue('PROJECT_NAME_TOO_LONG', '项目名称', `${length} characters`));
  const categories = project.nationalCategoryCodes;
  if (
    categories.length < 1 ||
    categories.length > 4 ||
    categories.some((c) => !(c in NATIONAL_CATEGORY_LABELS))
  ) {
    issues.push(
      issue(
        'PROJECT_CATEGORIES_INVALID',
        '项目名称',
        `服务类别 [${categories.join(', ')}]: 1 to 4 national codes`,
      ),
    );
  }
  // The whole campaign is poverty alleviation (助力脱贫攻坚, DOMAIN.md): every project carries 0002
  // (ARCHIVE_FORMAT.md), whatever else it does. Checked on its own: a project may break both rules.
  if (!categories.includes(POVERTY_ALLEVIATION_CODE)) {
    issues.push(
      issue(
        'PROJECT_POVERTY_CODE_MISSING',
        '项目名称',
        `服务类别 [${categories.join(', ')}] lacks ${POVERTY_ALLEVIATION_CODE} 扶贫减贫`,
      ),
    );
  }
  if (project.beneficiaryCodes.length === 0) {
    // The national project form asks who is served: an empty 服务对象 cell cannot be keyed in.
    issues.push(
      issue('PROJECT_BENEFICIARIES_MISSING', '项目名称', '服务对象 is empty: give at least one code'),
    );
  } else if (project.beneficiaryCodes.some((c) => !(c in NATIONAL_BENEFICIARY_LABELS))) {
    issues.push(
      issue('PROJECT_BENEFICIARIES_INVALID', '项目名称', `服务对象 [${project.beneficiaryCodes.join(', ')}]`),
    );
  }
  return issues;
}

/** `0003 支教助学；0002 扶贫减贫`: codes with their labels, as the national form lists them. */
export function categoryCell(codes: readonly string[]): string {
  return codes.map((c) => `${c} ${NATIONAL_CATEGORY_LABELS[c] ?? ''}`.trim()).join('；');
}

export function beneficiaryCell(codes: readonly string[]): string {
  return codes.map((c) => `${c} ${NATIONAL_BENEFICIARY_LABELS[c] ?? ''}`.trim()).join('；');
}

/**
 * 分组号: rows come ordered by project, post, start and end, so a group is a run of rows with
 * the same key; numbers start at 1 and grow with each new key.
 */
export class GroupNumbers {
  private lastKey: string | null = null;
  private current = 0;

  next(row: Pick<SourceRow, 'projectId' | 'postId' | 'startsAt' | 'endsAt'>): number {
    const key = `${row.projectId}|${row.postId}|${row.startsAt.getTime()}|${row.endsAt.getTime()}`;
    if (key !== this.lastKey) {
      this.current += 1;
      this.lastKey = key;
    }
    return this.current;
  }
}

/**
 * 系统外成员 batches: one 岗位 per batch and at most 50 people; a person is listed once per
 * post. Rows arrive grouped by project and post, so only the current post's people are held.
 */
export class PeopleBatches {
  private postKey: string | null = null;
  private seen = new Set<number>();
  private batch = 0;
  private position = 0;

  /** The person's batch and place in it, or null when already listed for this post. */
  add(projectId: number, postId: number, volunteerId: number): { batch: number; position: number } | null {
    const key = `${projectId}|${postId}`;
    if (key !== this.postKey) {
      this.postKey = key;
      this.seen = new Set();
      this.batch += 1;
      this.position = 0;
    }
    if (this.seen.has(volunteerId)) return null;
    this.seen.add(volunteerId);
    if (this.position === MAX_PEOPLE_PER_BATCH) {
      this.batch += 1;
      this.position = 0;
    }
    this.position += 1;
    return { batch: this.batch, position: this.position };
  }
}

/** Document types whose 18-character numbers carry a birth date (GB 11643 and the permits). */
function isResidentIdType(type: string): boolean {
  return (
    type === DocumentType.MAINLAND_ID_CARD ||
    type === DocumentType.HONG_KONG_ID ||
    type === DocumentType.MACAO_ID ||
    type === DocumentType.TAIWAN_ID
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
