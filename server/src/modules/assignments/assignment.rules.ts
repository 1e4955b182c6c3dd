import { AppError, BadInputError, ErrorCode } from '../../core/errors';
import type { ServiceNeed } from '../needs/service-need.entity';
import type { Volunteer } from '../volunteers/volunteer.entity';
import { AssignmentStatus } from './assignment.entity';

/**
 * The hard rules of putting a volunteer forward for a need, and the consent flow's transitions.
 * Pure: the service, the matching planner and the tests share them.
 */

/** Why a volunteer may not be put forward for a need. */
export type Exclusion =
  'INACTIVE' | 'NO_SAFETY_TRAINING' | 'DECLINED_BEFORE' | 'ALREADY_ASSIGNED' | 'DOUBLE_BOOKED';

export const EXCLUSION_DESCRIPTIONS: Readonly<Record<Exclusion, string>> = {
  INACTIVE: 'no longer serving',
  NO_SAFETY_TRAINING: 'has had no safety training (安全培训) yet',
  DECLINED_BEFORE: 'declined this need before',
  ALREADY_ASSIGNED: 'is already proposed, confirmed or accepted for this need',
  DOUBLE_BOOKED: 'is booked for another need at an overlapping time',
};

/** Assignments that hold or may come to hold a place: they book the volunteer's time. */
export const LIVE_STATUSES: readonly AssignmentStatus[] = [
  AssignmentStatus.PROPOSED,
  AssignmentStatus.CONFIRMED,
  AssignmentStatus.ACCEPTED,
];

/** Assignments that take one of the need's places (`ServiceNeed.confirmedCount`). */
export const COUNTED_STATUSES: readonly AssignmentStatus[] = [
  AssignmentStatus.CONFIRMED,
  AssignmentStatus.ACCEPTED,
];

export function isLive(status: AssignmentStatus): boolean {
  return LIVE_STATUSES.includes(status);
}

export function takesPlace(status: AssignmentStatus): boolean {
  return COUNTED_STATUSES.includes(status);
}

export interface BookedWindow {
  needId: number;
  startsAt: Date;
  endsAt: Date;
}

/** What a volunteer's assignments say about putting them forward again. */
export interface AssignmentHistory {
  /** Needs the volunteer declined. */
  declinedNeedIds: ReadonlySet<number>;
  /** Needs with a PROPOSED, CONFIRMED or ACCEPTED assignment of the volunteer. */
  assignedNeedIds: ReadonlySet<number>;
  /** The windows of those live assignments. */
  booked: readonly BookedWindow[];
  /**
   * Needs where the coordinator cancelled the volunteer. Not a hard rule (a coordinator may
   * propose them again by hand), but the planner does not put them back on its own.
   */
  cancelledNeedIds?: ReadonlySet<number>;
}

export const EMPTY_HISTORY: AssignmentHistory = Object.freeze({
  declinedNeedIds: new Set<number>(),
  assignedNeedIds: new Set<number>(),
  booked: Object.freeze([]) as readonly BookedWindow[],
});

/** Half-open windows: one that ends when the other starts does not overlap it. */
export function windowsOverlap(
  a: { startsAt: Date; endsAt: Date },
  b: { startsAt: Date; endsAt: Date },
): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

/**
 * Every hard rule the volunteer breaks for this need, in a fixed order; empty when they may be
 * put forward. Only a volunteer with a recorded safety training may serve (DOMAIN.md "Safety").
 */
export function exclusionsFor(
  volunteer: Pick<Volunteer, 'active' | 'safetyTrainedOn'>,
  need: Pick<ServiceNeed, 'id' | 'startsAt' | 'endsAt'>,
  history: AssignmentHistory,
): Exclusion[] {
  const exclusions: Exclusion[] = [];
  if (!volunteer.active) exclusions.push('INACTIVE');
  if (!volunteer.safetyTrainedOn) exclusions.push('NO_SAFETY_TRAINING');
  if (history.declinedNeedIds.has(need.id)) exclusions.push('DECLINED_BEFORE');
  if (history.assignedNeedIds.has(need.id)) exclusions.push('ALREADY_ASSIGNED');
  if (history.booked.some((window) => window.needId !== need.id && windowsOverlap(window, need))) {
    exclusions.push('DOUBLE_BOOKED');
  }
  return exclusions;
}

/** The steps of the consent flow and the statuses each may start from. */
export type AssignmentAction = 'propose' | 'confirm' | 'accept' | 'decline' | 'cancel';

const TRANSITIONS: Readonly<
  Record<AssignmentAction, { from: readonly AssignmentStatus[]; to: AssignmentStatus }>
> = {
  // Only a withdrawn assignment can be put forward again; a declined one stays declined.
  propose: { from: [AssignmentStatus.CANCELLED], to: AssignmentStatus.PROPOSED },
  confirm: { from: [AssignmentStatus.PROPOSED], to: AssignmentStatus.CONFIRMED },
  accept: { from: [AssignmentStatus.CONFIRMED], to: AssignmentStatus.ACCEPTED },
  // A volunteer may say no before the coordinator confirms.
  decline: { from: [AssignmentStatus.PROPOSED, AssignmentStatus.CONFIRMED], to: AssignmentStatus.DECLINED },
  cancel: { from: LIVE_STATUSES, to: AssignmentStatus.CANCELLED },
};

/** The status `action` leads to from `current`; BAD_USER_INPUT naming the current status otherwise. */
export function transition(
  action: AssignmentAction,
  current: AssignmentStatus,
  subject: string,
  field = 'id',
): AssignmentStatus {
  const { from, to } = TRANSITIONS[action];
  if (!from.includes(current)) {
    throw new BadInputError(
      field,
      `${subject} is ${current}: only ${from.join(' or ')} assignments can be ${PAST[action]}`,
    );
  }
  return to;
}

const PAST: Readonly<Record<AssignmentAction, string>> = {
  propose: 'proposed again',
  confirm: 'confirmed',
  accept: 'accepted',
  decline: 'declined',
  cancel: 'cancelled',
};

export const MAX_REASON_LENGTH = 500;

/** One volunteer a hard rule refuses, and why. */
export interface RefusedVolunteer {
  volunteerId: string;
  reasons: Exclusion[];
}

/** ASSIGNMENT_NOT_ALLOWED: `extensions.exclusions` lists each refused volunteer with their reasons. */
export class AssignmentNotAllowedError extends AppError {
  constructor(field: string, refused: readonly RefusedVolunteer[]) {
    const text = refused
      .map((r) => `volunteer ${r.volunteerId} ${r.reasons.map((x) => EXCLUSION_DESCRIPTIONS[x]).join(', ')}`)
      .join('; ');
    super(ErrorCode.ASSIGNMENT_NOT_ALLOWED, `not allowed: ${text}`, { field, exclusions: refused });
  }
}

/** NEED_FULL: every place of the need is taken. */
export class NeedFullError extends AppError {
  constructor(field: string, need: Pick<ServiceNeed, 'id' | 'headcount'>) {
    super(ErrorCode.NEED_FULL, `need ${need.id} is full: all ${need.headcount} places are taken`, {
      field,
      needId: String(need.id),
      headcount: need.headcount,
    });
  }
}
