import { SYSTEM_ACTOR } from '../../server/src/core/actor';
import { Campaign } from '../../server/src/modules/campaigns/campaign.entity';
import { loadOpenNeedCategories, loadOpenNeeds } from '../../server/src/modules/matching/matching-data';
import { ServiceNeed } from '../../server/src/modules/needs/service-need.entity';
import { ServiceCategory } from '../../server/src/modules/code-lists/service-category';
import {
  ServiceTeam,
  ServiceTeamMember,
  ServiceTeamStatus,
} from '../../server/src/modules/teams/service-team.entity';
import { TEAM_RULE } from '../../server/src/modules/teams/team-composition';
import { UnitService } from '../../server/src/modules/units/unit.service';
import { Volunteer, VolunteerRole } from '../../server/src/modules/volunteers/volunteer.entity';
import { VolunteerService } from '../../server/src/modules/volunteers/volunteer.service';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../seeds/seed';
import { mobile, residentId } from '../support/fixtures';
import { databaseSnapshot, testDbKind } from '../support/test-database';
import { expectError, startTestServer, type TestServer } from '../support/test-server';
import { graphql } from '../graphql';

// Selections several operations of this file read alike.
graphql(`
  fragment TeamFormationVolunteerFields on Volunteer {
    id
    unitId
    role
    active
    safetyTrainedOn
    serviceCategories
  }
`);

const PROPOSAL = graphql(`
  query TeamFormationProposal($unitId: ID!) {
    teamFormationProposal(unitId: $unitId) {
      teams {
        unitId
        covers
        cadres {
          ...TeamFormationVolunteerFields
        }
        volunteers {
          ...TeamFormationVolunteerFields
        }
        composition {
          volunteers
          cadres
          size
          valid
        }
      }
      uncovered
      unplacedVolunteers
    }
  }
`);

describe(`team formation assistant over HTTP (${testDbKind()})`, () => {
  let server: TestServer;
  let coordinator: string;
  let jinanUnitId: string;

  beforeAll(async () => {
    server = await startTestServer({ seed: { volunteers: 600 } });
    coordinator = await server.login(DEMO_ACCOUNTS.coordinator.username, DEMO_PASSWORD);
    const me = await server.gql(
      graphql(`
        query TeamFormationMe {
          me {
            unitId
          }
        }
      `),
      {},
      { token: coordinator },
    );
    jinanUnitId = me.data!.me.unitId!;
    // The demo seed teams most of each unit; newly recruited, trained people make room for two teams.
    const volunteers = new VolunteerService(server.dataSource, SYSTEM_ACTOR);
    const categories = Object.values(ServiceCategory);
    for (let n = 1; n <= 16; n++) {
      await volunteers.create({
        name: `新志愿者${'甲乙丙丁戊己庚辛壬癸'[n % 10]}`,
        documentNumber: residentId('370102', '19770303', n),
        mobile: mobile(77_000_000 + n),
        unitId: jinanUnitId,
        role: n <= 2 ? VolunteerRole.UNION_CADRE : VolunteerRole.VOLUNTEER,
        homeAreaCode: '370102',
        serviceCategories: [categories[n % categories.length]!],
        safetyTrainedOn: '2019-03-20',
      });
    }
  });

  afterAll(() => server.stop());

  async function propose(token: string) {
    const response = await server.gql(PROPOSAL, { unitId: jinanUnitId }, { token });
    expect(response.errors).toBeUndefined();
    return response.data!.teamFormationProposal;
  }

  async function teamedIds(): Promise<Set<number>> {
    const rows = await server.dataSource
      .getRepository(ServiceTeamMember)
      .createQueryBuilder('m')
      .innerJoin(ServiceTeam, 't', 't.id = m.teamId')
      .where('t.status != :disbanded', { disbanded: ServiceTeamStatus.DISBANDED })
      .getMany();
    return new Set(rows.map((r) => r.volunteerId));
  }

  it("proposes valid teams from the unit's free, trained volunteers, writing nothing", async () => {
    const before = await databaseSnapshot(server.dataSource);
    const proposal = await propose(coordinator);
    expect(await databaseSnapshot(server.dataSource)).toBe(before);
    expect(proposal.teams.length).toBeGreaterThan(0);
    const subtree = new Set(
      (await new UnitService(server.dataSource, SYSTEM_ACTOR).subtreeIds(Number(jinanUnitId))).map(String),
    );
    const teamed = await teamedIds();
    const seen = new Set<string>();
    for (const team of proposal.teams) {
      expect(team.composition.valid).toBe(true);
      expect(team.volunteers.length).toBeGreaterThanOrEqual(TEAM_RULE.minVolunteers);
      expect(team.volunteers.length).toBeLessThanOrEqual(TEAM_RULE.maxVolunteers);
      expect(team.cadres.length).toBeGreaterThanOrEqual(TEAM_RULE.minCadres);
      expect(team.cadres.length).toBeLessThanOrEqual(TEAM_RULE.maxCadres);
      expect(team.composition).toMatchObject({
        volunteers: team.volunteers.length,
        cadres: team.cadres.length,
      });
      for (const c of team.cadres) expect(c.role).toBe('UNION_CADRE');
      for (const v of team.volunteers) expect(v.role).not.toBe('UNION_CADRE');
      for (const member of [...team.cadres, ...team.volunteers]) {
        expect(subtree.has(member.unitId)).toBe(true);
        expect(member.unitId).toBe(team.unitId);
        expect(member.active).toBe(true);
        expect(member.safetyTrainedOn).not.toBeNull();
        expect(teamed.has(Number(member.id))).toBe(false);
        expect(seen.has(member.id)).toBe(false);
        seen.add(member.id);
      }
      const offered = new Set([...team.cadres, ...team.volunteers].flatMap((m: any) => m.serviceCategories));
      for (const c of team.covers) expect(offered.has(c)).toBe(true);
    }
    const covered = new Set(proposal.teams.flatMap((t: any) => t.covers));
    for (const c of proposal.uncovered) expect(covered.has(c)).toBe(false);
    // Every free, trained person of the subtree is either placed or counted as left out.
    const free = (await server.dataSource.getRepository(Volunteer).find()).filter(
      (v) => v.active && v.safetyTrainedOn !== null && subtree.has(String(v.unitId)) && !teamed.has(v.id),
    );
    expect(seen.size + proposal.unplacedVolunteers).toBe(free.length);
    // The provincial admin asking for the same unit gets the same proposal.
    expect(await propose(server.adminToken!)).toEqual(proposal);
  });

  it('proposes teams that createServiceTeam accepts, and leaves their members out next time', async () => {
    const [team] = (await propose(coordinator)).teams;
    const created = await server.gql(
      graphql(`
        mutation TeamFormationCreateServiceTeam($input: CreateServiceTeamInput!) {
          createServiceTeam(input: $input) {
            id
            composition {
              valid
            }
          }
        }
      `),
      {
        input: {
          name: '助力乡村振兴组队建议服务队',
          unitId: team!.unitId,
          memberIds: [...team!.cadres, ...team!.volunteers].map((m: any) => m.id),
          leaderId: team!.cadres[0]!.id,
        },
      },
      { token: coordinator },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createServiceTeam.composition.valid).toBe(true);
    const again = await propose(coordinator);
    expect(again.teams.length).toBeGreaterThan(0);
    const members = new Set([...team!.cadres, ...team!.volunteers].map((m: any) => m.id));
    for (const t of again.teams) {
      for (const m of [...t.cadres, ...t.volunteers]) expect(members.has(m.id)).toBe(false);
    }
  });

  it("refuses a coordinator another unit's proposal", async () => {
    const units = await server.gql(
      graphql(`
        query TeamFormationUnits {
          units(first: 100) {
            edges {
              node {
                id
              }
            }
          }
        }
      `),
      {},
      { token: coordinator },
    );
    const subtree = await new UnitService(server.dataSource, SYSTEM_ACTOR).subtreeIds(Number(jinanUnitId));
    const other = units
      .data!.units.edges.map((e: any) => e.node.id)
      .find((id: string) => !subtree.includes(Number(id)));
    const before = await databaseSnapshot(server.dataSource);
    const response = await server.gql(PROPOSAL, { unitId: other }, { token: coordinator });
    expectError(response, 'FORBIDDEN', 'unitId');
    expect(await databaseSnapshot(server.dataSource)).toBe(before);
  });

  // Last: it fills needs.
  it('asks for the categories of the needs with places still open, as matching counts them', async () => {
    const manager = server.dataSource.manager;
    const [campaign] = await manager.getRepository(Campaign).find({ order: { year: 'DESC' }, take: 1 });
    const scope = {
      pairedUnitIds: await new UnitService(server.dataSource, SYSTEM_ACTOR).subtreeIds(Number(jinanUnitId)),
    };
    const asMatchingCounts = async () =>
      new Set((await loadOpenNeeds(manager, campaign!.id, scope)).map((need) => need.category));
    const before = await asMatchingCounts();
    expect(before.size).toBeGreaterThan(1);
    expect(new Set(await loadOpenNeedCategories(manager, campaign!.id, scope))).toEqual(before);

    // Every need of one category filled: still open by status, but nobody is needed for it.
    const [filled] = [...before];
    const needIds = (await loadOpenNeeds(manager, campaign!.id, scope))
      .filter((need) => need.category === filled)
      .map((need) => need.id);
    await manager
      .getRepository(ServiceNeed)
      .createQueryBuilder()
      .update()
      .set({ confirmedCount: () => 'headcount' })
      .whereInIds(needIds)
      .execute();
    const after = await loadOpenNeedCategories(manager, campaign!.id, scope);
    expect(after).not.toContain(filled);
    expect(new Set(after)).toEqual(await asMatchingCounts());
    expect(new Set(after).size).toBe(before.size - 1);
  });
});
