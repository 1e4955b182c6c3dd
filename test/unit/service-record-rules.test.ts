import { ErrorCode } from '../../server/src/core/errors';
import { ServiceRecordStatus } from '../../server/src/modules/service-records/service-record.entity';
import {
  checkRemark,
  checkSegment,
  checkSegmentsApart,
  formatHundredths,
  hoursOf,
  normaliseSegment,
  recordStep,
  segmentsOverlap,
  type Segment,
} from '../../server/src/modules/service-records/service-record.rules';
import { expectAppError } from './support/expect-error';

/** A China-time instant: `cn('07-10 09:00')` is 2019-07-10 09:00 in Shandong. */
const cn = (text: string) => new Date(`2019-${text.replace(' ', 'T')}${text.length > 11 ? '' : ':00'}+08:00`);
const seg = (from: string, to: string): Segment => ({ startsAt: cn(from), endsAt: cn(to) });
const PROJECT = { startsOn: '2019-04-01', endsOn: '2019-09-30' };
const NOW = cn('08-01 12:00');

const rejects = (segment: Segment, code: ErrorCode, field: string, now = NOW, prefix = '') =>
  expectAppError(() => checkSegment(segment, PROJECT, now, prefix), { code, field });

describe('checkSegment', () => {
  it('accepts an ordinary morning of service', () => {
    expect(() => checkSegment(seg('07-10 09:00', '07-10 12:00'), PROJECT, NOW)).not.toThrow();
  });

  it('refuses start = end and start after end (RECORD_SEGMENT_INVALID, endsAt)', () => {
    rejects(seg('07-10 09:00', '07-10 09:00'), ErrorCode.RECORD_SEGMENT_INVALID, 'endsAt');
    rejects(seg('07-10 10:00', '07-10 09:00'), ErrorCode.RECORD_SEGMENT_INVALID, 'endsAt');
  });

  it('accepts exactly one minute, refuses 59 seconds (RECORD_TOO_SHORT, endsAt)', () => {
    expect(() => checkSegment(seg('07-10 09:00', '07-10 09:01'), PROJECT, NOW)).not.toThrow();
    rejects(seg('07-10 09:00:00', '07-10 09:00:59'), ErrorCode.RECORD_TOO_SHORT, 'endsAt');
  });

  it('accepts a segment ending at 23:59:59 China time', () => {
    expect(() => checkSegment(seg('07-10 20:00', '07-10 23:59:59'), PROJECT, NOW)).not.toThrow();
  });

  it('refuses 23:59 → 00:00 and any segment over China midnight (RECORD_CROSSES_MIDNIGHT, endsAt)', () => {
    rejects(seg('07-10 23:59', '07-11 00:00'), ErrorCode.RECORD_CROSSES_MIDNIGHT, 'endsAt');
    rejects(seg('07-10 22:00', '07-11 01:00'), ErrorCode.RECORD_CROSSES_MIDNIGHT, 'endsAt');
  });

  it('judges midnight in China time (+08:00, no daylight saving), not UTC', () => {
    // 07:00–09:00 China time is 23:00–01:00 UTC: two UTC days, one China day.
    expect(() => checkSegment(seg('07-10 07:00', '07-10 09:00'), PROJECT, NOW)).not.toThrow();
    // 23:00–01:00 China time is 15:00–17:00 UTC: one UTC day, two China days.
    rejects(seg('07-10 23:00', '07-11 01:00'), ErrorCode.RECORD_CROSSES_MIDNIGHT, 'endsAt');
    // Summer and winter alike: China keeps +08:00 all year.
    rejects(
      { startsAt: new Date('2019-01-15T15:30:00Z'), endsAt: new Date('2019-01-15T16:30:00Z') },
      ErrorCode.RECORD_CROSSES_MIDNIGHT,
      'endsAt',
      new Date('2019-02-01T00:00:00Z'),
    );
  });

  it('accepts a segment ending exactly now, refuses one ending a second later (RECORD_IN_FUTURE, endsAt)', () => {
    expect(() => checkSegment(seg('08-01 11:00', '08-01 12:00'), PROJECT, NOW)).not.toThrow();
    rejects(seg('08-01 11:00', '08-01 12:00:01'), ErrorCode.RECORD_IN_FUTURE, 'endsAt');
  });

  it('accepts the project’s first day from 00:00 and last day to 23:59:59', () => {
    const late = cn('10-02 00:00');
    expect(() => checkSegment(seg('04-01 00:00', '04-01 01:00'), PROJECT, late)).not.toThrow();
    expect(() => checkSegment(seg('09-30 22:00', '09-30 23:59:59'), PROJECT, late)).not.toThrow();
  });

  it('refuses the day before the start (startsAt) and after the end (endsAt) (RECORD_OUTSIDE_PROJECT)', () => {
    const late = cn('10-02 00:00');
    rejects(seg('03-31 22:00', '03-31 23:59:59'), ErrorCode.RECORD_OUTSIDE_PROJECT, 'startsAt', late);
    rejects(seg('10-01 00:00', '10-01 01:00'), ErrorCode.RECORD_OUTSIDE_PROJECT, 'endsAt', late);
  });

  it('names the field under a prefix for batch segments', () => {
    rejects(
      seg('07-10 10:00', '07-10 09:00'),
      ErrorCode.RECORD_SEGMENT_INVALID,
      'segments[2].endsAt',
      NOW,
      'segments[2]',
    );
  });
});

describe('normaliseSegment', () => {
  it('drops fractions of a second, as the national format keeps seconds', () => {
    const s = normaliseSegment({
      startsAt: new Date('2019-07-10T01:00:00.999Z'),
      endsAt: new Date('2019-07-10T02:00:00.400Z'),
    });
    expect(s.startsAt.toISOString()).toBe('2019-07-10T01:00:00.000Z');
    expect(s.endsAt.toISOString()).toBe('2019-07-10T02:00:00.000Z');
  });

  it('refuses an invalid time (RECORD_SEGMENT_INVALID, startsAt)', () => {
    expectAppError(() => normaliseSegment({ startsAt: new Date('nope'), endsAt: new Date() }), {
      code: ErrorCode.RECORD_SEGMENT_INVALID,
      field: 'startsAt',
    });
  });
});

describe('hoursOf', () => {
  it.each([
    ['07-10 09:00', '07-10 09:01', '0.02'], // 1 min = 0.0167 h
    ['07-10 09:00', '07-10 09:20', '0.33'], // 0.3333
    ['07-10 09:00', '07-10 09:30', '0.50'],
    ['07-10 09:00', '07-10 09:45', '0.75'],
    ['07-10 09:00', '07-10 10:00', '1.00'],
    ['07-10 09:00', '07-10 10:00:30', '1.01'], // 1.00833
    ['07-10 09:00', '07-10 09:00:18', '0.01'], // 0.005 exactly: half rounds up
    ['07-10 09:00', '07-10 09:00:17', '0.00'], // 0.00472
    ['07-10 09:00', '07-10 11:40', '2.67'],
    ['07-10 00:00', '07-10 23:59:59', '24.00'], // 23.99972
  ])('%s → %s is %s h', (from, to, hours) => {
    expect(hoursOf(seg(from, to))).toBe(hours);
  });
});

describe('formatHundredths', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [12345, '123.45'],
    ['9007199254740993', '90071992547409.93'],
    ['1700.0', '17.00'],
    [-250, '-2.50'],
  ])('%s → %s', (value, text) => {
    expect(formatHundredths(value as never)).toBe(text);
  });
});

describe('segmentsOverlap and checkSegmentsApart', () => {
  it('treats touching segments as apart and any shared second as overlap', () => {
    expect(segmentsOverlap(seg('07-10 09:00', '07-10 10:00'), seg('07-10 10:00', '07-10 11:00'))).toBe(false);
    expect(segmentsOverlap(seg('07-10 09:00', '07-10 10:00'), seg('07-10 09:59:59', '07-10 11:00'))).toBe(
      true,
    );
    expect(segmentsOverlap(seg('07-10 09:00', '07-10 12:00'), seg('07-10 10:00', '07-10 11:00'))).toBe(true);
  });

  it('refuses overlapping segments of one entry (RECORD_OVERLAP, segments[i].startsAt)', () => {
    expect(() =>
      checkSegmentsApart([seg('07-10 09:00', '07-10 10:00'), seg('07-10 10:00', '07-10 11:00')]),
    ).not.toThrow();
    expectAppError(
      () =>
        checkSegmentsApart([
          seg('07-10 09:00', '07-10 10:00'),
          seg('07-10 14:00', '07-10 15:00'),
          seg('07-10 09:30', '07-10 09:45'),
        ]),
      { code: ErrorCode.RECORD_OVERLAP, field: 'segments[2].startsAt' },
    );
  });
});

describe('checkRemark', () => {
  it('keeps 500 characters, counting rare characters (𠮷) as one; trims; empty is null', () => {
    expect(checkRemark('𠮷'.repeat(500))).toHaveLength(1000);
    expect(checkRemark('  辅导数学  ')).toBe('辅导数学');
    expect(checkRemark('   ')).toBeNull();
    expect(checkRemark(null)).toBeNull();
  });

  it('refuses 501 characters (RECORD_REMARK_TOO_LONG, remark)', () => {
    expectAppError(() => checkRemark('字'.repeat(501)), {
      code: ErrorCode.RECORD_REMARK_TOO_LONG,
      field: 'remark',
    });
  });
});

describe('recordStep', () => {
  const S = ServiceRecordStatus;
  it.each([
    ['update', S.DRAFT, S.DRAFT],
    ['update', S.REJECTED, S.DRAFT],
    ['submit', S.DRAFT, S.SUBMITTED],
    ['approve', S.SUBMITTED, S.APPROVED],
    ['reject', S.SUBMITTED, S.REJECTED],
    ['correct', S.APPROVED, S.SUPERSEDED],
    ['confirmPresence', S.SUBMITTED, S.SUBMITTED],
  ] as const)('%s from %s leads to %s', (action, from, to) => {
    expect(recordStep(action, from, 'record 1')).toBe(to);
  });

  it.each([
    ['update', S.APPROVED],
    ['update', S.SUBMITTED],
    ['update', S.SUPERSEDED],
    ['submit', S.SUBMITTED],
    ['approve', S.DRAFT],
    ['approve', S.APPROVED],
    ['reject', S.APPROVED],
    ['correct', S.SUPERSEDED],
    ['confirmPresence', S.APPROVED],
  ] as const)('refuses %s from %s (RECORD_NOT_EDITABLE, id)', (action, from) => {
    expectAppError(() => recordStep(action, from, 'record 1'), {
      code: ErrorCode.RECORD_NOT_EDITABLE,
      field: 'id',
      status: from,
    });
  });
});
