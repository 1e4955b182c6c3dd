import { In, IsNull } from 'typeorm';
import { AppError, ErrorCode } from '../../core/errors';
import type { ProjectStartGuard } from '../projects/service-project.guards';
import { ServiceTeamMember } from '../teams/service-team.entity';
import { Volunteer } from '../volunteers/volunteer.entity';
import { SafetyPlan } from './safety.entity';

/**
 * The notice: a safety responsibility system and an emergency plan, and every volunteer and cadre
 * trained in safety, before anyone serves. A project starts (PLANNED → ACTIVE) only with both.
 */
export const safetyStartGuard: ProjectStartGuard = async (manager, project) => {
  const plan = await manager.getRepository(SafetyPlan).findOneBy({ projectId: project.id });
  if (!plan) {
    throw new AppError(
      ErrorCode.PROJECT_NOT_SAFE_TO_START,
      `project ${project.id} has no safety plan (安全责任人, 危机预案, insurance): set it with setSafetyPlan first`,
      { field: 'safetyPlan', projectId: String(project.id) },
    );
  }
  const members = await manager.getRepository(ServiceTeamMember).findBy({ teamId: project.teamId });
  if (members.length === 0) return;
  const untrained = await manager.getRepository(Volunteer).find({
    select: { id: true, name: true },
    where: { id: In(members.map((m) => m.volunteerId)), safetyTrainedOn: IsNull() },
    order: { id: 'ASC' },
  });
  if (untrained.length > 0) {
    throw new AppError(
      ErrorCode.PROJECT_NOT_SAFE_TO_START,
      `${untrained.length} team member(s) have no safety training on record: ${untrained.map((v) => v.name).join('、')}`,
      { field: 'safetyTrainedOn', volunteerIds: untrained.map((v) => String(v.id)) },
    );
  }
};
