import type { EntityManager } from 'typeorm';
import { RowWriter } from '../../server/src/core/row-writer';
import { ProjectPost, ServiceProject } from '../../server/src/modules/projects/service-project.entity';
import {
  ServiceOccasion,
  ServiceRecord,
  ServiceRecordStatus,
} from '../../server/src/modules/service-records/service-record.entity';
import { hoursOf } from '../../server/src/modules/service-records/service-record.rules';
import type { Random } from '../random';
import type { Advance } from './common';
import type { TeamRow } from './teams';

const SERVICE_SEGMENTS = [
  ['09:00:00', '11:30:00'],
  ['14:00:00', '16:30:00'],
  ['19:00:00', '20:30:00'],
] as const;
const SERVICE_REMARKS = [
  null,
  null,
  '课后辅导，作业答疑',
  '安全知识宣讲：防溺水、防交通事故',
  '送教下乡 “互联网+” 课堂',
  '帮扶座谈\n走访困难家庭',
];
const RECORD_CHUNK = 1000;

/**
 * `count` approved service records, bulk-inserted (multi-row INSERTs through the core RowWriter:
 * TypeORM's builder is too slow for a million rows). Each team serves its project's site together:
 * every member on the same post and segment (one national entry, one 分组号), a segment per
 * occasion, up to three a day from the project's start, so no volunteer's segments overlap and
 * each stays in one day. Hours come from hoursOf, as the API computes them; the leader records
 * and approves.
 */
export async function insertServiceRecords(
  manager: EntityManager,
  random: Random,
  teams: TeamRow[],
  count: number,
  advance: Advance,
): Promise<number> {
  const projects = await manager.getRepository(ServiceProject).find({ order: { id: 'ASC' } });
  const posts = await manager.getRepository(ProjectPost).find({ order: { id: 'ASC' } });
  const postsByProject = new Map<number, number[]>();
  for (const post of posts)
    postsByProject.set(post.projectId, [...(postsByProject.get(post.projectId) ?? []), post.id]);
  const teamById = new Map(teams.map((t) => [t.team.id, t]));
  const serving = projects
    .map((project) => ({
      project,
      team: teamById.get(project.teamId)!,
      posts: postsByProject.get(project.id) ?? [],
    }))
    .filter((p) => p.team && p.posts.length > 0);
  const days = 183; // 2019-04-01 … 2019-09-30
  const capacity = serving.reduce(
    (sum, p) => sum + p.team.members.length * days * SERVICE_SEGMENTS.length,
    0,
  );
  if (count > capacity) {
    throw new Error(`--records ${count} is more than ${capacity}: seed more volunteers (more teams)`);
  }
  const occasionIds = new Map<string, number>();
  const occasions = new RowWriter(manager, ServiceOccasion, { rowsPerBatch: RECORD_CHUNK });
  const records = new RowWriter(manager, ServiceRecord, {
    rowsPerBatch: RECORD_CHUNK,
    writtenFirst: [occasions],
    onWritten: advance,
  });
  let made = 0;
  for (let round = 0; made < count; round++) {
    const day = Math.floor(round / SERVICE_SEGMENTS.length);
    const [from, to] = SERVICE_SEGMENTS[round % SERVICE_SEGMENTS.length]!;
    const date = new Date(Date.UTC(2019, 3, 1 + day)).toISOString().slice(0, 10);
    for (const { project, team, posts: postIds } of serving) {
      if (made >= count) break;
      const startsAt = new Date(`${date}T${from}+08:00`);
      const endsAt = new Date(`${date}T${to}+08:00`);
      const key = `${project.id}|${date}`;
      let occasionId = occasionIds.get(key);
      if (occasionId === undefined) {
        occasionId = occasionIds.size + 1;
        occasionIds.set(key, occasionId);
        await occasions.add({
          id: occasionId,
          projectId: project.id,
          title: project.name.slice(0, 100),
          date,
          startsAt,
          endsAt,
          createdAt: endsAt,
        });
      }
      const postId = postIds[round % postIds.length]!;
      const hours = hoursOf({ startsAt, endsAt });
      const remark = random.pick(SERVICE_REMARKS);
      const leaderId = team.team.leaderId!;
      const approvedAt = new Date(endsAt.getTime() + 86_400_000);
      for (const member of team.members) {
        if (made >= count) break;
        await records.add({
          volunteerId: member.id,
          projectId: project.id,
          postId,
          occasionId,
          startsAt,
          endsAt,
          hours,
          status: ServiceRecordStatus.APPROVED,
          remark,
          recordedById: member.id === leaderId ? null : leaderId,
          submittedAt: endsAt,
          approvedAt,
          approvedById: member.id === leaderId ? null : leaderId,
          createdAt: endsAt,
          updatedAt: approvedAt,
        });
        made += 1;
      }
    }
  }
  await records.flush();
  await occasions.flush();
  return made;
}
