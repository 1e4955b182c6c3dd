import type { EntityManager } from 'typeorm';
import { GuardSlot } from '../../core/guard-slot';
import type { ServiceProject } from './service-project.entity';

/**
 * Checks that later modules run before a project starts (PLANNED → ACTIVE), e.g. safety refusing
 * a project without a safety plan. Filled by the composition root (wireModules), so this module
 * never imports the modules that depend on it.
 */
export type ProjectStartGuard = (manager: EntityManager, project: ServiceProject) => Promise<void>;

export const projectStartGuards = new GuardSlot<Parameters<ProjectStartGuard>>('project start');

/**
 * Checks that later modules run when a project's dates change, e.g. service records refusing dates
 * that would leave submitted or approved records outside. Filled by wireModules, as above.
 */
export type ProjectDatesGuard = (
  manager: EntityManager,
  project: Pick<ServiceProject, 'id' | 'startsOn' | 'endsOn'>,
) => Promise<void>;

export const projectDatesGuards = new GuardSlot<Parameters<ProjectDatesGuard>>('project dates');
