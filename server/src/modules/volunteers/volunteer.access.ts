import { isAdmin, isSystem } from '../../core/access';
import { ForbiddenError, Role, type Actor } from '../../core/actor';
import type { Volunteer } from './volunteer.entity';

/**
 * Who may see a volunteer, and who may see their personal data (document number, mobile,
 * birth date). The provincial admin sees every volunteer but, not needing them, not their
 * personal data: only the coordinator of their unit, the leader of their team and the
 * volunteer themselves do.
 */
export function canReadVolunteer(actor: Actor, volunteer: Pick<Volunteer, 'id' | 'unitId'>): boolean {
  if (isAdmin(actor)) return true;
  switch (actor.role) {
    case Role.UNIT_COORDINATOR:
      return actor.unitIds.has(volunteer.unitId);
    case Role.TEAM_LEADER:
      return actor.volunteerId === volunteer.id || actor.ledMemberIds.has(volunteer.id);
    case Role.VOLUNTEER:
      return actor.volunteerId === volunteer.id;
    default:
      return false;
  }
}

export function requireVolunteerRead(actor: Actor, volunteer: Pick<Volunteer, 'id' | 'unitId'>): void {
  if (!canReadVolunteer(actor, volunteer)) {
    throw new ForbiddenError("you may not read this volunteer's record", 'id');
  }
}

export function seesPersonalData(actor: Actor, volunteer: Pick<Volunteer, 'id' | 'unitId'>): boolean {
  return isSystem(actor) || (actor.role !== Role.PROVINCIAL_ADMIN && canReadVolunteer(actor, volunteer));
}

/**
 * Home coordinates pin down where someone lives, so they are narrower than the other personal
 * data: only the person and the coordinator of their unit (or a unit above it) see them, not a
 * team leader and not the provincial admin. Everyone else gets distances rounded to whole km.
 */
export function seesHomeLocation(actor: Actor, volunteer: Pick<Volunteer, 'id' | 'unitId'>): boolean {
  if (isSystem(actor)) return true;
  if (actor.volunteerId !== null && actor.volunteerId === volunteer.id) return true;
  return actor.role === Role.UNIT_COORDINATOR && actor.unitIds.has(volunteer.unitId);
}

/** The fields a volunteer may change on their own record; the rest is the coordinator's. */
export const SELF_EDITABLE_FIELDS: ReadonlySet<string> = new Set([
  'mobile',
  'title',
  'skills',
  'subjects',
  'serviceCategories',
  'availability',
  'homeAreaCode',
  'homeLatitude',
  'homeLongitude',
]);

/** A list restricted to what the actor may read: null for everyone, else unit ids or volunteer ids. */
export function volunteerListScope(actor: Actor): { unitIds?: number[]; volunteerIds?: number[] } | null {
  if (isAdmin(actor)) return null;
  switch (actor.role) {
    case Role.UNIT_COORDINATOR:
      return { unitIds: [...actor.unitIds] };
    case Role.TEAM_LEADER:
      return {
        volunteerIds: [
          ...new Set([...actor.ledMemberIds, ...(actor.volunteerId ? [actor.volunteerId] : [])]),
        ],
      };
    case Role.VOLUNTEER:
      return { volunteerIds: actor.volunteerId ? [actor.volunteerId] : [] };
    default:
      throw new ForbiddenError('your role may not list volunteers');
  }
}
