import type { DataSource } from 'typeorm';
import { ForbiddenError, type Actor } from '../../core/actor';
import { saveAudited } from '../../core/audit';
import { BadInputError, NotFoundError } from '../../core/errors';
import { conflictOnDuplicate } from '../../core/sql';
import { optionalPhone, optionalText, requireText } from '../../core/validate';
import { ServiceProject, ServiceProjectStatus } from '../projects/service-project.entity';
import { runsTeamProjects } from '../projects/service-project.service';
import { ServiceTeam } from '../teams/service-team.entity';
import { SafetyPlan } from './safety.entity';
import type { SafetyPlanInput } from './safety.inputs';

export const MAX_EMERGENCY_PLAN_LENGTH = 5000;

/** The checked, normalised fields of a safety plan; throws BAD_USER_INPUT naming the field. */
export function normaliseSafetyPlan(input: SafetyPlanInput) {
  const responsiblePhone = optionalPhone('responsiblePhone', input.responsiblePhone);
  if (responsiblePhone === null) throw new BadInputError('responsiblePhone', 'responsiblePhone is required');
  if (typeof input.insured !== 'boolean')
    throw new BadInputError('insured', 'say whether volunteers are insured');
  return {
    responsiblePerson: requireText('responsiblePerson', input.responsiblePerson, { max: 50 }),
    responsiblePhone,
    emergencyPlan: requireText('emergencyPlan', input.emergencyPlan, {
      max: MAX_EMERGENCY_PLAN_LENGTH,
      multiline: true,
    }),
    insured: input.insured,
    insuranceNote: optionalText('insuranceNote', input.insuranceNote, { max: 200 }),
  };
}

/** 安全责任制: a project's safety plan, kept by whoever runs the project (its team's leader or coordinator). */
export class SafetyPlanService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Actor,
  ) {}

  /** Creates the project's plan or replaces its fields; the plan of a finished project is history. */
  set(projectId: number, input: SafetyPlanInput): Promise<SafetyPlan> {
    const fields = normaliseSafetyPlan(input);
    return conflictOnDuplicate('projectId', 'the safety plan was created by another request just now', () =>
      this.dataSource.transaction(async (manager) => {
        const project = await manager.getRepository(ServiceProject).findOneBy({ id: projectId });
        if (!project) throw new NotFoundError('ServiceProject', projectId, 'projectId');
        const team = await manager.getRepository(ServiceTeam).findOneByOrFail({ id: project.teamId });
        if (!runsTeamProjects(this.actor, team)) {
          throw new ForbiddenError(
            "only the team's leader or its unit's coordinator may set the project's safety plan",
            'projectId',
          );
        }
        if (
          project.status === ServiceProjectStatus.COMPLETED ||
          project.status === ServiceProjectStatus.CANCELLED
        ) {
          throw new BadInputError(
            'projectId',
            `project ${project.id} is ${project.status}: its plan is kept as it was`,
          );
        }
        const repo = manager.getRepository(SafetyPlan);
        const existing = await repo.findOneBy({ projectId });
        if (existing) {
          const before = { ...existing };
          return saveAudited(manager, this.actor, 'SafetyPlan', Object.assign(existing, fields), before);
        }
        return saveAudited(manager, this.actor, 'SafetyPlan', repo.create({ projectId, ...fields }));
      }),
    );
  }
}
