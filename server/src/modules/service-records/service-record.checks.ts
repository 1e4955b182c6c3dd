import { In, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/actor';
import { BadInputError, ErrorCode, NotFoundError } from '../../core/errors';
import { chinaDate } from '../../core/time';
import { parseId } from '../../core/validate';
import { ProjectPost, ServiceProject, ServiceProjectStatus } from '../projects/service-project.entity';
import { ServiceTeam, ServiceTeamMember } from '../teams/service-team.entity';
import { occasionsFor } from './service-record.codes';
import { ServiceRecord } from './service-record.entity';
import type { UpdateServiceRecordInput } from './service-record.inputs';
import {
  checkSegment,
  hoursOf,
  LIVE_STATUSES,
  normaliseSegment,
  RecordRuleError,
  segmentsOverlap,
  type Segment,
} from './service-record.rules';

/**
 * The checks a new or edited record passes against what is stored (the pure segment rules are in
 * service-record.rules): its post, its team's members, and no overlap with the volunteer's time.
 * Entry, mending and correction share them, so a record is held to one standard however it came.
 */

/** Projects take records while serving and after they end (late entries), never before they start. */
const RECORDING_STATUSES: readonly ServiceProjectStatus[] = [
  ServiceProjectStatus.ACTIVE,
  ServiceProjectStatus.COMPLETED,
];

export async function requirePost(
  manager: EntityManager,
  project: ServiceProject,
  postId: number,
  field: string,
): Promise<void> {
  const post = await manager.getRepository(ProjectPost).findOneBy({ id: postId });
  if (!post) throw new NotFoundError('ProjectPost', postId, field);
  if (post.projectId !== project.id) {
    throw new BadInputError(field, `post ${postId} belongs to another project`);
  }
  if (!RECORDING_STATUSES.includes(project.status)) {
    throw new BadInputError(
      'projectId',
      `project ${project.id} is ${project.status}: service is recorded once a project has started`,
    );
  }
}

/** The national system records hours of a post's members: here, members of the project's team. */
export async function requireMembers(
  manager: EntityManager,
  team: ServiceTeam,
  ids: readonly number[],
  field: string,
): Promise<void> {
  const members = await manager
    .getRepository(ServiceTeamMember)
    .findBy({ teamId: team.id, volunteerId: In([...ids]) });
  const have = new Set(members.map((m) => m.volunteerId));
  const outsider = ids.find((id) => !have.has(id));
  if (outsider !== undefined) {
    throw new BadInputError(
      field,
      `volunteer ${outsider} is not a member of team ${team.id}, which runs the project`,
    );
  }
}

/** No segment may overlap a live record (draft, submitted or approved) of the same volunteer. */
export async function requireNoOverlap(
  manager: EntityManager,
  volunteerIds: readonly number[],
  segments: readonly Segment[],
  exceptId: number | null,
  field: (index: number) => string,
): Promise<void> {
  const from = new Date(Math.min(...segments.map((s) => s.startsAt.getTime())));
  const to = new Date(Math.max(...segments.map((s) => s.endsAt.getTime())));
  const query = manager
    .getRepository(ServiceRecord)
    .createQueryBuilder('record')
    .where('record.volunteerId IN (:...volunteerIds)', { volunteerIds })
    .andWhere('record.status IN (:...live)', { live: LIVE_STATUSES })
    .andWhere('record.startsAt < :to AND record.endsAt > :from', { from, to })
    .orderBy('record.id', 'ASC');
  if (exceptId !== null) query.andWhere('record.id != :exceptId', { exceptId });
  const existing = await query.getMany();
  for (const [i, segment] of segments.entries()) {
    const clash = existing.find((r) => segmentsOverlap(r, segment));
    if (clash) {
      const prefix = field(i);
      throw new RecordRuleError(
        ErrorCode.RECORD_OVERLAP,
        prefix ? `${prefix}.startsAt` : 'startsAt',
        `volunteer ${clash.volunteerId} already has ${clash.status} record ${clash.id} at that time`,
        { volunteerId: String(clash.volunteerId), recordId: String(clash.id) },
      );
    }
  }
}

/**
 * The segment and post of a record after `input`, checked like a new entry. `exceptId` is the
 * record whose time the revision may take over (itself unless said otherwise).
 */
export async function reviseRecord(
  manager: EntityManager,
  actor: Actor,
  record: ServiceRecord,
  project: ServiceProject,
  input: UpdateServiceRecordInput,
  now: Date,
  exceptId: number | null,
) {
  const postId =
    input.postId !== undefined && input.postId !== null ? parseId('postId', input.postId) : record.postId;
  if (postId !== record.postId) await requirePost(manager, project, postId, 'postId');
  const segment = normaliseSegment({
    startsAt: input.startsAt ?? record.startsAt,
    endsAt: input.endsAt ?? record.endsAt,
  });
  checkSegment(segment, project, now);
  await requireNoOverlap(manager, [record.volunteerId], [segment], exceptId ?? record.id, () => '');
  const occasion = (await occasionsFor(manager, actor, project, [segment])).get(chinaDate(segment.startsAt))!;
  return {
    postId,
    startsAt: segment.startsAt,
    endsAt: segment.endsAt,
    hours: hoursOf(segment),
    occasionId: occasion.id,
  };
}
