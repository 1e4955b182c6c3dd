import { mobile, residentId, residentIds } from '../support/fixtures';
import { testDbKind } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';
import { graphql } from '../graphql';
import type {
  CreateServiceTeamInput,
  CreateUnitInput,
  ServiceTeamFilter,
  TypedDocumentString,
  VolunteerRole,
} from '../graphql/graphql';

// Selections several operations of this file read alike.
graphql(`
  fragment TeamsServiceTeamFields on ServiceTeam {
    id
    name
    status
    unitId
    leaderId
    leader {
      id
      name
      role
    }
    members {
      volunteerId
    }
    composition {
      volunteers
      cadres
      size
      valid
    }
  }
`);

const CREATE_TEAM = graphql(`
  mutation TeamsCreateTeam($input: CreateServiceTeamInput!) {
    createServiceTeam(input: $input) {
      ...TeamsServiceTeamFields
    }
  }
`);
const UPDATE_TEAM = graphql(`
  mutation TeamsUpdateTeam($id: ID!, $input: UpdateServiceTeamInput!) {
    updateServiceTeam(id: $id, input: $input) {
      ...TeamsServiceTeamFields
    }
  }
`);
const ACTIVATE_TEAM = graphql(`
  mutation TeamsActivateTeam($id: ID!) {
    activateServiceTeam(id: $id) {
      ...TeamsServiceTeamFields
    }
  }
`);
const DISBAND_TEAM = graphql(`
  mutation TeamsDisbandTeam($id: ID!) {
    disbandServiceTeam(id: $id) {
      ...TeamsServiceTeamFields
    }
  }
`);
const TEAM = graphql(`
  query TeamsTeam($id: ID!) {
    serviceTeam(id: $id) {
      ...TeamsServiceTeamFields
    }
  }
`);
const TEAMS = graphql(`
  query TeamsTeams($filter: ServiceTeamFilter) {
    serviceTeams(filter: $filter) {
      totalCount
      edges {
        node {
          name
        }
      }
    }
  }
`);
const MEMBERSHIPS = graphql(`
  query TeamsMemberships($id: ID!) {
    volunteer(id: $id) {
      name
      memberships {
        team {
          name
          status
        }
      }
    }
  }
`);
const CREATE_UNIT = graphql(`
  mutation TeamsCreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      id
    }
  }
`);
const CREATE_VOLUNTEER = graphql(`
  mutation TeamsCreateVolunteer2($input: CreateVolunteerInput!) {
    createVolunteer(input: $input) {
      id
      role
    }
  }
`);

const TEACHER_NAMES = [
  '王芳',
  '李娜',
  '张敏',
  '刘洋',
  '陈静',
  '杨帆',
  '赵磊',
  '黄丽',
  '周杰',
  '吴霞',
  '徐明',
];
const CADRE_NAMES = ['孙建国', '马红梅', '朱立新'];

describe(`service teams over HTTP (${testDbKind()})`, () => {
  let server: TestServer;
  let unitId: string;
  /** 11 teachers of the Jinan union. */
  let teachers: string[];
  /** 3 union cadres of the Jinan union. */
  let cadres: string[];
  /** A teacher of the Qingdao union. */
  let outsider: string;
  /** 7 teachers + 1 cadre, led by that cadre, activated. */
  let team: any;

  async function createUnit(input: CreateUnitInput): Promise<string> {
    const response = await server.gql(CREATE_UNIT, { input });
    expect(response.errors).toBeUndefined();
    return response.data!.createUnit.id;
  }

  async function register(
    name: string,
    documentNumber: string,
    n: number,
    unit: string,
    role: VolunteerRole = 'VOLUNTEER',
  ) {
    const response = await server.gql(CREATE_VOLUNTEER, {
      input: { name, documentNumber, mobile: mobile(n), unitId: unit, role, homeAreaCode: '370102' },
    });
    expect(response.errors).toBeUndefined();
    return response.data!.createVolunteer.id;
  }

  /** The one root field of a successful response. */
  async function send<R, V>(query: TypedDocumentString<R, V>, variables: NoInfer<V>): Promise<R[keyof R]> {
    const response = await server.gql(query, variables);
    expect(response.errors).toBeUndefined();
    return Object.values(response.data!)[0] as R[keyof R];
  }

  const createTeam = (input: Omit<CreateServiceTeamInput, 'unitId'>) =>
    send(CREATE_TEAM, { input: { unitId, ...input } });

  async function teamNames(filter: ServiceTeamFilter): Promise<string[]> {
    const connection = await send(TEAMS, { filter });
    expect(connection.totalCount).toBe(connection.edges.length);
    return connection.edges.map((edge) => edge.node.name);
  }

  beforeAll(async () => {
    server = await startTestServer();
    const provinceId = await createUnit({
      code: 'SD',
      name: '中国教育工会山东省委员会',
      kind: 'PROVINCE',
      cityCode: '370100',
    });
    unitId = await createUnit({
      code: 'SD-370100',
      name: '济南市教育工会',
      kind: 'CITY',
      parentId: provinceId,
      cityCode: '370100',
    });
    const qingdao = await createUnit({
      code: 'SD-370200',
      name: '青岛市教育工会',
      kind: 'CITY',
      parentId: provinceId,
      cityCode: '370200',
    });
    const ids = residentIds(14);
    teachers = [];
    for (const [i, name] of TEACHER_NAMES.entries()) teachers.push(await register(name, ids[i]!, i, unitId));
    cadres = [];
    for (const [i, name] of CADRE_NAMES.entries())
      cadres.push(await register(name, ids[11 + i]!, 11 + i, unitId, 'UNION_CADRE'));
    outsider = await register('高原', residentId('370202', '19870707', 41), 20, qingdao);
  });

  afterAll(() => server.stop());

  describe('forming and activating', () => {
    it('creates a FORMING team of 7 volunteers and 1 cadre led by the cadre', async () => {
      team = await createTeam({
        name: '泉城助学志愿服务队',
        memberIds: [cadres[0]!, ...teachers.slice(0, 7)],
        leaderId: cadres[0],
      });
      expect(team).toMatchObject({
        name: '泉城助学志愿服务队',
        status: 'FORMING',
        unitId,
        leaderId: cadres[0],
      });
      expect(team.leader).toEqual({ id: cadres[0], name: '孙建国', role: 'UNION_CADRE' });
      expect(team.members.map((m: { volunteerId: string }) => m.volunteerId).sort()).toEqual(
        [cadres[0], ...teachers.slice(0, 7)].sort(),
      );
    });

    it('reports the composition as 7 volunteers + 1 cadre, size 8, valid', async () => {
      const read = await send(TEAM, { id: team.id });
      expect(read!.composition).toEqual({ volunteers: 7, cadres: 1, size: 8, valid: true });
    });

    it('activates a valid team with a leader: status ACTIVE', async () => {
      const activated = await send(ACTIVATE_TEAM, { id: team.id });
      expect(activated.status).toBe('ACTIVE');
      expect((await send(TEAM, { id: team.id }))!.status).toBe('ACTIVE');
    });

    it('rejects activating a team of 6 volunteers (TEAM_COMPOSITION_INVALID, memberIds) and changes nothing', async () => {
      const short = await createTeam({
        name: '六人队',
        memberIds: [cadres[1]!, ...teachers.slice(0, 6)],
        leaderId: cadres[1],
      });
      expect(short.composition).toEqual({ volunteers: 6, cadres: 1, size: 7, valid: false });
      await server.expectRejected(ACTIVATE_TEAM, { id: short.id }, 'TEAM_COMPOSITION_INVALID', 'memberIds');
      expect((await send(TEAM, { id: short.id }))!.status).toBe('FORMING');
    });

    it('rejects activating a team without a leader (BAD_USER_INPUT, leaderId) and changes nothing', async () => {
      const leaderless = await createTeam({
        name: '无负责人队',
        memberIds: [cadres[1]!, ...teachers.slice(0, 7)],
      });
      expect(leaderless.composition.valid).toBe(true);
      await server.expectRejected(ACTIVATE_TEAM, { id: leaderless.id }, 'BAD_USER_INPUT', 'leaderId');
    });
  });

  describe('composition limits', () => {
    it('rejects creating a team with 11 volunteers (TEAM_COMPOSITION_INVALID, memberIds)', async () => {
      await server.expectRejected(
        CREATE_TEAM,
        { input: { unitId, name: '十一人队', memberIds: [cadres[0]!, ...teachers] } },
        'TEAM_COMPOSITION_INVALID',
        'memberIds',
      );
    });

    it('rejects creating a team with 3 cadres (TEAM_COMPOSITION_INVALID, memberIds)', async () => {
      await server.expectRejected(
        CREATE_TEAM,
        { input: { unitId, name: '三干部队', memberIds: [...cadres, ...teachers.slice(0, 7)] } },
        'TEAM_COMPOSITION_INVALID',
        'memberIds',
      );
    });

    it('accepts the largest team: 10 volunteers and 2 cadres', async () => {
      const largest = await createTeam({
        name: '满员队',
        memberIds: [cadres[1]!, cadres[2]!, ...teachers.slice(0, 10)],
      });
      expect(largest.composition).toEqual({ volunteers: 10, cadres: 2, size: 12, valid: true });
    });

    it('rejects growing a FORMING team past 10 volunteers (TEAM_COMPOSITION_INVALID, memberIds)', async () => {
      const forming = await createTeam({ name: '成长队', memberIds: teachers.slice(0, 3) });
      await server.expectRejected(
        UPDATE_TEAM,
        { id: forming.id, input: { memberIds: teachers } },
        'TEAM_COMPOSITION_INVALID',
        'memberIds',
      );
    });

    it('rejects shrinking an ACTIVE team below 7 volunteers (TEAM_COMPOSITION_INVALID, memberIds)', async () => {
      await server.expectRejected(
        UPDATE_TEAM,
        { id: team.id, input: { memberIds: [cadres[0]!, ...teachers.slice(0, 6)] } },
        'TEAM_COMPOSITION_INVALID',
        'memberIds',
      );
      expect((await send(TEAM, { id: team.id }))!.composition).toEqual({
        volunteers: 7,
        cadres: 1,
        size: 8,
        valid: true,
      });
    });

    it('lets an ACTIVE team change members while it keeps meeting the rule', async () => {
      const updated = await send(UPDATE_TEAM, {
        id: team.id,
        input: { memberIds: [cadres[0]!, ...teachers.slice(0, 6)!, teachers[7]!] },
      });
      expect(updated.status).toBe('ACTIVE');
      expect(updated.composition).toEqual({ volunteers: 7, cadres: 1, size: 8, valid: true });
      expect(updated.members.map((m: { volunteerId: string }) => m.volunteerId)).toContain(teachers[7]);
      expect(updated.members.map((m: { volunteerId: string }) => m.volunteerId)).not.toContain(teachers[6]);
    });

    it('does not let an ACTIVE team drop its leader (BAD_USER_INPUT, leaderId)', async () => {
      // Activation demands a leader (负责人); a serving team must not lose it afterwards.
      await server.expectRejected(
        UPDATE_TEAM,
        { id: team.id, input: { leaderId: null } },
        'BAD_USER_INPUT',
        'leaderId',
      );
    });
  });

  describe('membership and naming rules', () => {
    it('rejects a member from another unit (BAD_USER_INPUT, memberIds)', async () => {
      await server.expectRejected(
        CREATE_TEAM,
        { input: { unitId, name: '跨单位队', memberIds: [cadres[1]!, outsider] } },
        'BAD_USER_INPUT',
        'memberIds',
      );
    });

    it('rejects a leader who is not a member (BAD_USER_INPUT, leaderId)', async () => {
      await server.expectRejected(
        CREATE_TEAM,
        { input: { unitId, name: '外聘负责人队', memberIds: teachers.slice(0, 7), leaderId: cadres[2] } },
        'BAD_USER_INPUT',
        'leaderId',
      );
    });

    it('rejects a duplicate team name in the unit (CONFLICT, name)', async () => {
      await server.expectRejected(
        CREATE_TEAM,
        { input: { unitId, name: '泉城助学志愿服务队', memberIds: teachers.slice(0, 2) } },
        'CONFLICT',
        'name',
      );
    });

    it('rejects renaming a team to the name of another team of the unit (CONFLICT, name)', async () => {
      await server.expectRejected(
        UPDATE_TEAM,
        { id: team.id, input: { name: '六人队' } },
        'CONFLICT',
        'name',
      );
    });

    it('disbands a team, after which it can be neither updated nor activated (BAD_USER_INPUT, id)', async () => {
      const doomed = await createTeam({
        name: '临时队',
        memberIds: [cadres[2]!, ...teachers.slice(3, 10)],
        leaderId: cadres[2],
      });
      expect((await send(DISBAND_TEAM, { id: doomed.id })).status).toBe('DISBANDED');
      await server.expectRejected(
        UPDATE_TEAM,
        { id: doomed.id, input: { name: '临时队（恢复）' } },
        'BAD_USER_INPUT',
        'id',
      );
      await server.expectRejected(ACTIVATE_TEAM, { id: doomed.id }, 'BAD_USER_INPUT', 'id');
    });
  });

  describe('reading teams from volunteers', () => {
    it('lists a volunteer’s teams through volunteer { memberships { team { name } } }', async () => {
      const leader = await send(MEMBERSHIPS, { id: cadres[0]! });
      expect(leader).toEqual({
        name: '孙建国',
        memberships: [{ team: { name: '泉城助学志愿服务队', status: 'ACTIVE' } }],
      });
      const teacher = await send(MEMBERSHIPS, { id: teachers[10]! });
      expect(teacher!.memberships).toEqual([]);
      const busy = await send(MEMBERSHIPS, { id: teachers[0]! });
      expect(busy!.memberships.map((m: { team: { name: string } }) => m.team.name).sort()).toEqual(
        ['六人队', '无负责人队', '满员队', '泉城助学志愿服务队', '成长队'].sort(),
      );
    });

    it('finds the teams a volunteer belongs to with serviceTeams(filter: { memberId })', async () => {
      expect(await teamNames({ memberId: cadres[0] })).toEqual(['泉城助学志愿服务队']);
      expect(await teamNames({ memberId: cadres[2] })).toEqual(['满员队', '临时队']);
      expect(await teamNames({ memberId: teachers[10] })).toEqual([]);
      expect(await teamNames({ memberId: teachers[6] })).toEqual(['无负责人队', '满员队', '临时队']);
      expect(await teamNames({ memberId: cadres[2], status: 'DISBANDED' })).toEqual(['临时队']);
    });
  });
});
