import { ErrorCode } from '../../server/src/core/errors';
import { AssignmentStatus } from '../../server/src/modules/assignments/assignment.entity';
import {
  AssignmentNotAllowedError,
  EMPTY_HISTORY,
  exclusionsFor,
  NeedFullError,
  takesPlace,
  transition,
  windowsOverlap,
  type AssignmentAction,
  type AssignmentHistory,
  type BookedWindow,
} from '../../server/src/modules/assignments/assignment.rules';
import { expectBadInput } from './support/expect-error';

const at = (hhmm: string) => new Date(`2025-07-10T${hhmm}:00+08:00`);
const NEED = { id: 1, startsAt: at('09:00'), endsAt: at('12:00') };
const READY = { active: true, safetyTrainedOn: '2025-03-15' };

function history(parts: Partial<{ declined: number[]; assigned: number[]; booked: BookedWindow[] }>) {
  return {
    declinedNeedIds: new Set(parts.declined ?? []),
    assignedNeedIds: new Set(parts.assigned ?? []),
    booked: parts.booked ?? [],
  } satisfies AssignmentHistory;
}

const window = (needId: number, from: string, to: string): BookedWindow => ({
  needId,
  startsAt: at(from),
  endsAt: at(to),
});

describe('exclusionsFor', () => {
  it('lets an active, trained volunteer with no history through', () => {
    expect(exclusionsFor(READY, NEED, EMPTY_HISTORY)).toEqual([]);
  });

  it('refuses an inactive volunteer (INACTIVE)', () => {
    expect(exclusionsFor({ ...READY, active: false }, NEED, EMPTY_HISTORY)).toEqual(['INACTIVE']);
  });

  it('refuses a volunteer without safety training (NO_SAFETY_TRAINING)', () => {
    expect(exclusionsFor({ ...READY, safetyTrainedOn: null }, NEED, EMPTY_HISTORY)).toEqual([
      'NO_SAFETY_TRAINING',
    ]);
  });

  it('refuses a volunteer who declined this need before (DECLINED_BEFORE), not one who declined another', () => {
    expect(exclusionsFor(READY, NEED, history({ declined: [1] }))).toEqual(['DECLINED_BEFORE']);
    expect(exclusionsFor(READY, NEED, history({ declined: [2] }))).toEqual([]);
  });

  it('refuses a volunteer already live on this need (ALREADY_ASSIGNED), without calling it double booking', () => {
    const own = history({ assigned: [1], booked: [window(1, '09:00', '12:00')] });
    expect(exclusionsFor(READY, NEED, own)).toEqual(['ALREADY_ASSIGNED']);
  });

  it.each([
    ['the same window', '09:00', '12:00', true],
    ['a window inside', '10:00', '11:00', true],
    ['a window around', '08:00', '13:00', true],
    ['one overlapping the start', '08:00', '09:01', true],
    ['one overlapping the end', '11:59', '14:00', true],
    ['one ending as the need starts', '07:00', '09:00', false],
    ['one starting as the need ends', '12:00', '15:00', false],
    ['one long before', '06:00', '07:00', false],
    ['one long after', '18:00', '20:00', false],
  ])('with another need booked at %s: DOUBLE_BOOKED = %s', (_label, from, to, overlaps) => {
    const booked = history({ assigned: [2], booked: [window(2, from, to)] });
    expect(exclusionsFor(READY, NEED, booked)).toEqual(overlaps ? ['DOUBLE_BOOKED'] : []);
  });

  it('counts one DOUBLE_BOOKED however many windows overlap', () => {
    const booked = history({
      assigned: [2, 3],
      booked: [window(2, '08:00', '10:00'), window(3, '11:00', '13:00')],
    });
    expect(exclusionsFor(READY, NEED, booked)).toEqual(['DOUBLE_BOOKED']);
  });

  it('lists every reason, in a fixed order', () => {
    const all = history({ declined: [1], assigned: [1, 2], booked: [window(2, '10:00', '11:00')] });
    expect(exclusionsFor({ active: false, safetyTrainedOn: null }, NEED, all)).toEqual([
      'INACTIVE',
      'NO_SAFETY_TRAINING',
      'DECLINED_BEFORE',
      'ALREADY_ASSIGNED',
      'DOUBLE_BOOKED',
    ]);
  });

  it('keeps EMPTY_HISTORY empty', () => {
    expect(Object.isFrozen(EMPTY_HISTORY)).toBe(true);
    expect(EMPTY_HISTORY.booked).toHaveLength(0);
    expect(EMPTY_HISTORY.declinedNeedIds.size + EMPTY_HISTORY.assignedNeedIds.size).toBe(0);
  });
});

describe('windowsOverlap', () => {
  it('is symmetric and treats touching ends as apart', () => {
    const a = { startsAt: at('09:00'), endsAt: at('12:00') };
    const b = { startsAt: at('12:00'), endsAt: at('13:00') };
    const c = { startsAt: at('11:00'), endsAt: at('13:00') };
    expect([windowsOverlap(a, b), windowsOverlap(b, a)]).toEqual([false, false]);
    expect([windowsOverlap(a, c), windowsOverlap(c, a)]).toEqual([true, true]);
  });
});

describe('transition', () => {
  const { PROPOSED, CONFIRMED, ACCEPTED, DECLINED, CANCELLED } = AssignmentStatus;
  const allowed: [AssignmentAction, AssignmentStatus, AssignmentStatus][] = [
    ['propose', CANCELLED, PROPOSED],
    ['confirm', PROPOSED, CONFIRMED],
    ['accept', CONFIRMED, ACCEPTED],
    ['decline', PROPOSED, DECLINED],
    ['decline', CONFIRMED, DECLINED],
    ['cancel', PROPOSED, CANCELLED],
    ['cancel', CONFIRMED, CANCELLED],
    ['cancel', ACCEPTED, CANCELLED],
  ];

  it.each(allowed)('%s from %s leads to %s', (action, from, to) => {
    expect(transition(action, from, 'assignment 7')).toBe(to);
  });

  const refused = (['propose', 'confirm', 'accept', 'decline', 'cancel'] as AssignmentAction[]).flatMap(
    (action) =>
      Object.values(AssignmentStatus)
        .filter((from) => !allowed.some(([a, f]) => a === action && f === from))
        .map((from) => [action, from] as const),
  );

  it.each(refused)('refuses %s from %s, naming the current status (BAD_USER_INPUT, id)', (action, from) => {
    const error = expectBadInput(() => transition(action, from, 'assignment 7'), 'id');
    expect(error.message).toContain(`assignment 7 is ${from}`);
  });

  it('covers every action and status: 8 moves allowed, 17 refused', () => {
    expect(refused).toHaveLength(25 - allowed.length);
  });

  it('counts CONFIRMED and ACCEPTED as places taken, nothing else', () => {
    expect(Object.values(AssignmentStatus).filter(takesPlace)).toEqual([CONFIRMED, ACCEPTED]);
  });
});

describe('errors', () => {
  it('ASSIGNMENT_NOT_ALLOWED names the field and lists each refused volunteer with reasons', () => {
    const error = new AssignmentNotAllowedError('volunteerIds', [
      { volunteerId: '4', reasons: ['INACTIVE', 'DOUBLE_BOOKED'] },
    ]);
    expect(error.extensions).toEqual({
      code: ErrorCode.ASSIGNMENT_NOT_ALLOWED,
      field: 'volunteerIds',
      exclusions: [{ volunteerId: '4', reasons: ['INACTIVE', 'DOUBLE_BOOKED'] }],
    });
    expect(error.message).toContain('volunteer 4 no longer serving');
  });

  it('NEED_FULL names the field and the need', () => {
    const error = new NeedFullError('id', { id: 9, headcount: 3 });
    expect(error.extensions).toEqual({ code: ErrorCode.NEED_FULL, field: 'id', needId: '9', headcount: 3 });
  });
});
