import { SYSTEM_ACTOR } from '../../server/src/core/actor';
import { AssignmentService } from '../../server/src/modules/assignments/assignment.service';
import { AccessWorld } from '../support/access-world';
import { testDbKind } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';
import { graphql } from '../graphql';

const VOLUNTEER = graphql(`
  query PersonalDataVolunteer($id: ID!) {
    volunteer(id: $id) {
      id
      documentNumber
      mobile
      birthDate
    }
  }
`);
const AUDIT = graphql(`
  query PersonalDataAudit($filter: AuditEventFilter) {
    auditEvents(filter: $filter, first: 100) {
      totalCount
      edges {
        node {
          action
          entityType
          entityId
          actorName
          before
          after
        }
      }
    }
  }
`);

describe(`personal data and the audit trail (${testDbKind()})`, () => {
  let server: TestServer;
  let world: AccessWorld;

  beforeAll(async () => {
    server = await startTestServer();
    world = await new AccessWorld(server).build();
  });

  afterAll(() => server.stop());

  async function read(token: string, id: number) {
    const response = await server.gql(VOLUNTEER, { id }, { token });
    expect(response.errors).toBeUndefined();
    return response.data!.volunteer;
  }

  async function audit(filter: Record<string, unknown>) {
    const response = await server.gql(AUDIT, { filter }, { token: world.tokens.admin });
    expect(response.errors).toBeUndefined();
    return response.data!.auditEvents.edges.map((edge: any) => edge.node);
  }

  it('shows document number, mobile and birth date to the coordinator, the team leader and the volunteer', async () => {
    const member = world.units.in.members[0]!;
    for (const token of [world.tokens.coordinator, world.tokens.leader, world.tokens.volunteer]) {
      expect(await read(token, member.id)).toEqual({
        id: String(member.id),
        documentNumber: member.documentNumber,
        mobile: member.mobile,
        birthDate: member.birthDate,
      });
    }
  });

  it('masks them for the provincial admin', async () => {
    const member = world.units.in.members[0]!;
    const seen = await read(world.tokens.admin, member.id);
    expect(seen!.documentNumber).toBe(
      `${member.documentNumber.slice(0, 6)}********${member.documentNumber.slice(-4)}`,
    );
    expect(seen!.mobile).toBe(`${member.mobile.slice(0, 3)}****${member.mobile.slice(-4)}`);
    expect(seen!.birthDate).toBeNull();
  });

  it('masks them where a volunteer is reached through another record, and hides volunteers the reader may not read', async () => {
    const query = graphql(`
      query PersonalDataQuery($id: ID!) {
        serviceTeam(id: $id) {
          leader {
            documentNumber
            mobile
          }
          members {
            volunteer {
              mobile
            }
          }
        }
      }
    `);
    const asAdmin = await server.gql(query, { id: world.units.in.teamId }, { token: world.tokens.admin });
    expect(asAdmin.errors).toBeUndefined();
    const team = asAdmin.data!.serviceTeam;
    expect(team!.leader!.documentNumber).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
    expect(team!.members).toHaveLength(8);
    for (const member of team!.members) expect(member.volunteer.mobile).toMatch(/^1\d{2}\*{4}\d{4}$/);
    // A site contact reads teams, not the people in them.
    const asSite = await server.gql(
      query,
      { id: world.units.in.teamId },
      { token: world.tokens.siteContact },
    );
    expect(asSite).toEqual({ data: { serviceTeam: { leader: null, members: [] } } });
  });

  it('audits each unmasked read once per volunteer and request, and masked reads not at all', async () => {
    const member = world.units.in.members[2]!;
    const filter = { action: 'READ_PERSONAL_DATA', entityType: 'Volunteer', entityId: String(member.id) };
    const before = (await audit(filter)).length;
    await read(world.tokens.admin, member.id);
    expect((await audit(filter)).length).toBe(before);
    await read(world.tokens.coordinator, member.id);
    const after = await audit(filter);
    expect(after.length).toBe(before + 1);
    expect(after[after.length - 1].actorName).toBe('jinan-coordinator');
  });

  it('finds a volunteer by document number for those who see it, and refuses the search to the admin', async () => {
    const member = world.units.in.members[3]!;
    const lowerCase = member.documentNumber.replace(/X$/, 'x');
    const search = (token: string) =>
      server.gql(
        graphql(`
          query PersonalDataVolunteers($n: String!) {
            volunteers(filter: { documentNumber: $n }) {
              totalCount
              edges {
                node {
                  id
                }
              }
            }
          }
        `),
        { n: ` ${lowerCase} ` },
        { token },
      );
    const response = await search(world.tokens.coordinator);
    expect(response.errors).toBeUndefined();
    expect(response.data!.volunteers.totalCount).toBe(1);
    expect(response.data!.volunteers.edges[0]!.node.id).toBe(String(member.id));
    // The admin sees numbers masked: searching by them would unmask them.
    const refused = await search(world.tokens.admin);
    expect(refused.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([
      ['FORBIDDEN', 'documentNumber'],
    ]);
  });

  it('records every write with who made it and the record before and after, personal data masked', async () => {
    const target = world.units.in.loner;
    const response = await server.gql(
      graphql(`
        mutation PersonalDataUpdateVolunteer($id: ID!) {
          updateVolunteer(id: $id, input: { mobile: "13912345678" }) {
            id
          }
        }
      `),
      { id: target.id },
      { token: world.tokens.coordinator },
    );
    expect(response.errors).toBeUndefined();
    const events = await audit({ action: 'UPDATE', entityType: 'Volunteer', entityId: String(target.id) });
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event.actorName).toBe('jinan-coordinator');
    expect(JSON.parse(event.before).mobile).toBe(
      `${target.mobile.slice(0, 3)}****${target.mobile.slice(-4)}`,
    );
    expect(JSON.parse(event.after).mobile).toBe('139****5678');
    expect(event.before + event.after).not.toContain(target.documentNumber);
  });

  it('shows assignments nested under a need only to those who may see them', async () => {
    const jinan = world.units.in;
    const qingdao = world.units.out;
    await new AssignmentService(server.dataSource, SYSTEM_ACTOR).propose(jinan.needId, [
      jinan.members[4]!.id,
      qingdao.members[4]!.id,
    ]);
    const seen = async (token: string) => {
      const response = await server.gql(
        graphql(`
          query PersonalDataServiceNeed($id: ID!) {
            serviceNeed(id: $id) {
              assignments {
                volunteerId
              }
            }
          }
        `),
        { id: jinan.needId },
        { token },
      );
      expect(response.errors).toBeUndefined();
      return response.data!.serviceNeed!.assignments.map((a: any) => Number(a.volunteerId)).sort();
    };
    const both = [jinan.members[4]!.id, qingdao.members[4]!.id].sort();
    expect(await seen(world.tokens.admin)).toEqual(both);
    expect(await seen(world.tokens.coordinator)).toEqual(both);
    expect(await seen(world.tokens.siteContact)).toEqual(both);
    expect(await seen(world.tokens.leader)).toEqual([jinan.members[4]!.id]);
    expect(await seen(world.tokens.volunteer)).toEqual([]);
  });

  it('keeps the trail append-only: the schema offers no way to change or delete an audit event', async () => {
    const response = await server.gql(
      graphql(`
        query PersonalData__schema {
          __schema {
            mutationType {
              fields {
                name
              }
            }
          }
        }
      `),
    );
    const names: string[] = response.data!.__schema.mutationType!.fields!.map(
      (f: { name: string }) => f.name,
    );
    expect(names.filter((name) => /audit/i.test(name))).toEqual([]);
  });
});
