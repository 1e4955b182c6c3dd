import type { EntityManager } from 'typeorm';
import type { Volunteer } from './volunteer.entity';

/**
 * A check that a later module runs before a volunteer change is saved, e.g. teams refusing a
 * role change that would break a serving team. Registered by the composition root, so this
 * module never imports the modules that depend on it.
 */
export type VolunteerChangeGuard = (
  manager: EntityManager,
  before: Volunteer,
  after: Volunteer,
) => Promise<void>;

const guards: VolunteerChangeGuard[] = [];

export function registerVolunteerChangeGuard(guard: VolunteerChangeGuard): void {
  if (!guards.includes(guard)) guards.push(guard);
}

export async function runVolunteerChangeGuards(
  manager: EntityManager,
  before: Volunteer,
  after: Volunteer,
): Promise<void> {
  for (const guard of guards) await guard(manager, before, after);
}
