import { optionalText } from '../../core/validate';
import { chinaToday } from '../../core/time';

/** The form's limit for 志愿服务进展情况. */
export const MAX_PROGRESS_TEXT = 500;

export function normaliseProgressText(value: string | null | undefined): string | null {
  return optionalText('progressText', value, { max: MAX_PROGRESS_TEXT, multiline: true });
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
