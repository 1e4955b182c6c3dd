import type { EntityManager } from 'typeorm';
import { GuardSlot } from '../../core/guard-slot';
import type { Volunteer } from './volunteer.entity';

/**
 * Checks that later modules run before a volunteer change is saved, e.g. teams refusing a role
 * change that would break a serving team. Filled by the composition root (wireModules), so this
 * module never imports the modules that depend on it.
 */
export type VolunteerChangeGuard = (
  manager: EntityManager,
  before: Volunteer,
  after: Volunteer,
) => Promise<void>;

export const volunteerChangeGuards = new GuardSlot<Parameters<VolunteerChangeGuard>>('volunteer change');
