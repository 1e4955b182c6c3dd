import type { EntityManager } from 'typeorm';
import type { ServiceProject } from './service-project.entity';

/**
 * A check that a later module runs before a project starts (PLANNED → ACTIVE), e.g. safety
 * refusing a project without a safety plan. Registered by the composition root, so this module
 * never imports the modules that depend on it.
 */
export type ProjectStartGuard = (manager: EntityManager, project: ServiceProject) => Promise<void>;

const guards: ProjectStartGuard[] = [];

export function registerProjectStartGuard(guard: ProjectStartGuard): void {
  if (!guards.includes(guard)) guards.push(guard);
}

export async function runProjectStartGuards(manager: EntityManager, project: ServiceProject): Promise<void> {
  for (const guard of guards) await guard(manager, project);
}
