import { BadInputError } from '../../core/errors';
import { chinaToday } from '../../core/time';
import { requireDateInBounds, requireText } from '../../core/validate';

export const MAX_LOG_LENGTH = 5000;

/** Checks a log entry (pure): a China date within the project's period and not in the future. */
export function normaliseServiceLog(
  input: { loggedOn?: string | null; content?: string | null },
  project: { startsOn: string; endsOn: string },
  now: Date = new Date(),
): { loggedOn: string; content: string } {
  const loggedOn = input.loggedOn ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(loggedOn)) {
    throw new BadInputError('loggedOn', 'loggedOn is required, e.g. 2019-07-10');
  }
  if (loggedOn > chinaToday(now)) {
    throw new BadInputError('loggedOn', 'loggedOn cannot be in the future (China time)');
  }
  // After the future check: that one says more about a date past today.
  requireDateInBounds('loggedOn', loggedOn);
  if (loggedOn < project.startsOn || loggedOn > project.endsOn) {
    throw new BadInputError(
      'loggedOn',
      `loggedOn must lie within the project (${project.startsOn} – ${project.endsOn})`,
    );
  }
  return {
    loggedOn,
    content: requireText('content', input.content, { max: MAX_LOG_LENGTH, multiline: true }),
  };
}
