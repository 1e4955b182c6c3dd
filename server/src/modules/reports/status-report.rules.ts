import { AppError, BadInputError, ErrorCode } from '../../core/errors';
import { optionalText } from '../../core/validate';
import { chinaToday } from '../../core/time';

/** The form's title, word for word as on the notice's attachment. */
export const STATUS_REPORT_TITLE = '全省教育系统工会助力脱贫攻坚教职工志愿服务活动情况调度表';

/** The form's limit for 志愿服务进展情况. */
export const MAX_PROGRESS_TEXT = 500;

export function normaliseProgressText(value: string | null | undefined): string | null {
  return optionalText('progressText', value, { max: MAX_PROGRESS_TEXT, multiline: true });
}

/**
 * One project's 志愿服务进展情况 from `progress[index]`: at most 500 characters (code points, so a
 * Chinese character counts once, not as its three UTF-8 bytes); null when empty. A refusal keeps the
 * input's path as `field` and names the project in the message and in `extensions.projectId`, so a
 * form with one text box per project can mark the right one.
 */
export function normaliseProjectProgressText(
  index: number,
  projectId: number,
  value: string | null | undefined,
): string | null {
  const field = `progress[${index}].text`;
  try {
    return optionalText(field, value, { max: MAX_PROGRESS_TEXT, multiline: true });
  } catch (error) {
    if (!(error instanceof BadInputError)) throw error;
    throw new AppError(ErrorCode.BAD_USER_INPUT, `project ${projectId}: ${error.message}`, {
      field,
      projectId: String(projectId),
    });
  }
}

/**
 * The last China date a report's figures cover: today, but never past the milestone's deadline,
 * so a report filed late still speaks of its own period, and a draft shows what it would file now.
 */
export function reportAsOf(dueOn: string, now: Date = new Date()): string {
  const today = chinaToday(now);
  return today < dueOn ? today : dueOn;
}

/** Not yet filed and past the deadline (China dates; the deadline day itself is still on time). */
export function isOverdue(dueOn: string, submittedAt: Date | null, now: Date = new Date()): boolean {
  return submittedAt === null && chinaToday(now) > dueOn;
}
