import { Role, SYSTEM_ACTOR } from '../../server/src/core/actor';
import { Assignment, AssignmentStatus } from '../../server/src/modules/assignments/assignment.entity';
import { AssignmentService } from '../../server/src/modules/assignments/assignment.service';
import { ServiceCategory } from '../../server/src/modules/code-lists/service-category';
import { ServiceNeed } from '../../server/src/modules/needs/service-need.entity';
import { ServiceNeedService } from '../../server/src/modules/needs/service-need.service';
import type { Volunteer } from '../../server/src/modules/volunteers/volunteer.entity';
import { VolunteerService } from '../../server/src/modules/volunteers/volunteer.service';
import { AccessWorld, type UnitSide } from '../support/access-world';
import { databaseSnapshot, testDbKind } from '../support/test-database';
import { expectError, startTestServer, type GraphQLResponse, type TestServer } from '../support/test-server';
import { graphql } from '../graphql';
import type { TypedDocumentString } from '../graphql/graphql';

// Selections several operations of this file read alike.
graphql(`
  fragment AssignmentsAssignmentFields on Assignment {
    id
    status
    needId
    volunteerId
    score
    declineReason
    cancelReason
    proposedAt
    confirmedAt
    respondedAt
    cancelledAt
  }
`);

const PROPOSE = graphql(`
  mutation AssignmentsPropose($needId: ID!, $ids: [ID!]!, $scores: [Float!]) {
    proposeAssignments(needId: $needId, volunteerIds: $ids, scores: $scores) {
      ...AssignmentsAssignmentFields
    }
  }
`);
const CONFIRM = graphql(`
  mutation AssignmentsConfirm($id: ID!) {
    confirmAssignment(id: $id) {
      ...AssignmentsAssignmentFields
    }
  }
`);
const RESPOND = graphql(`
  mutation AssignmentsRespond($id: ID!, $accept: Boolean!, $reason: String) {
    respondToAssignment(id: $id, accept: $accept, reason: $reason) {
      ...AssignmentsAssignmentFields
    }
  }
`);
const CANCEL = graphql(`
  mutation AssignmentsCancel($id: ID!, $reason: String) {
    cancelAssignment(id: $id, reason: $reason) {
      ...AssignmentsAssignmentFields
    }
  }
`);
const NEED = graphql(`
  query AssignmentsNeed($id: ID!) {
    serviceNeed(id: $id) {
      id
      status
      headcount
      confirmedCount
      assignments {
        id
        status
        volunteerId
      }
    }
  }
`);
const UPDATE_NEED = graphql(`
  mutation AssignmentsUpdateNeed($id: ID!, $input: UpdateServiceNeedInput!) {
    updateServiceNeed(id: $id, input: $input) {
      id
      status
      headcount
      confirmedCount
    }
  }
`);
const ASSIGNMENTS = graphql(`
  query AssignmentsAssignments($filter: AssignmentFilter, $after: String) {
    assignments(filter: $filter, first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          volunteerId
          needId
        }
      }
    }
  }
`);
const MINE = graphql(`
  query AssignmentsMine($status: AssignmentStatus) {
    myAssignments(status: $status, first: 100) {
      totalCount
      edges {
        node {
          id
          status
          need {
            id
          }
        }
      }
    }
  }
`);
const AUDIT = graphql(`
  query AssignmentsAudit($filter: AuditEventFilter) {
    auditEvents(filter: $filter, first: 100) {
      edges {
        node {
          action
          entityType
          entityId
          before
          after
        }
      }
    }
  }
`);

describe(`the consent flow of assignments over HTTP (${testDbKind()})`, () => {
  let server: TestServer;
  let world: AccessWorld;
  let jinan: UnitSide;
  let qingdao: UnitSide;
  let coordinator: string;
  const tokens = new Map<number, string>();

  beforeAll(async () => {
    server = await startTestServer();
    world = await new AccessWorld(server).build();
    jinan = world.units.in;
    qingdao = world.units.out;
    coordinator = world.tokens.coordinator;
  });

  afterAll(() => server.stop());

  /** The token of a volunteer account for this volunteer (the world's own where it has one). */
  async function tokenOf(volunteer: Volunteer): Promise<string> {
    if (volunteer.id === jinan.members[0]!.id) return world.tokens.volunteer;
    if (volunteer.id === jinan.cadre.id) return world.tokens.leader;
    let token = tokens.get(volunteer.id);
    if (!token) {
      token = await server.signInAs({
        username: `v-${volunteer.id}`,
        role: Role.VOLUNTEER,
        volunteerId: String(volunteer.id),
      });
      tokens.set(volunteer.id, token);
    }
    return token;
  }

  /** The one root field of a successful response. */
  async function ok<R, V>(
    query: TypedDocumentString<R, V>,
    variables: NoInfer<V>,
    token: string,
  ): Promise<R[keyof R]> {
    const response = await server.gql(query, variables, { token });
    expect(response.errors).toBeUndefined();
    return Object.values(response.data!)[0] as R[keyof R];
  }

  /** A rejected request that changed nothing; returns the error for a closer look. */
  async function rejected<R, V>(
    query: TypedDocumentString<R, V>,
    variables: NoInfer<V>,
    token: string,
    code: string,
    field: string,
  ) {
    const before = await databaseSnapshot(server.dataSource);
    const response = await server.gql(query, variables, { token });
    expectError(response, code, field);
    expect(response.data ?? null).toBeNull();
    expect(await databaseSnapshot(server.dataSource)).toBe(before);
    return response.errors![0]!;
  }

  const need = (id: number) => ok(NEED, { id }, coordinator);
  const propose = (needId: number, volunteers: Volunteer[], token = coordinator) =>
    ok(PROPOSE, { needId, ids: volunteers.map((v) => v.id) }, token);
  const confirm = (id: string, token = coordinator) => ok(CONFIRM, { id }, token);

  async function freshVolunteers(count: number, side = jinan): Promise<Volunteer[]> {
    const list: Volunteer[] = [];
    for (let i = 0; i < count; i++) list.push(await world.volunteer(side.unitId));
    return list;
  }

  /** A need at the side's site in an explicit window (November of the world's year, China time). */
  async function needAt(from: string, to: string, headcount = 3, side = jinan): Promise<number> {
    const posted = await new ServiceNeedService(server.dataSource, SYSTEM_ACTOR).post({
      siteId: String(side.siteId),
      campaignId: String(world.campaignId),
      title: '科学普及进校园',
      category: ServiceCategory.SCIENCE_POPULARISATION,
      headcount,
      startsAt: new Date(`${world.year}-11-${from}+08:00`),
      endsAt: new Date(`${world.year}-11-${to}+08:00`),
    });
    return posted.id;
  }

  describe('propose → confirm → accept', () => {
    it('binds a volunteer only after the coordinator confirms and the volunteer accepts', async () => {
      const [volunteer] = await freshVolunteers(1);
      const needId = await world.freshNeed(jinan, 3);

      const [proposed] = await ok(PROPOSE, { needId, ids: [volunteer!.id], scores: [0.82] }, coordinator);
      expect(proposed).toMatchObject({
        status: 'PROPOSED',
        needId: String(needId),
        volunteerId: String(volunteer!.id),
        score: 0.82,
        confirmedAt: null,
        respondedAt: null,
      });
      expect(await need(needId)).toMatchObject({ status: 'OPEN', confirmedCount: 0 });

      const confirmed = await confirm(proposed!.id);
      expect(confirmed.status).toBe('CONFIRMED');
      expect(confirmed.confirmedAt).not.toBeNull();
      expect(await need(needId)).toMatchObject({ status: 'OPEN', confirmedCount: 1 });

      const token = await tokenOf(volunteer!);
      const mine = await ok(MINE, { status: 'CONFIRMED' }, token);
      expect(mine.edges.map((e: any) => e.node.id)).toEqual([proposed!.id]);

      const accepted = await ok(RESPOND, { id: proposed!.id, accept: true }, token);
      expect(accepted).toMatchObject({ status: 'ACCEPTED', declineReason: null });
      expect(accepted.respondedAt).not.toBeNull();
      expect(await need(needId)).toMatchObject({ status: 'OPEN', confirmedCount: 1 });
    });

    it('records each step in the audit trail, with the need’s count beside the assignment', async () => {
      const [volunteer] = await freshVolunteers(1);
      const needId = await world.freshNeed(jinan, 1);
      const [proposed] = await propose(needId, [volunteer!]);
      await confirm(proposed!.id);
      const events = await ok(
        AUDIT,
        { filter: { entityType: 'Assignment', entityId: proposed!.id } },
        world.tokens.admin,
      );
      expect(
        events.edges.map((e: any) => [
          e.node.action,
          e.node.before ? JSON.parse(e.node.before).status : null,
          JSON.parse(e.node.after).status,
        ]),
      ).toEqual([
        ['CREATE', null, 'PROPOSED'],
        ['UPDATE', 'PROPOSED', 'CONFIRMED'],
      ]);
      const needEvents = await ok(
        AUDIT,
        { filter: { entityType: 'ServiceNeed', entityId: needId } },
        world.tokens.admin,
      );
      const last = needEvents.edges.at(-1)!.node;
      expect(last.action).toBe('UPDATE');
      expect(JSON.parse(last.before!)).toEqual({ confirmedCount: 0, status: 'OPEN' });
      expect(JSON.parse(last.after!)).toEqual({ confirmedCount: 1, status: 'FILLED' });
    });

    it('proposes several volunteers at once, in the order given', async () => {
      const volunteers = await freshVolunteers(3);
      const needId = await world.freshNeed(jinan, 2);
      const proposed = await propose(needId, volunteers);
      expect(proposed.map((a) => a.volunteerId)).toEqual(volunteers.map((v) => String(v.id)));
      expect(proposed.every((a) => a.status === 'PROPOSED' && a.score === null)).toBe(true);
    });
  });

  describe('places of a need', () => {
    it('fills the need with its last place and reopens it when a confirmed volunteer declines, keeping the reason', async () => {
      const [first, second] = await freshVolunteers(2);
      const needId = await world.freshNeed(jinan, 2);
      const [a, b] = await propose(needId, [first!, second!]);
      await confirm(a!.id);
      await confirm(b!.id);
      expect(await need(needId)).toMatchObject({ status: 'FILLED', confirmedCount: 2 });

      const reason = '学校期末考试监考，时间冲突';
      const declined = await ok(RESPOND, { id: b!.id, accept: false, reason }, await tokenOf(second!));
      expect(declined).toMatchObject({ status: 'DECLINED', declineReason: reason });
      expect(declined.respondedAt).not.toBeNull();
      expect(await need(needId)).toMatchObject({ status: 'OPEN', confirmedCount: 1 });
    });

    it('lets a volunteer decline a proposal before it is confirmed, without a reason and without touching the count', async () => {
      const [volunteer] = await freshVolunteers(1);
      const needId = await world.freshNeed(jinan, 1);
      const [a] = await propose(needId, [volunteer!]);
      const declined = await ok(RESPOND, { id: a!.id, accept: false }, await tokenOf(volunteer!));
      expect(declined).toMatchObject({ status: 'DECLINED', declineReason: null });
      expect(await need(needId)).toMatchObject({ status: 'OPEN', confirmedCount: 0 });
    });

    it('keeps a 500-character reason (counted in characters, rare ones too) and refuses 501 (BAD_USER_INPUT, reason)', async () => {
      const [volunteer, other] = await freshVolunteers(2);
      const needId = await world.freshNeed(jinan, 2);
      const [a, b] = await propose(needId, [volunteer!, other!]);
      const long = '𠮷'.repeat(500);
      await rejected(
        RESPOND,
        { id: a!.id, accept: false, reason: `${long}。` },
        await tokenOf(volunteer!),
        'BAD_USER_INPUT',
        'reason',
      );
      expect(
        (await ok(RESPOND, { id: a!.id, accept: false, reason: long }, await tokenOf(volunteer!)))
          .declineReason,
      ).toBe(long);
      await rejected(
        RESPOND,
        { id: b!.id, accept: true, reason: '好的' },
        await tokenOf(other!),
        'BAD_USER_INPUT',
        'reason',
      );
    });

    it('gives the place back when the coordinator cancels an accepted assignment, and a re-proposal reopens the same row', async () => {
      const [volunteer] = await freshVolunteers(1);
      const needId = await world.freshNeed(jinan, 1);
      const [a] = await propose(needId, [volunteer!]);
      await confirm(a!.id);
      await ok(RESPOND, { id: a!.id, accept: true }, await tokenOf(volunteer!));
      expect(await need(needId)).toMatchObject({ status: 'FILLED', confirmedCount: 1 });

      const cancelled = await ok(CANCEL, { id: a!.id, reason: '需求方调整时间' }, coordinator);
      expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelReason: '需求方调整时间' });
      expect(cancelled.cancelledAt).not.toBeNull();
      expect(await need(needId)).toMatchObject({ status: 'OPEN', confirmedCount: 0 });

      const [again] = await ok(PROPOSE, { needId, ids: [volunteer!.id], scores: [0.75] }, coordinator);
      expect(again).toMatchObject({
        id: a!.id,
        status: 'PROPOSED',
        score: 0.75,
        confirmedAt: null,
        respondedAt: null,
        cancelledAt: null,
        cancelReason: null,
      });
      expect((await need(needId))!.assignments).toEqual([
        { id: a!.id, status: 'PROPOSED', volunteerId: String(volunteer!.id) },
      ]);
    });

    it('cancels a proposal without touching the count', async () => {
      const [volunteer] = await freshVolunteers(1);
      const needId = await world.freshNeed(jinan, 1);
      const [a] = await propose(needId, [volunteer!]);
      expect((await ok(CANCEL, { id: a!.id }, coordinator)).status).toBe('CANCELLED');
      expect(await need(needId)).toMatchObject({ status: 'OPEN', confirmedCount: 0 });
    });

    it('refuses to confirm past the headcount (NEED_FULL, id) and changes nothing', async () => {
      const [first, second] = await freshVolunteers(2);
      const needId = await world.freshNeed(jinan, 1);
      const [a, b] = await propose(needId, [first!, second!]);
      await confirm(a!.id);
      const error = await rejected(CONFIRM, { id: b!.id }, coordinator, 'NEED_FULL', 'id');
      expect(error.extensions).toMatchObject({ needId: String(needId), headcount: 1 });
    });

    it('refuses proposals for a need that is not OPEN (BAD_USER_INPUT, needId)', async () => {
      const [first, second] = await freshVolunteers(2);
      const needId = await world.freshNeed(jinan, 1);
      const [a] = await propose(needId, [first!]);
      await confirm(a!.id);
      await rejected(PROPOSE, { needId, ids: [second!.id] }, coordinator, 'BAD_USER_INPUT', 'needId');
    });

    it('refuses to confirm for a closed need (BAD_USER_INPUT, id), naming its status', async () => {
      const [volunteer] = await freshVolunteers(1);
      const needId = await world.freshNeed(jinan, 2);
      const [a] = await propose(needId, [volunteer!]);
      await ok(UPDATE_NEED, { id: needId, input: { status: 'CLOSED' } }, coordinator);
      const error = await rejected(CONFIRM, { id: a!.id }, coordinator, 'BAD_USER_INPUT', 'id');
      expect(error.message).toContain('CLOSED');
    });
  });

  describe('headcount changes', () => {
    it('posts a need with no place taken', async () => {
      const posted = await ok(
        graphql(`
          mutation AssignmentsPostServiceNeed($input: PostServiceNeedInput!) {
            postServiceNeed(input: $input) {
              status
              headcount
              confirmedCount
            }
          }
        `),
        {
          input: {
            siteId: jinan.siteId,
            campaignId: world.campaignId,
            title: '防溺水安全知识宣讲',
            category: 'SAFETY_TALK',
            headcount: 2,
            startsAt: `${world.year}-12-01T01:00:00Z`,
            endsAt: `${world.year}-12-01T03:00:00Z`,
          },
        },
        coordinator,
      );
      expect(posted).toEqual({ status: 'OPEN', headcount: 2, confirmedCount: 0 });
    });

    it('cannot lower the headcount below the places taken (BAD_USER_INPUT, headcount), and FILLED follows the headcount', async () => {
      const volunteers = await freshVolunteers(2);
      const needId = await world.freshNeed(jinan, 3);
      for (const a of await propose(needId, volunteers)) await confirm(a.id);
      expect(await need(needId)).toMatchObject({ status: 'OPEN', confirmedCount: 2 });

      await rejected(
        UPDATE_NEED,
        { id: needId, input: { headcount: 1 } },
        coordinator,
        'BAD_USER_INPUT',
        'headcount',
      );
      expect(await ok(UPDATE_NEED, { id: needId, input: { headcount: 2 } }, coordinator)).toMatchObject({
        status: 'FILLED',
        headcount: 2,
        confirmedCount: 2,
      });
      // Reopening by hand does not unfill it: FILLED follows the count.
      expect(await ok(UPDATE_NEED, { id: needId, input: { status: 'OPEN' } }, coordinator)).toMatchObject({
        status: 'FILLED',
      });
      expect(await ok(UPDATE_NEED, { id: needId, input: { headcount: 4 } }, coordinator)).toMatchObject({
        status: 'OPEN',
        headcount: 4,
        confirmedCount: 2,
      });
    });
  });

  describe('hard rules', () => {
    async function refusedFor(needId: number, volunteer: Volunteer, reasons: string[]) {
      const variables = { needId, ids: [volunteer.id] };
      await server.expectRejected(PROPOSE, variables, 'ASSIGNMENT_NOT_ALLOWED', 'volunteerIds');
      const response: GraphQLResponse = await server.gql(PROPOSE, variables, { token: coordinator });
      expect(response.errors![0]!.extensions!.exclusions).toEqual([
        { volunteerId: String(volunteer.id), reasons },
      ]);
    }

    it('refuses a volunteer who stopped serving (INACTIVE)', async () => {
      const [volunteer] = await freshVolunteers(1);
      await new VolunteerService(server.dataSource, SYSTEM_ACTOR).update(volunteer!.id, { active: false });
      await refusedFor(await world.freshNeed(jinan), volunteer!, ['INACTIVE']);
    });

    it('refuses a volunteer without safety training (NO_SAFETY_TRAINING)', async () => {
      const [volunteer] = await freshVolunteers(1);
      await new VolunteerService(server.dataSource, SYSTEM_ACTOR).update(volunteer!.id, {
        safetyTrainedOn: null,
      });
      await refusedFor(await world.freshNeed(jinan), volunteer!, ['NO_SAFETY_TRAINING']);
    });

    it('refuses a volunteer who declined the need before (DECLINED_BEFORE)', async () => {
      const [volunteer] = await freshVolunteers(1);
      const needId = await world.freshNeed(jinan);
      const [a] = await propose(needId, [volunteer!]);
      await ok(RESPOND, { id: a!.id, accept: false, reason: '身体原因' }, await tokenOf(volunteer!));
      await refusedFor(needId, volunteer!, ['DECLINED_BEFORE']);
    });

    it('refuses a volunteer already proposed for the need (ALREADY_ASSIGNED)', async () => {
      const [volunteer] = await freshVolunteers(1);
      const needId = await world.freshNeed(jinan);
      await propose(needId, [volunteer!]);
      await refusedFor(needId, volunteer!, ['ALREADY_ASSIGNED']);
    });

    it('refuses a volunteer booked elsewhere at an overlapping time (DOUBLE_BOOKED), not one whose booking ends as the need starts', async () => {
      const [volunteer] = await freshVolunteers(1);
      await propose(await needAt('03T09:00:00', '03T12:00:00'), [volunteer!]);
      await refusedFor(await needAt('03T11:00:00', '03T14:00:00'), volunteer!, ['DOUBLE_BOOKED']);
      expect(await propose(await needAt('03T12:00:00', '03T15:00:00'), [volunteer!])).toHaveLength(1);
    });

    it('lists every reason of every refused volunteer and proposes none of the batch (all or nothing)', async () => {
      const [fine, untrained] = await freshVolunteers(2);
      await new VolunteerService(server.dataSource, SYSTEM_ACTOR).update(untrained!.id, {
        safetyTrainedOn: null,
        active: false,
      });
      const needId = await world.freshNeed(jinan);
      const variables = { needId, ids: [fine!.id, untrained!.id] };
      await server.expectRejected(PROPOSE, variables, 'ASSIGNMENT_NOT_ALLOWED', 'volunteerIds');
      const response: GraphQLResponse = await server.gql(PROPOSE, variables, { token: coordinator });
      expect(response.errors![0]!.extensions!.exclusions).toEqual([
        { volunteerId: String(untrained!.id), reasons: ['INACTIVE', 'NO_SAFETY_TRAINING'] },
      ]);
      expect((await need(needId))!.assignments).toEqual([]);
    });

    it('refuses a batch with a volunteer of another unit (FORBIDDEN, volunteerIds) and proposes none of it', async () => {
      const [own] = await freshVolunteers(1);
      const needId = await world.freshNeed(jinan);
      await rejected(
        PROPOSE,
        { needId, ids: [own!.id, qingdao.loner.id] },
        coordinator,
        'FORBIDDEN',
        'volunteerIds',
      );
    });

    it('checks the list itself: no volunteers, a volunteer twice, scores of another length', async () => {
      const [v] = await freshVolunteers(1);
      const needId = await world.freshNeed(jinan);
      await rejected(PROPOSE, { needId, ids: [] }, coordinator, 'BAD_USER_INPUT', 'volunteerIds');
      await rejected(PROPOSE, { needId, ids: [v!.id, v!.id] }, coordinator, 'BAD_USER_INPUT', 'volunteerIds');
      await rejected(
        PROPOSE,
        { needId, ids: [v!.id], scores: [1, 2] },
        coordinator,
        'BAD_USER_INPUT',
        'scores',
      );
      // A score is a matching score, 0–1: a tool cannot put someone first with 1e300.
      for (const score of [1.5, -0.1, 1e300]) {
        await rejected(
          PROPOSE,
          { needId, ids: [v!.id], scores: [score] },
          coordinator,
          'BAD_USER_INPUT',
          'scores',
        );
      }
      await rejected(PROPOSE, { needId, ids: [999999] }, coordinator, 'NOT_FOUND', 'volunteerIds');
      await rejected(PROPOSE, { needId: 999999, ids: [v!.id] }, coordinator, 'NOT_FOUND', 'needId');
    });

    it('checks the rules again on confirmation: a volunteer who stopped since the proposal is refused (ASSIGNMENT_NOT_ALLOWED, id)', async () => {
      const [volunteer] = await freshVolunteers(1);
      const [a] = await propose(await world.freshNeed(jinan), [volunteer!]);
      await new VolunteerService(server.dataSource, SYSTEM_ACTOR).update(volunteer!.id, { active: false });
      const error = await rejected(CONFIRM, { id: a!.id }, coordinator, 'ASSIGNMENT_NOT_ALLOWED', 'id');
      expect(error.extensions!.exclusions).toEqual([
        { volunteerId: String(volunteer!.id), reasons: ['INACTIVE'] },
      ]);
    });
  });

  describe('service is voluntary', () => {
    it('lets nobody but the volunteer accept or decline: not the admin, the coordinator, their team leader or another volunteer', async () => {
      const volunteer = jinan.members[1]!; // led by the world's team leader
      const [a] = await propose(await world.freshNeed(jinan), [volunteer]);
      await confirm(a!.id);
      const [other] = await freshVolunteers(1);
      for (const token of [
        world.tokens.admin,
        coordinator,
        world.tokens.leader,
        world.tokens.volunteer,
        await tokenOf(other!),
        world.tokens.siteContact,
      ]) {
        for (const accept of [true, false]) {
          await rejected(RESPOND, { id: a!.id, accept }, token, 'FORBIDDEN', 'id');
        }
      }
      expect((await ok(RESPOND, { id: a!.id, accept: true }, await tokenOf(volunteer))).status).toBe(
        'ACCEPTED',
      );
    });

    it('lets a team leader answer their own assignment', async () => {
      const [a] = await propose(await world.freshNeed(jinan), [jinan.cadre]);
      await confirm(a!.id);
      expect((await ok(RESPOND, { id: a!.id, accept: true }, world.tokens.leader)).status).toBe('ACCEPTED');
    });
  });

  describe('invalid transitions (BAD_USER_INPUT, id, naming the current status)', () => {
    it('refuses each step from a status it does not start from', async () => {
      const [volunteer] = await freshVolunteers(1);
      const token = await tokenOf(volunteer!);
      const needId = await world.freshNeed(jinan, 2);
      const [a] = await propose(needId, [volunteer!]);
      const expectStatus = async <R, V>(
        query: TypedDocumentString<R, V>,
        variables: NoInfer<V>,
        caller: string,
        status: string,
      ) => {
        const error = await rejected(query, variables, caller, 'BAD_USER_INPUT', 'id');
        expect(error.message).toContain(`is ${status}`);
      };
      await expectStatus(RESPOND, { id: a!.id, accept: true }, token, 'PROPOSED');
      await confirm(a!.id);
      await expectStatus(CONFIRM, { id: a!.id }, coordinator, 'CONFIRMED');
      await ok(RESPOND, { id: a!.id, accept: true }, token);
      await expectStatus(CONFIRM, { id: a!.id }, coordinator, 'ACCEPTED');
      await expectStatus(RESPOND, { id: a!.id, accept: true }, token, 'ACCEPTED');
      await expectStatus(RESPOND, { id: a!.id, accept: false }, token, 'ACCEPTED');
      await ok(CANCEL, { id: a!.id }, coordinator);
      await expectStatus(CANCEL, { id: a!.id }, coordinator, 'CANCELLED');
      await expectStatus(CONFIRM, { id: a!.id }, coordinator, 'CANCELLED');
      await expectStatus(RESPOND, { id: a!.id, accept: false }, token, 'CANCELLED');

      const [b] = await propose(await world.freshNeed(jinan), [volunteer!]);
      await ok(RESPOND, { id: b!.id, accept: false }, token);
      await expectStatus(CONFIRM, { id: b!.id }, coordinator, 'DECLINED');
      await expectStatus(CANCEL, { id: b!.id }, coordinator, 'DECLINED');
      await expectStatus(RESPOND, { id: b!.id, accept: true }, token, 'DECLINED');
    });

    it('answers NOT_FOUND for an assignment that does not exist', async () => {
      await rejected(CONFIRM, { id: 999999 }, coordinator, 'NOT_FOUND', 'id');
    });
  });

  describe('concurrency', () => {
    let crowd: Volunteer[];

    beforeAll(async () => {
      crowd = await freshVolunteers(8);
    });

    it.each([1, 2, 3, 4, 5])(
      'run %i: 8 confirmations at once for 3 places: exactly 3 succeed, 5 get NEED_FULL, the need is FILLED',
      async () => {
        const needId = await world.freshNeed(jinan, 3);
        const proposed = await propose(needId, crowd);
        const responses = await Promise.all(
          proposed.map((a) => server.gql(CONFIRM, { id: a.id }, { token: coordinator })),
        );
        const succeeded = responses.filter((r) => !r.errors);
        const refused = responses.filter((r) => r.errors);
        expect(succeeded).toHaveLength(3);
        expect(refused).toHaveLength(5);
        for (const response of refused) expectError(response, 'NEED_FULL', 'id');
        expect(await need(needId)).toMatchObject({ status: 'FILLED', headcount: 3, confirmedCount: 3 });
        const rows = await server.dataSource.getRepository(Assignment).findBy({ needId });
        expect(rows.filter((a) => a.status === AssignmentStatus.CONFIRMED)).toHaveLength(3);
        expect(rows.filter((a) => a.status === AssignmentStatus.PROPOSED)).toHaveLength(5);
        expect(succeeded.map((r) => r.data!.confirmAssignment.id).sort()).toEqual(
          rows
            .filter((a) => a.status === AssignmentStatus.CONFIRMED)
            .map((a) => String(a.id))
            .sort(),
        );
      },
    );

    it('confirms one assignment once when the same confirmation arrives 4 times at once', async () => {
      const [volunteer] = await freshVolunteers(1);
      const needId = await world.freshNeed(jinan, 3);
      const [a] = await propose(needId, [volunteer!]);
      const responses = await Promise.all(
        [1, 2, 3, 4].map(() => server.gql(CONFIRM, { id: a!.id }, { token: coordinator })),
      );
      expect(responses.filter((r) => !r.errors)).toHaveLength(1);
      for (const response of responses.filter((r) => r.errors)) expectError(response, 'BAD_USER_INPUT', 'id');
      expect(await need(needId)).toMatchObject({ status: 'OPEN', confirmedCount: 1 });
    });

    it('books a volunteer once when two proposals for overlapping needs arrive at once (the other DOUBLE_BOOKED)', async () => {
      const [volunteer] = await freshVolunteers(1);
      const first = await needAt('20T09:00:00', '20T12:00:00');
      const second = await needAt('20T10:00:00', '20T13:00:00');
      const responses = await Promise.all(
        [first, second].map((needId) =>
          server.gql(PROPOSE, { needId, ids: [volunteer!.id] }, { token: coordinator }),
        ),
      );
      expect(responses.filter((r) => !r.errors)).toHaveLength(1);
      const refused = responses.find((r) => r.errors)!;
      expectError(refused, 'ASSIGNMENT_NOT_ALLOWED', 'volunteerIds');
      expect(refused.errors![0]!.extensions!.exclusions).toEqual([
        { volunteerId: String(volunteer!.id), reasons: ['DOUBLE_BOOKED'] },
      ]);
      expect(await server.dataSource.getRepository(Assignment).countBy({ volunteerId: volunteer!.id })).toBe(
        1,
      );
    });

    it('keeps the count when declines and confirmations race: count = CONFIRMED + ACCEPTED', async () => {
      const volunteers = await freshVolunteers(6);
      const needId = await world.freshNeed(jinan, 3);
      const proposed = await propose(needId, volunteers);
      for (const a of proposed.slice(0, 3)) await confirm(a.id);
      const tokensOf = await Promise.all(volunteers.map((v) => tokenOf(v)));
      await Promise.all([
        ...proposed
          .slice(0, 3)
          .map((a, i) => server.gql(RESPOND, { id: a.id, accept: false }, { token: tokensOf[i]! })),
        ...proposed.slice(3).map((a) => server.gql(CONFIRM, { id: a.id }, { token: coordinator })),
      ]);
      const rows = await server.dataSource.getRepository(Assignment).findBy({ needId });
      const taken = rows.filter((a) => a.status === AssignmentStatus.CONFIRMED).length;
      const stored = await server.dataSource.getRepository(ServiceNeed).findOneByOrFail({ id: needId });
      expect(rows.filter((a) => a.status === AssignmentStatus.DECLINED)).toHaveLength(3);
      expect(stored.confirmedCount).toBe(taken);
      expect(taken).toBeLessThanOrEqual(3);
      expect(stored.status).toBe(taken === 3 ? 'FILLED' : 'OPEN');
    });
  });

  describe('who sees which assignments', () => {
    let ids: Record<
      'jinanOwn' | 'jinanLoner' | 'qingdaoAtJinanSite' | 'qingdaoAtHome' | 'leaderMember',
      string
    >;

    beforeAll(async () => {
      const admin = new AssignmentService(server.dataSource, SYSTEM_ACTOR);
      const one = async (side: UnitSide, volunteer: Volunteer) =>
        String((await admin.propose(await world.freshNeed(side), [volunteer.id]))[0]!.id);
      ids = {
        jinanOwn: await one(jinan, jinan.members[0]!),
        jinanLoner: await one(jinan, jinan.loner),
        leaderMember: await one(jinan, jinan.members[2]!),
        qingdaoAtJinanSite: await one(jinan, qingdao.members[0]!),
        qingdaoAtHome: await one(qingdao, qingdao.members[1]!),
      };
    });

    async function visible(token: string): Promise<Set<string>> {
      const seen = new Set<string>();
      let after: string | null = null;
      do {
        const page: any = await ok(ASSIGNMENTS, { after }, token);
        for (const edge of page.edges) seen.add(edge.node.id);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      return seen;
    }

    function only(seen: Set<string>, names: (keyof typeof ids)[]) {
      const all = Object.keys(ids) as (keyof typeof ids)[];
      expect(all.filter((name) => seen.has(ids[name])).sort()).toEqual([...names].sort());
    }

    it('the admin sees every assignment', async () => {
      only(await visible(world.tokens.admin), [
        'jinanOwn',
        'jinanLoner',
        'leaderMember',
        'qingdaoAtJinanSite',
        'qingdaoAtHome',
      ]);
    });

    it("a coordinator sees their units' volunteers and the needs of sites paired with their units", async () => {
      only(await visible(coordinator), ['jinanOwn', 'jinanLoner', 'leaderMember', 'qingdaoAtJinanSite']);
    });

    it("a team leader sees their team members', a volunteer only their own", async () => {
      only(await visible(world.tokens.leader), ['jinanOwn', 'leaderMember']);
      only(await visible(world.tokens.volunteer), ['jinanOwn']);
    });

    it("a site contact sees those of their site's needs", async () => {
      only(await visible(world.tokens.siteContact), [
        'jinanOwn',
        'jinanLoner',
        'leaderMember',
        'qingdaoAtJinanSite',
      ]);
    });

    it('filters narrow within what one may see', async () => {
      const byVolunteer = await ok(
        ASSIGNMENTS,
        { filter: { volunteerId: qingdao.members[1]!.id } },
        coordinator,
      );
      expect(byVolunteer.totalCount).toBe(0);
      const byStatus = await ok(
        ASSIGNMENTS,
        { filter: { status: 'PROPOSED', volunteerId: jinan.members[0]!.id } },
        world.tokens.admin,
      );
      expect(byStatus.edges.map((e: any) => e.node.id)).toContain(ids.jinanOwn);
    });

    it('myAssignments lists the volunteer’s own and refuses accounts that are not volunteers (FORBIDDEN)', async () => {
      const mine = await ok(MINE, {}, world.tokens.volunteer);
      expect(mine.edges.map((e: any) => e.node.id)).toContain(ids.jinanOwn);
      expect(mine.edges.every((e: any) => e.node.id !== ids.jinanLoner)).toBe(true);
      expectError(await server.gql(MINE, {}, { token: coordinator }), 'FORBIDDEN');
    });
  });

  describe('the drivers', () => {
    it('report the rows a conditional update changed (UpdateResult.affected), 1 or 0', async () => {
      const needId = await world.freshNeed(jinan, 1);
      const bump = (condition: string) =>
        server.dataSource
          .createQueryBuilder()
          .update(ServiceNeed)
          .set({ beneficiaryCount: () => 'beneficiaryCount + 1' })
          .where(`id = :needId AND ${condition}`, { needId })
          .execute();
      expect((await bump('confirmedCount < headcount')).affected).toBe(1);
      expect((await bump('confirmedCount >= headcount')).affected).toBe(0);
    });
  });
});
