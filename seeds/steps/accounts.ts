import { createHash } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { Role } from '../../server/src/core/actor';
import { Account } from '../../server/src/modules/accounts/account.entity';
import { hashPassword } from '../../server/src/modules/accounts/password';
import { ServiceProject } from '../../server/src/modules/projects/service-project.entity';
import { Site } from '../../server/src/modules/sites/site.entity';
import { ServiceTeam, ServiceTeamMember } from '../../server/src/modules/teams/service-team.entity';
import { Volunteer } from '../../server/src/modules/volunteers/volunteer.entity';
import { insertChunks } from './common';
import type { UnitRow } from './units';

/** The password of every demo account (README "Demo accounts"); never used outside demo data. */
export const DEMO_PASSWORD = 'volunteer-demo-2019';
/** One demo account per role. */
export const DEMO_ACCOUNTS = {
  admin: { username: 'admin', role: Role.PROVINCIAL_ADMIN },
  coordinator: { username: 'jinan', role: Role.UNIT_COORDINATOR },
  leader: { username: 'leader', role: Role.TEAM_LEADER },
  volunteer: { username: 'volunteer', role: Role.VOLUNTEER },
  site: { username: 'site', role: Role.SITE_CONTACT },
} as const;

/**
 * The hash of DEMO_PASSWORD that every demo account shares. scrypt is slow on purpose, so it is
 * made once, outside the seeding transaction; its salt derives from the seed, so the same seed
 * still gives the same data.
 */
export async function demoPasswordHash(seed: number): Promise<string> {
  const salt = createHash('sha256').update(`demo-accounts:${seed}`).digest().subarray(0, 16);
  return hashPassword(DEMO_PASSWORD, salt);
}

/**
 * One account per role: the province admin, the 济南 coordinator, the leader of the first team,
 * a member of that team who is not its leader, and the contact of the first project's site.
 * Roles whose record the data lacks (tiny seeds without teams or projects) get no account.
 */
export async function insertDemoAccounts(manager: EntityManager, units: UnitRow[], passwordHash: string) {
  const jinan = units.find((unit) => unit.name === '济南市教育工会');
  const team = await manager.getRepository(ServiceTeam).findOne({ where: {}, order: { id: 'ASC' } });
  const members = team
    ? await manager
        .getRepository(ServiceTeamMember)
        .find({ where: { teamId: team.id }, order: { id: 'ASC' } })
    : [];
  const member = members.find((m) => m.volunteerId !== team?.leaderId);
  const names = new Map(
    (
      await manager
        .getRepository(Volunteer)
        .findBy({ id: In([team?.leaderId ?? 0, member?.volunteerId ?? 0]) })
    ).map((v) => [v.id, v.name]),
  );
  const project = await manager.getRepository(ServiceProject).findOne({ where: {}, order: { id: 'ASC' } });
  const site = project ? await manager.getRepository(Site).findOneBy({ id: project.siteId }) : null;
  const none = { unitId: null, volunteerId: null, siteId: null };
  const rows: Partial<Account>[] = [{ ...DEMO_ACCOUNTS.admin, ...none, displayName: '省教育工会管理员' }];
  if (jinan)
    rows.push({
      ...DEMO_ACCOUNTS.coordinator,
      ...none,
      displayName: '济南市教育工会协调员',
      unitId: jinan.id,
    });
  if (team?.leaderId) {
    const displayName = names.get(team.leaderId) ?? '服务队负责人';
    rows.push({ ...DEMO_ACCOUNTS.leader, ...none, displayName, volunteerId: team.leaderId });
  }
  if (member) {
    const displayName = names.get(member.volunteerId) ?? '志愿者';
    rows.push({ ...DEMO_ACCOUNTS.volunteer, ...none, displayName, volunteerId: member.volunteerId });
  }
  if (site)
    rows.push({
      ...DEMO_ACCOUNTS.site,
      ...none,
      displayName: `${site.name}联系人`.slice(0, 50),
      siteId: site.id,
    });
  await insertChunks(
    manager,
    Account,
    rows.map((row) => ({ ...row, passwordHash, active: true, tokenVersion: 0, lastLoginAt: null })),
  );
  return rows.length;
}
