import { ForbiddenError, Role, type Actor } from './actor';

/**
 * The access rules every service applies. They are plain functions of the actor, so the API,
 * the CLI and tests get the same answers.
 */

export function isSystem(actor: Actor): boolean {
  return actor.kind === 'system';
}

export function isAdmin(actor: Actor): boolean {
  return isSystem(actor) || actor.role === Role.PROVINCIAL_ADMIN;
}

/** The provincial admin (or the system) administers every unit; a coordinator their own subtree. */
export function administersUnit(actor: Actor, unitId: number): boolean {
  return isAdmin(actor) || (actor.role === Role.UNIT_COORDINATOR && actor.unitIds.has(unitId));
}

export function requireAdmin(actor: Actor, what: string): void {
  if (!isAdmin(actor)) throw new ForbiddenError(`only the provincial admin may ${what}`);
}

export function requireRole(actor: Actor, roles: readonly Role[], what: string): void {
  if (isSystem(actor) || (actor.role !== null && roles.includes(actor.role))) return;
  throw new ForbiddenError(`your role may not ${what}`);
}

export function requireUnitAdministration(
  actor: Actor,
  unitId: number,
  what: string,
  field = 'unitId',
): void {
  if (!administersUnit(actor, unitId)) {
    throw new ForbiddenError(`you may only ${what} for your own unit and the units under it`, field);
  }
}
