import { SdkError, type ServiceProjectStatus } from '../../../../client-sdk/src';
import { chinaDate } from '../../china-time';

/**
 * 服务项目: who uses the tab. The unit's coordinator plans its teams' projects and their safety
 * plans; the province reads every unit's. (The API also lets a team's leader run their team's
 * projects; the console does not offer it to them yet.)
 */
export function mayPlanProjects(role: string): boolean {
  return role === 'UNIT_COORDINATOR' || role === 'PROVINCIAL_ADMIN';
}

/** Who creates projects and edits them and their safety plans here: the unit's coordinator. */
export function mayEditProjects(role: string): boolean {
  return role === 'UNIT_COORDINATOR';
}

/**
 * 归档导出: the unit's coordinator makes and downloads exports (they hold full ID numbers and
 * mobiles); the province reads the batches but neither makes nor downloads files (the API's rule,
 * server/src/modules/archive-exports/archive-export.access.ts).
 */
export function mayExportRecords(role: string): boolean {
  return role === 'UNIT_COORDINATOR' || role === 'PROVINCIAL_ADMIN';
}

export function mayDownloadExports(role: string): boolean {
  return role === 'UNIT_COORDINATOR';
}

export const PROJECT_STATUS_COLORS: Record<ServiceProjectStatus, string> = {
  PLANNED: 'blue',
  ACTIVE: 'green',
  COMPLETED: 'default',
  CANCELLED: 'default',
};

/** The statuses a project may move to from this one (the API's rule, service-project.rules.ts). */
export const NEXT_PROJECT_STATUSES: Readonly<Record<ServiceProjectStatus, readonly ServiceProjectStatus[]>> =
  {
    PLANNED: ['ACTIVE', 'CANCELLED'],
    ACTIVE: ['COMPLETED', 'CANCELLED'],
    COMPLETED: [],
    CANCELLED: [],
  };

/**
 * The rule the notice sets and the API enforces (PROJECT_NOT_SAFE_TO_START): a project starts
 * (计划中 → 进行中), and so its volunteers' time can be recorded, only with its safety plan and with
 * every team member trained in safety.
 */
export const SAFETY_RULE =
  '按照活动通知要求，服务前须建立安全责任制、制定危机预案，并对志愿者和工会干部进行安全培训。' +
  '项目须先制定安全责任制与危机预案、服务队成员全部完成安全培训，才能开始（计划中 → 进行中）；' +
  '开始后志愿者才能登记服务时长。';

/** The campaign under way on today's China date, else the latest. */
export function currentCampaignId(
  campaigns: readonly { id: string; year: number; startsOn: string; endsOn: string }[],
): string | null {
  const today = chinaDate();
  const running = campaigns.filter((c) => c.startsOn <= today && today <= c.endsOn);
  const pool = running.length > 0 ? running : campaigns;
  return [...pool].sort((a, b) => b.year - a.year)[0]?.id ?? null;
}

/**
 * The server's reason in Chinese where the console knows the rule, else the server's own words:
 * either way shown under the field the server names.
 */
export function fieldMessage(error: SdkError): string {
  const m = error.message;
  let match: RegExpExecArray | null;
  if (error.code === 'NOTHING_TO_EXPORT')
    return '这段日期内没有等待导出的已审核服务记录（已导出过的记录不会再次导出）';
  if (error.code === 'SCOPE_TOO_LARGE') return '记录太多，请缩短日期范围分几批导出';
  if (error.code === 'PROJECT_NOT_SAFE_TO_START') {
    if (error.field === 'safetyPlan') return '尚未制定安全责任制与危机预案，项目不能开始';
    if ((match = /on record: (.+)$/.exec(m))) return `以下服务队成员尚未接受安全培训：${match[1]}`;
    return `项目还不能开始：${m}`;
  }
  if ((match = /must lie within the campaign \((\d{4}-\d{2}-\d{2}) – (\d{4}-\d{2}-\d{2})\)/.exec(m)))
    return `项目日期须在所属活动期间（${match[1]} 至 ${match[2]}）内`;
  if (/endsOn must not be before startsOn/.test(m)) return '结束日期不能早于开始日期';
  if (/rangeEnd must not be before rangeStart/.test(m)) return '结束日期不能早于开始日期';
  if (/has asked to pair with this site/.test(m)) return '本单位的结对申请尚待帮扶点同意，暂不能在此开展项目';
  if (/not paired with this site/.test(m)) return '本单位尚未与该帮扶点结对，请先结对';
  if (/disbanded team/.test(m)) return '该服务队已解散，不能承担项目';
  if (/at least one post/.test(m)) return '至少填写一个岗位';
  if (/share a name|lists .+ twice/.test(m)) return '岗位名称不能重复';
  if (/must be a mobile number or a landline/.test(m))
    return '请填写手机号或带区号的固定电话，例如 0531-81916597';
  if (/say whether volunteers are insured/.test(m)) return '请说明是否已购买志愿者保险';
  if ((match = /cannot become (\w+)/.exec(m))) return `项目当前状态不能改为该状态（${match[1]}）`;
  if (/is (COMPLETED|CANCELLED): its plan is kept/.test(m)) return '项目已结束或已取消，安全预案不再修改';
  if ((match = /must be at most (\d+) characters/.exec(m))) return `最多 ${match[1]} 个字`;
  if ((match = /must be between (\d+) and (\d+)/.exec(m))) return `须在 ${match[1]} 到 ${match[2]} 之间`;
  if (/ is required$/.test(m)) return '必填';
  if (/must be a single line/.test(m)) return '不能换行';
  if (/area ?code|six digits|6-digit/i.test(m)) return '须为 6 位行政区划代码';
  if (error.code === 'FORBIDDEN') return `没有权限：${m}`;
  if (error.code === 'NOT_FOUND') return `找不到：${m}`;
  return m;
}

/** `fieldMessage` for anything thrown (an SdkError, or the words of another error). */
export function messageOf(error: unknown): string {
  return error instanceof SdkError ? fieldMessage(error) : String((error as Error)?.message ?? error);
}
