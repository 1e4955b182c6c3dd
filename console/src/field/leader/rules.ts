import { SdkError, type ServiceProjectStatus } from '../../../../client-sdk/src';
import { chinaDate } from '../../china-time';
import type {
  FieldLeaderMemberFragment,
  FieldLeaderProjectFragment,
  FieldLeaderRecordFragment,
  FieldLeaderTeamsQuery,
} from '../../graphql/generated';
import { labelOf, SERVICE_RECORD_STATUS_LABELS } from '../../labels';
import { fieldMessage } from '../../pages/records/area';

/** A team the signed-in person leads, as the 服务队 tab uses it. */
export interface LedTeam {
  id: string;
  name: string;
  members: FieldLeaderMemberFragment[];
  projects: FieldLeaderProjectFragment[];
}

/** One project of a led team: what the picker at the top of the tab chooses. */
export interface LedProject {
  team: LedTeam;
  project: FieldLeaderProjectFragment;
}

/**
 * The teams the person leads, as the API decides it (server/src/modules/accounts/authenticate.ts:
 * teams whose 负责人 they are, not disbanded). The session does not list them, so they are found
 * among the person's memberships: a leader is always a member of their team.
 */
export function ledTeams(data: FieldLeaderTeamsQuery): LedTeam[] {
  const volunteerId = data.me.volunteerId;
  if (!volunteerId) return [];
  return (data.me.volunteer?.memberships ?? [])
    .map((m) => m.team)
    .filter((team) => team.leaderId === volunteerId && team.status !== 'DISBANDED')
    .map((team) => ({ id: team.id, name: team.name, members: team.members, projects: team.projects }));
}

const STATUS_ORDER: Record<ServiceProjectStatus, number> = {
  ACTIVE: 0,
  PLANNED: 1,
  COMPLETED: 2,
  CANCELLED: 3,
};

/**
 * The projects to choose from, the one to work on first: serving ones before planned and finished
 * ones, the latest first. Cancelled projects take no records or logs, so they are left out.
 */
export function projectChoices(teams: readonly LedTeam[]): LedProject[] {
  return teams
    .flatMap((team) => team.projects.map((project) => ({ team, project })))
    .filter(({ project }) => project.status !== 'CANCELLED')
    .sort(
      (a, b) =>
        STATUS_ORDER[a.project.status] - STATUS_ORDER[b.project.status] ||
        b.project.startsOn.localeCompare(a.project.startsOn) ||
        Number(b.project.id) - Number(a.project.id),
    );
}

/** The API takes service records for a project once it has started (service-record.service.ts). */
export function takesRecords(status: ServiceProjectStatus): boolean {
  return status === 'ACTIVE' || status === 'COMPLETED';
}

/** The last China date a record or a log may be for: today, or the project's last day if earlier. */
export function lastRecordableDay(project: { endsOn: string }, today: string): string {
  return project.endsOn < today ? project.endsOn : today;
}

/**
 * A fresh idempotency key for one batch entry (the API's `idempotencyKey`): a retry after a lost
 * answer returns the records already made. getRandomValues works on plain http too, unlike
 * randomUUID, and intranet servers are often reached without TLS.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `field-batch-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** The form fields of the batch entry a server refusal can be told beside. */
export type BatchField = 'postId' | 'date' | 'start' | 'end' | 'volunteerIds' | 'remark';

/** Where a refusal of recordServiceBatch goes and what it says; field null: above the form. */
export interface BatchRefusal {
  field: BatchField | null;
  message: string;
  /** The member the refusal is about (an overlapping record), when the server names one. */
  volunteerId: string | null;
}

/**
 * recordServiceBatch's refusal, placed beside the field it names (`segments[0].startsAt` is the
 * start time, a date outside the project the date) in Chinese where the rule is known
 * (service-record.rules.ts), with the member named when the server says whose record is in the way.
 */
export function batchRefusal(error: unknown, nameOf: (volunteerId: string) => string | null): BatchRefusal {
  if (!(error instanceof SdkError)) {
    return { field: null, message: String((error as Error)?.message ?? error), volunteerId: null };
  }
  const name = (error.field ?? '').replace(/^input\./, '');
  const segmentPart = /^segments\[\d+\]\.(startsAt|endsAt)$/.exec(name)?.[1] ?? null;
  const volunteerId = typeof error.extensions.volunteerId === 'string' ? error.extensions.volunteerId : null;
  let field: BatchField | null = null;
  if (name === 'postId') field = 'postId';
  else if (name === 'remark') field = 'remark';
  else if (name === 'volunteerIds') field = 'volunteerIds';
  else if (error.code === 'RECORD_OUTSIDE_PROJECT' || error.code === 'DATE_OUT_OF_RANGE') field = 'date';
  else if (segmentPart === 'startsAt') field = 'start';
  else if (segmentPart === 'endsAt') field = 'end';
  return { field, message: recordRuleMessage(error, nameOf), volunteerId };
}

function recordRuleMessage(error: SdkError, nameOf: (volunteerId: string) => string | null): string {
  const m = error.message;
  let match: RegExpExecArray | null;
  switch (error.code) {
    case 'RECORD_SEGMENT_INVALID':
      return /after startsAt/.test(m) ? '结束时间须晚于开始时间' : '请填写有效的时间';
    case 'RECORD_TOO_SHORT':
      return '服务时长至少 1 分钟';
    case 'RECORD_CROSSES_MIDNIGHT':
      return '一条记录须在同一天内（北京时间），跨过午夜请分两次记录';
    case 'RECORD_IN_FUTURE':
      return '服务结束后才能记录：结束时间还没到（北京时间）';
    case 'RECORD_OUTSIDE_PROJECT':
      match = /\((\d{4}-\d{2}-\d{2}) – (\d{4}-\d{2}-\d{2})\)/.exec(m);
      return match ? `服务日期须在项目期间（${match[1]} 至 ${match[2]}）内` : '服务日期须在项目期间内';
    case 'RECORD_OVERLAP': {
      const who = typeof error.extensions.volunteerId === 'string' ? error.extensions.volunteerId : null;
      const status = /already has (\w+) record/.exec(m)?.[1];
      const what = status ? `${labelOf(SERVICE_RECORD_STATUS_LABELS, status)}的服务记录` : '服务记录';
      if (!who) return '同一次填写的时段相互重叠';
      const name = nameOf(who) ?? `志愿者 ${who}`;
      return `${name} 在这个时段已有${what}，同一时段不能重复记录。请取消勾选 ${name} 或改时间`;
    }
    case 'RECORD_REMARK_TOO_LONG':
      return '备注最多 500 个字';
    case 'DATE_OUT_OF_RANGE':
      return '日期超出可记录的范围';
    case 'IDEMPOTENCY_KEY_REUSED':
      return '这次填写与刚才提交的不同，请再点一次提交';
  }
  if ((match = /volunteer (\d+) is not a member of team/.exec(m))) {
    return `${nameOf(match[1]!) ?? `志愿者 ${match[1]}`} 不是本服务队成员`;
  }
  if (/name at least one volunteer/.test(m)) return '请至少选择一名成员';
  if ((match = /at most (\d+) volunteers/.exec(m))) return `一次最多记录 ${match[1]} 名成员`;
  if (/service is recorded once a project has started/.test(m)) return '项目开始后才能记录服务时长';
  return fieldMessage(error);
}

/** The server's word on a rejection reason, in Chinese where the rule is known. */
export function reasonMessage(error: SdkError): string {
  if (/ is required$/.test(error.message)) return '请填写驳回理由';
  if (/must contain visible characters/.test(error.message)) return '驳回理由须有看得见的文字';
  const max = /at most (\d+) characters/.exec(error.message);
  if (max) return `驳回理由最多 ${max[1]} 个字`;
  return fieldMessage(error);
}

/** The server's word on a log entry's field (service-log.rules.ts), in Chinese where the rule is known. */
export function logMessage(error: SdkError): string {
  const m = error.message;
  let match: RegExpExecArray | null;
  if (/loggedOn is required/.test(m)) return '请选择日期';
  if (/cannot be in the future/.test(m)) return '日期不能晚于今天（北京时间）';
  if ((match = /within the project \((\d{4}-\d{2}-\d{2}) – (\d{4}-\d{2}-\d{2})\)/.exec(m))) {
    return `日期须在项目期间（${match[1]} 至 ${match[2]}）内`;
  }
  if (/content is required/.test(m)) return '请填写日志内容';
  return fieldMessage(error);
}

/** A record the server would not approve or reject, and its words why. */
export interface ReviewFailure {
  row: FieldLeaderRecordFragment;
  reason: string;
}

/** `张三 2025-06-01`: a record as the failures and the reject sheet name it. */
export function describeRecord(row: FieldLeaderRecordFragment): string {
  return `${row.volunteer?.name ?? `志愿者 ${row.volunteerId}`} ${chinaDate(new Date(row.startsAt))}`;
}
