import { AppError, ErrorCode } from '../../core/errors';
import { chinaDate } from '../../core/time';
import { normaliseFreeText, requireInstantInBounds } from '../../core/validate';
import { ServiceRecordStatus } from './service-record.entity';

/**
 * The national system's rules for a time segment (ARCHIVE_FORMAT.md), pure so the service, the
 * seeds and the export check them alike. Each refusal carries its own code and the field at fault.
 */

/** At least one minute of service: the national system's smallest volunteer-applied segment. */
export const MIN_SEGMENT_SECONDS = 60;
/** 备注 / 服务内容: at most 500 characters. */
export const MAX_REMARK_LENGTH = 500;
/** The national UI takes up to 10 segments per entry. */
export const MAX_SEGMENTS = 10;
/** Volunteers in one batch entry by a team leader. */
export const MAX_BATCH_VOLUNTEERS = 100;
/** A rejection reason, like every other free text of a decision. */
export const MAX_REASON_LENGTH = 500;

export interface Segment {
  startsAt: Date;
  endsAt: Date;
}

export interface ProjectDates {
  startsOn: string;
  endsOn: string;
}

/** A broken record rule: `code` says which rule, `field` which input. */
export class RecordRuleError extends AppError {
  constructor(code: ErrorCode, field: string, message: string, extra: Record<string, unknown> = {}) {
    super(code, message, { field, ...extra });
  }
}

const fieldName = (prefix: string, name: string) => (prefix ? `${prefix}.${name}` : name);

/**
 * Times are kept to the second, like the national system's `YYYY-MM-DD HH:mm:ss`: fractions of a
 * second are dropped before any rule is checked, so what is checked is what is stored and exported.
 */
export function normaliseSegment(segment: Segment, prefix = ''): Segment {
  for (const name of ['startsAt', 'endsAt'] as const) {
    const value = segment[name];
    if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
      throw new RecordRuleError(
        ErrorCode.RECORD_SEGMENT_INVALID,
        fieldName(prefix, name),
        `${name} is not a valid time`,
      );
    }
    requireInstantInBounds(fieldName(prefix, name), value);
  }
  const toSecond = (d: Date) => new Date(Math.floor(d.getTime() / 1000) * 1000);
  return { startsAt: toSecond(segment.startsAt), endsAt: toSecond(segment.endsAt) };
}

/**
 * Every rule of one segment, in this order: start before end; at least a minute; one China
 * calendar day (a segment ending at 00:00:00 belongs to the next day, so it crosses midnight);
 * not ending in the future; inside the project's dates (its first day 00:00:00 to its last 23:59:59).
 * Refuses with the first rule broken (the API's answer); `segmentProblems` lists them all.
 */
export function checkSegment(segment: Segment, project: ProjectDates, now: Date, prefix = ''): void {
  const [first] = segmentProblems(segment, project, now, prefix);
  if (first) throw first;
}

/**
 * Every rule of one segment the segment breaks, in checkSegment's order (the export reports each
 * one). "At least a minute" is only asked of a segment that starts before it ends: a reversed
 * segment breaks the first rule, not a second one.
 */
export function segmentProblems(
  segment: Segment,
  project: ProjectDates,
  now: Date,
  prefix = '',
): RecordRuleError[] {
  const problems: RecordRuleError[] = [];
  const start = segment.startsAt.getTime();
  const end = segment.endsAt.getTime();
  if (!(start < end)) {
    problems.push(
      new RecordRuleError(
        ErrorCode.RECORD_SEGMENT_INVALID,
        fieldName(prefix, 'endsAt'),
        'endsAt must be after startsAt',
      ),
    );
  } else if (end - start < MIN_SEGMENT_SECONDS * 1000) {
    problems.push(
      new RecordRuleError(
        ErrorCode.RECORD_TOO_SHORT,
        fieldName(prefix, 'endsAt'),
        'a service record lasts at least one minute',
      ),
    );
  }
  const day = chinaDate(segment.startsAt);
  if (chinaDate(segment.endsAt) !== day) {
    problems.push(
      new RecordRuleError(
        ErrorCode.RECORD_CROSSES_MIDNIGHT,
        fieldName(prefix, 'endsAt'),
        `a service record stays within one day (China time): split it at midnight after ${day}`,
      ),
    );
  }
  if (end > now.getTime()) {
    problems.push(
      new RecordRuleError(
        ErrorCode.RECORD_IN_FUTURE,
        fieldName(prefix, 'endsAt'),
        'service is recorded once it has happened: endsAt is in the future',
      ),
    );
  }
  if (day < project.startsOn || day > project.endsOn) {
    problems.push(
      new RecordRuleError(
        ErrorCode.RECORD_OUTSIDE_PROJECT,
        fieldName(prefix, day < project.startsOn ? 'startsAt' : 'endsAt'),
        `the record's day ${day} is outside the project's dates (${project.startsOn} – ${project.endsOn})`,
      ),
    );
  }
  return problems;
}

/** Half-open intervals: a segment ending at 10:00 and one starting at 10:00 do not overlap. */
export function segmentsOverlap(a: Segment, b: Segment): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

/** Refuses segments of one entry that overlap each other (they would overlap for every volunteer). */
export function checkSegmentsApart(segments: readonly Segment[], prefix = 'segments'): void {
  for (let i = 0; i < segments.length; i++) {
    for (let j = 0; j < i; j++) {
      if (segmentsOverlap(segments[i]!, segments[j]!)) {
        throw new RecordRuleError(
          ErrorCode.RECORD_OVERLAP,
          `${prefix}[${i}].startsAt`,
          `segment ${i} overlaps segment ${j} of the same entry`,
        );
      }
    }
  }
}

/**
 * 服务时长: (end − start) in hours to 2 decimals (see hoursFromSeconds, the one rounding rule).
 */
export function hoursOf(segment: Segment): string {
  return hoursFromSeconds(Math.round((segment.endsAt.getTime() - segment.startsAt.getTime()) / 1000));
}

/**
 * THE rounding rule for service hours, used wherever hours are made from a length of time (entry,
 * corrections, seeds, the archive export's recomputed 服务时长): the exact decimal value of
 * seconds / 3600, rounded **half up** to 2 decimals (hundredths of an hour), in integers so no
 * float ever touches it. A hundredth is 36 s, so a tie is a length ≡ 18 s (mod 36 s): 3654 s
 * (1 h 0 min 54 s = 1.015 h) is 1.02 h, 3618 s (1.005 h) 1.01 h; 3617 s is 1.00 h. One minute is
 * 0.02 h, 20 minutes 0.33 h. Totals and reports add the records' stored hundredths, never
 * rounding again, so a total always equals the sum of the hours exported.
 */
export function hoursFromSeconds(seconds: number | bigint): string {
  const s = BigInt(seconds);
  if (s < 0n) return `-${hoursFromSeconds(-s)}`;
  return formatHundredths((s * 100n + 1800n) / 3600n);
}

/** A whole number of hundredths as a decimal string: 12345 → "123.45". Exact at any size. */
export function formatHundredths(value: bigint | number | string): string {
  const n = BigInt(typeof value === 'string' ? value.replace(/\.0*$/, '') : value);
  const negative = n < 0n;
  const abs = negative ? -n : n;
  const text = `${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
  return negative ? `-${text}` : text;
}

/**
 * 备注: optional, the free-text rule (line breaks kept), at most 500 characters (code points, as the
 * national system counts).
 */
export function checkRemark(remark: string | null | undefined, field = 'remark'): string | null {
  const text = normaliseFreeText(field, remark, true);
  if (text === '') return null;
  const length = [...text].length;
  if (length > MAX_REMARK_LENGTH) {
    throw new RecordRuleError(
      ErrorCode.RECORD_REMARK_TOO_LONG,
      field,
      `${field} must be at most ${MAX_REMARK_LENGTH} characters (got ${length})`,
    );
  }
  return text;
}

/** Records that hold a volunteer's time: a new segment may not overlap any of them. */
export const LIVE_STATUSES: readonly ServiceRecordStatus[] = [
  ServiceRecordStatus.DRAFT,
  ServiceRecordStatus.SUBMITTED,
  ServiceRecordStatus.APPROVED,
];

export type RecordAction = 'update' | 'submit' | 'approve' | 'reject' | 'correct' | 'confirmPresence';

/** From which statuses each step may be taken, and the status it leads to (null: unchanged). */
const STEPS: Readonly<
  Record<RecordAction, { from: readonly ServiceRecordStatus[]; to: ServiceRecordStatus | null }>
> = {
  // A rejected record is mended and becomes a draft again; approved records are never edited.
  update: { from: [ServiceRecordStatus.DRAFT, ServiceRecordStatus.REJECTED], to: ServiceRecordStatus.DRAFT },
  submit: { from: [ServiceRecordStatus.DRAFT], to: ServiceRecordStatus.SUBMITTED },
  approve: { from: [ServiceRecordStatus.SUBMITTED], to: ServiceRecordStatus.APPROVED },
  reject: { from: [ServiceRecordStatus.SUBMITTED], to: ServiceRecordStatus.REJECTED },
  correct: { from: [ServiceRecordStatus.APPROVED], to: ServiceRecordStatus.SUPERSEDED },
  confirmPresence: { from: [ServiceRecordStatus.DRAFT, ServiceRecordStatus.SUBMITTED], to: null },
};

/** The status a step leads to, or RECORD_NOT_EDITABLE naming the current status. */
export function recordStep(
  action: RecordAction,
  status: ServiceRecordStatus,
  what: string,
  field = 'id',
): ServiceRecordStatus {
  const step = STEPS[action];
  if (!step.from.includes(status)) {
    throw new RecordRuleError(
      ErrorCode.RECORD_NOT_EDITABLE,
      field,
      `${what} is ${status}: only a ${step.from.join(' or ')} record can take "${action}"` +
        (status === ServiceRecordStatus.APPROVED ? ' (correct an approved record instead)' : ''),
      { status },
    );
  }
  return step.to ?? status;
}
