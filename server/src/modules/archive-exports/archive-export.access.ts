import { isAdmin, isSystem } from '../../core/access';
import { ForbiddenError, Role, type Actor } from '../../core/actor';

/**
 * Who may do what with archive exports. An export holds full ID numbers and mobiles (the
 * national system needs them), so only those who see volunteers' personal data for the whole
 * unit make or download one: the unit's coordinators (a unit above counts) and the system (CLI).
 * The provincial admin sees volunteers masked, so reads batches (who exported what, counts,
 * rules broken) but neither makes nor downloads files. Team leaders, volunteers and site
 * contacts have nothing to do with exports.
 */

export function mayExport(actor: Actor, unitId: number): boolean {
  return isSystem(actor) || (actor.role === Role.UNIT_COORDINATOR && actor.unitIds.has(unitId));
}

export function requireExporter(actor: Actor, unitId: number, field = 'scopeId'): void {
  if (mayExport(actor, unitId)) return;
  if (actor.role === Role.PROVINCIAL_ADMIN) {
    throw new ForbiddenError(
      'an archive export holds full ID numbers and mobiles, which the provincial admin does not see: ' +
        "the unit's coordinator makes and downloads it",
      field,
    );
  }
  throw new ForbiddenError("only the unit's coordinator may export or download its service records", field);
}

/** Reading batch metadata: the admin every batch, a coordinator their units' batches. */
export function exportReadScope(actor: Actor): number[] | null {
  if (isAdmin(actor)) return null;
  if (actor.role === Role.UNIT_COORDINATOR) return [...actor.unitIds];
  throw new ForbiddenError('your role may not read archive exports');
}

/** Whether a batch of this unit is the actor's to read; the role itself is checked by exportReadScope. */
export function readsExportOf(actor: Actor, unitId: number): boolean {
  const units = exportReadScope(actor);
  return units === null || units.includes(unitId);
}

/**
 * FORBIDDEN for a role that never downloads (whatever the id), so that for the rest an unknown
 * batch and another unit's batch can both be NOT_FOUND.
 */
export function requireDownloadRole(actor: Actor): void {
  if (isSystem(actor) || actor.role === Role.UNIT_COORDINATOR) return;
  requireExporter(actor, -1, 'id');
}

export function requireExportRead(actor: Actor, unitId: number): void {
  const units = exportReadScope(actor);
  if (units && !units.includes(unitId)) {
    throw new ForbiddenError(
      'you may only read the archive exports of your own unit and the units under it',
      'id',
    );
  }
}
