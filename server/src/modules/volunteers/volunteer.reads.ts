import { actorOf, type Context } from '../../core/context';
import { canReadVolunteer } from './volunteer.access';
import type { Volunteer } from './volunteer.entity';
import { volunteerById } from './volunteer.loaders';

/**
 * Volunteers reached through another object (an assignment, a record, a team) obey the rule of
 * the `volunteers` query: one the caller may not read is null in a single-valued field and left
 * out of a list. Both read through the request's loader, so nesting stays one query per level.
 */
export async function readableVolunteer(ctx: Context, id: number | null): Promise<Volunteer | null> {
  if (id === null) return null;
  const actor = actorOf(ctx);
  const volunteer = await volunteerById(ctx.loaders).load(id);
  return volunteer && canReadVolunteer(actor, volunteer) ? volunteer : null;
}

export async function readableVolunteers(ctx: Context, ids: readonly number[]): Promise<Volunteer[]> {
  const actor = actorOf(ctx);
  const volunteers = await volunteerById(ctx.loaders).loadMany(ids);
  return volunteers.filter(
    (v): v is Volunteer => v !== null && !(v instanceof Error) && canReadVolunteer(actor, v),
  );
}
