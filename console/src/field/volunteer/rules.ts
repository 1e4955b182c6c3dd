import { SdkError, type ServiceProjectStatus } from '../../../../client-sdk/src';
import { chinaDate, chinaWallClockToIso, formatChinaTime } from '../../china-time';
import { describeError } from '../../errors';
import type {
  FieldVolunteerProjectFragment,
  FieldVolunteerRecordFragment,
  FieldVolunteerTeamsFragment,
} from '../../graphql/generated';
import { labelOf, SERVICE_RECORD_STATUS_LABELS } from '../../labels';

/** How far back the list of my records reaches (the API lists oldest first, 100 at most). */
export const RECENT_DAYS = 60;

/** What the 记录 tab reads when it opens. */
export interface RecordData {
  volunteerId: string;
  /** The projects of my teams that take records now. */
  projects: MyProject[];
  /** My records of the last RECENT_DAYS days, newest first. */
  records: FieldVolunteerRecordFragment[];
  /** More than the page the API gave. */
  moreRecords: boolean;
}

/** A project the volunteer's teams run, with the team's name. */
export interface MyProject {
  teamName: string;
  project: FieldVolunteerProjectFragment;
}

/** A refusal as the server gave it (an error's code, field, message and extensions), e.g. kept in the outbox. */
export interface ServerRefusal {
  code: string;
  field: string | null;
  message: string;
  extensions: Record<string, string>;
}

/** The API takes service records once a project has started, and after it ended (late entries). */
export function takesRecords(status: ServiceProjectStatus): boolean {
  return status === 'ACTIVE' || status === 'COMPLETED';
}

/** The projects of the volunteer's teams (a project listed once), serving ones first, newest first. */
export function myProjects(volunteer: FieldVolunteerTeamsFragment | null | undefined): MyProject[] {
  const seen = new Set<string>();
  const out: MyProject[] = [];
  for (const { team } of volunteer?.memberships ?? []) {
    for (const project of team.projects) {
      if (seen.has(project.id)) continue;
      seen.add(project.id);
      out.push({ teamName: team.name, project });
    }
  }
  const rank = (s: ServiceProjectStatus) => ({ ACTIVE: 0, COMPLETED: 1, PLANNED: 2, CANCELLED: 3 })[s];
  return out.sort(
    (a, b) =>
      rank(a.project.status) - rank(b.project.status) ||
      b.project.startsOn.localeCompare(a.project.startsOn) ||
      Number(b.project.id) - Number(a.project.id),
  );
}

/** `2025-06-01 09:00–11:30`: a segment in China time (one day: a record never crosses midnight). */
export function formatSegment(startsAt: string, endsAt: string): string {
  const start = formatChinaTime(startsAt);
  const end = formatChinaTime(endsAt);
  return start.slice(0, 10) === end.slice(0, 10) ? `${start}–${end.slice(11)}` : `${start} – ${end}`;
}

/** The record form's fields a rule or a refusal can be told beside. */
export type RecordField = 'projectId' | 'postId' | 'date' | 'start' | 'end' | 'remark';

export interface RecordValues {
  projectId?: string;
  postId?: string;
  date?: string;
  start?: string;
  end?: string;
  remark?: string;
}

export interface FieldProblem {
  field: RecordField | null;
  message: string;
}

export const MAX_REMARK = 500;
/** The phone's times are to the minute; the API's shortest segment is one minute (MIN_SEGMENT_SECONDS). */
const MIN_MINUTES = 1;

/**
 * The rules of one segment the phone can check before sending (service-record.rules.ts
 * `segmentProblems`, in its order): end after start, at least a minute, one China day (the form
 * has one date, so only an end before the start can cross midnight), not in the future, inside the
 * project's dates. Overlap with the volunteer's other records is the server's to judge: it knows
 * the records entered on other phones and by the team leader.
 */
export function segmentProblems(
  values: Required<Pick<RecordValues, 'date' | 'start' | 'end'>>,
  project: Pick<FieldVolunteerProjectFragment, 'startsOn' | 'endsOn'>,
  now: Date,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const today = chinaDate(now);
  const { date, start, end } = values;
  if (date < project.startsOn || date > project.endsOn) {
    problems.push({
      field: 'date',
      message: `服务日期须在项目期间（${project.startsOn} 至 ${project.endsOn}）内`,
    });
  } else if (date > today) {
    problems.push({ field: 'date', message: `服务结束后才能记录：日期不能晚于今天（北京时间 ${today}）` });
  }
  const startsAt = Date.parse(chinaWallClockToIso(`${date} ${start}`));
  const endsAt = Date.parse(chinaWallClockToIso(`${date} ${end}`));
  if (endsAt <= startsAt) {
    problems.push({
      field: 'end',
      message: '结束时间须晚于开始时间。一条记录只算同一天（北京时间）内的时间，跨过午夜请分两条记录',
    });
  } else if (endsAt - startsAt < MIN_MINUTES * 60_000) {
    problems.push({ field: 'end', message: '服务时长至少 1 分钟' });
  } else if (date <= today && endsAt > now.getTime()) {
    problems.push({
      field: 'end',
      message: `服务结束后才能记录：结束时间还没到（现在是北京时间 ${formatChinaTime(now).slice(11)}）`,
    });
  }
  return problems;
}

/** Where a server error about a record goes on the form. */
function recordFieldOf(code: string, field: string | null): RecordField | null {
  const name = (field ?? '').replace(/^input\./, '');
  if (code === 'RECORD_OUTSIDE_PROJECT' || code === 'DATE_OUT_OF_RANGE') return 'date';
  if (name === 'startsAt') return 'start';
  if (name === 'endsAt') return 'end';
  if (name === 'postId') return 'postId';
  if (name === 'projectId' || name === 'volunteerId') return 'projectId';
  if (name === 'remark') return 'remark';
  return null;
}

/**
 * recordService's refusal in Chinese (the rules of service-record.rules.ts and the service's own
 * checks), with the field it names; `records` lets an overlap say which record is in the way.
 */
export function recordRefusal(
  refusal: ServerRefusal,
  records: readonly FieldVolunteerRecordFragment[] = [],
): FieldProblem {
  const { code, message: m } = refusal;
  const field = recordFieldOf(code, refusal.field);
  let match: RegExpExecArray | null;
  switch (code) {
    case 'RECORD_SEGMENT_INVALID':
      return {
        field,
        message: /after startsAt/.test(m) ? '结束时间须晚于开始时间' : '请填写有效的日期和时间',
      };
    case 'RECORD_TOO_SHORT':
      return { field, message: '服务时长至少 1 分钟' };
    case 'RECORD_CROSSES_MIDNIGHT':
      return { field, message: '一条记录须在同一天内（北京时间），跨过午夜请分两条记录' };
    case 'RECORD_IN_FUTURE':
      return { field, message: '服务结束后才能记录：结束时间还没到（北京时间）' };
    case 'RECORD_OUTSIDE_PROJECT':
      match = /\((\d{4}-\d{2}-\d{2}) – (\d{4}-\d{2}-\d{2})\)/.exec(m);
      return {
        field,
        message: match ? `服务日期须在项目期间（${match[1]} 至 ${match[2]}）内` : '服务日期须在项目期间内',
      };
    case 'RECORD_OVERLAP': {
      const clash = records.find((r) => r.id === refusal.extensions.recordId);
      const status = clash?.status ?? /already has (\w+) record/.exec(m)?.[1];
      const what = status ? `${labelOf(SERVICE_RECORD_STATUS_LABELS, status)}的服务记录` : '服务记录';
      const when = clash ? `（${formatSegment(clash.startsAt, clash.endsAt)}）` : '';
      return {
        field: field ?? 'start',
        message: `这个时段你已有${what}${when}，同一时段不能重复记录，请改时间`,
      };
    }
    case 'RECORD_REMARK_TOO_LONG':
      return { field: 'remark', message: `服务内容最多 ${MAX_REMARK} 个字` };
    case 'DATE_OUT_OF_RANGE':
      return { field: 'date', message: '日期超出可记录的范围' };
    case 'IDEMPOTENCY_KEY_REUSED':
      return { field: null, message: '这条记录与之前发送的不一致，请重新填写后提交' };
    case 'NOT_FOUND':
      return { field, message: '项目或岗位已不存在，请重新选择' };
    case 'FORBIDDEN':
      return { field, message: `没有权限：${m}` };
  }
  if (/is not a member of team/.test(m)) return { field: 'projectId', message: '你不是这个项目服务队的成员' };
  if (/service is recorded once a project has started/.test(m))
    return { field: 'projectId', message: '项目开始（进行中）后才能记录服务时长' };
  if (/belongs to another project/.test(m)) return { field: 'postId', message: '这个岗位不属于所选项目' };
  return { field, message: `未能记录（${code}）：${m}` };
}

export function recordRefusalOf(error: unknown, records?: readonly FieldVolunteerRecordFragment[]) {
  if (!(error instanceof SdkError)) return { field: null, message: describeError(error) };
  const extensions: Record<string, string> = {};
  for (const [k, v] of Object.entries(error.extensions)) if (typeof v === 'string') extensions[k] = v;
  return recordRefusal({ code: error.code, field: error.field, message: error.message, extensions }, records);
}

/** confirmPresence's refusal in Chinese (SERVICE_CODE_INVALID says why in `extensions.reason`). */
export function presenceRefusal(error: unknown): { onCode: boolean; message: string } {
  if (!(error instanceof SdkError)) return { onCode: false, message: describeError(error) };
  if (error.code === 'SERVICE_CODE_INVALID') {
    switch (error.extensions.reason) {
      case 'EXPIRED':
        return { onCode: true, message: '服务码已过期，请向帮扶点联系人要新的服务码' };
      case 'USED':
        return { onCode: false, message: '这条记录已经确认过到场' };
      default:
        return {
          onCode: true,
          message: '服务码不对：请核对帮扶点出示的服务码，并确认选的是当天在该项目的记录',
        };
    }
  }
  if (error.code === 'RECORD_NOT_EDITABLE')
    return { onCode: false, message: '这条记录已审核或已退回，不能再确认到场' };
  return { onCode: false, message: describeError(error) };
}

/** respondToAssignment's refusal in Chinese: most often the coordinator changed it meanwhile. */
export function answerRefusal(error: unknown): string {
  if (!(error instanceof SdkError)) return describeError(error);
  const m = error.message;
  const now = /is now (\w+)|is (\w+): only/.exec(m);
  const status = now?.[1] ?? now?.[2];
  if (status === 'CANCELLED') return '协调员已撤回这次邀请';
  if (status === 'PROPOSED') return '协调员还没有确认这次邀请，确认后才能接受（可以先婉拒）';
  if (status) return '这次邀请已经答复过了';
  if (/at most (\d+) characters/.test(m)) return '婉拒理由最多 500 个字';
  return describeError(error);
}

/** 服务码 are 8 characters of an alphabet without look-alikes (service-record.service.ts). */
const CODE_PATTERN = /^[A-Z0-9]{4,16}$/;

/**
 * The service code in what a QR code or a link holds: the site's QR encodes the page's address
 * `…/field/record/presence?code=XXXX`; a bare code is taken as it is.
 */
export function codeFromScan(text: string): string | null {
  const raw = text.trim();
  try {
    const url = new URL(raw);
    const code = url.searchParams.get('code');
    if (code) return normaliseCode(code);
  } catch {
    // not a URL: perhaps the code itself
  }
  const bare = normaliseCode(raw);
  return CODE_PATTERN.test(bare) ? bare : null;
}

/** As the server reads a code: trimmed, upper case. Spaces people type between groups are dropped. */
export function normaliseCode(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase();
}

/**
 * The records a service code may confirm: the volunteer's own, a draft or waiting for review, not
 * confirmed yet, newest first.
 */
export function presenceCandidates(records: readonly FieldVolunteerRecordFragment[]) {
  return records
    .filter((r) => (r.status === 'DRAFT' || r.status === 'SUBMITTED') && !r.presenceConfirmedAt)
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt));
}

/** The China date `days` before today's (from which recent records are read). */
export function daysAgo(days: number, now = new Date()): string {
  return chinaDate(new Date(now.getTime() - days * 86_400_000));
}
