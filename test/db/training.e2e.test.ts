import { In } from 'typeorm';
import { BadInputError } from '../../server/src/core/errors';
import { Volunteer } from '../../server/src/modules/volunteers/volunteer.entity';
import { teamMembershipGuard } from '../../server/src/modules/teams/team-membership.guard';
import { volunteerChangeGuards } from '../../server/src/modules/volunteers/volunteer.guards';
import { LedgerWorld } from '../support/ledger-world';
import { testDbKind } from '../support/test-database';
import { expectError, startTestServer, type TestServer, type TokenClient } from '../support/test-server';
import { graphql } from '../graphql';
import type { RecordTrainingInput } from '../graphql/graphql';

// Selections several operations of this file read alike.
graphql(`
  fragment TrainingTrainingRecordFields on TrainingRecord {
    id
    unitId
    topic
    covers
    heldOn
    hours
    trainer
    attendeeCount
    unit {
      name
    }
    attendees {
      id
    }
  }
`);

const RECORD = graphql(`
  mutation TrainingRecord($input: RecordTrainingInput!) {
    recordTraining(input: $input) {
      ...TrainingTrainingRecordFields
    }
  }
`);
const UPDATE = graphql(`
  mutation TrainingUpdate($id: ID!, $input: UpdateTrainingInput!) {
    updateTraining(id: $id, input: $input) {
      ...TrainingTrainingRecordFields
    }
  }
`);
const LIST = graphql(`
  query TrainingList($filter: TrainingRecordFilter) {
    trainingRecords(filter: $filter) {
      totalCount
      edges {
        node {
          id
          topic
          attendeeCount
          attendees {
            id
          }
        }
      }
    }
  }
`);

/** A guard a test can arm: it refuses changes to one volunteer, like a later module's rule would. */
let refusedVolunteerId: number | null = null;
const refuseArmedVolunteer: typeof teamMembershipGuard = async (_manager, _before, after) => {
  if (after.id === refusedVolunteerId) throw new BadInputError('safetyTrainedOn', 'refused by a test guard');
};

describe(`training records and safety training over HTTP (${testDbKind()})`, () => {
  let server: TestServer;
  let world: LedgerWorld;
  /** Sends 菏泽's coordinator's token, as most requests here do. */
  let coordinator: TokenClient;

  const training = (overrides: Partial<RecordTrainingInput> = {}): RecordTrainingInput => ({
    unitId: String(world.heze.unitId),
    topic: '志愿服务安全知识与应急处置',
    covers: ['SAFETY', 'CONDUCT'],
    heldOn: '2019-03-20',
    hours: '2.5',
    trainer: '张安全',
    attendeeIds: world.heze.members.map((m) => String(m.id)),
    ...overrides,
  });

  async function safetyDates(ids: number[]): Promise<(string | null)[]> {
    const rows = await server.dataSource.getRepository(Volunteer).findBy({ id: In(ids) });
    const byId = new Map(rows.map((v) => [v.id, v.safetyTrainedOn]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  beforeAll(async () => {
    server = await startTestServer();
    // After the start, which wires the real rules: this file's guard goes next to them.
    volunteerChangeGuards.fill([teamMembershipGuard, refuseArmedVolunteer]);
    world = await new LedgerWorld(server).build();
    coordinator = server.as(world.tokens.hezeCoordinator);
  });

  afterAll(() => server.stop());

  it('records a SAFETY training and sets every attendee’s safetyTrainedOn, audited as volunteer changes', async () => {
    const members = world.heze.members.map((m) => m.id);
    expect(await safetyDates(members)).toEqual([null, null, null]);
    const subUnitMember = world.caoxian.members[0]!.id;
    const response = await coordinator.gql(RECORD, {
      input: training({
        attendeeIds: [...members, world.heze.leader.id, subUnitMember].map(String),
      }),
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.recordTraining).toMatchObject({
      topic: '志愿服务安全知识与应急处置',
      covers: ['SAFETY', 'CONDUCT'],
      heldOn: '2019-03-20',
      hours: '2.50',
      trainer: '张安全',
      attendeeCount: 5,
      unit: { name: '菏泽市教育工会' },
    });
    // The leader had 2019-02-01 on record: a later training moves it forward.
    expect(await safetyDates([...members, world.heze.leader.id, subUnitMember])).toEqual(
      Array(5).fill('2019-03-20'),
    );
    const trail = await server.gql(
      graphql(`
        query TrainingAuditTrail($id: ID!) {
          auditEvents(filter: { entityType: "Volunteer", entityId: $id }) {
            edges {
              node {
                action
              }
            }
          }
        }
      `),
      { id: members[0]! },
    );
    expect(trail.data!.auditEvents.edges.map((e: any) => e.node.action)).toEqual(['CREATE', 'UPDATE']);
    const trained = await coordinator.gql(
      graphql(`
        query TrainingVolunteers($u: ID) {
          volunteers(filter: { unitId: $u, safetyTrained: true }) {
            totalCount
          }
        }
      `),
      { u: String(world.heze.unitId) },
    );
    expect(trained.data!.volunteers.totalCount).toBe(4);
  });

  it('never moves a safety date back, and a training without SAFETY leaves it alone', async () => {
    const id = world.heze.members[0]!.id;
    await coordinator.gql(RECORD, { input: training({ heldOn: '2019-03-01', attendeeIds: [String(id)] }) });
    await coordinator.gql(RECORD, {
      input: training({ covers: ['SKILLS'], heldOn: '2019-04-15', attendeeIds: [String(id)] }),
    });
    expect(await safetyDates([id])).toEqual(['2019-03-20']);
    const outsider = world.heze.outsider.id;
    await coordinator.gql(RECORD, {
      input: training({ covers: ['CONDUCT'], heldOn: '2019-04-15', attendeeIds: [String(outsider)] }),
    });
    expect(await safetyDates([outsider])).toEqual([null]);
  });

  it.each<[string, Partial<RecordTrainingInput>, string]>([
    ['an empty topic', { topic: ' ' }, 'topic'],
    ['a topic over 100 characters', { topic: '训'.repeat(101) }, 'topic'],
    ['no topic kinds', { covers: [] }, 'covers'],
    ['a topic kind twice', { covers: ['SAFETY', 'SAFETY'] }, 'covers'],
    ['zero hours', { hours: '0' }, 'hours'],
    ['more than a day', { hours: '24.01' }, 'hours'],
    ['three decimals of hours', { hours: '1.125' }, 'hours'],
    ['negative hours', { hours: '-1' }, 'hours'],
    ['a training in the future', { heldOn: '2999-03-20' }, 'heldOn'],
    ['no trainer', { trainer: '' }, 'trainer'],
    ['no attendees', { attendeeIds: [] }, 'attendeeIds'],
    ['an attendee twice', { attendeeIds: ['1', '1'] }, 'attendeeIds'],
  ])('rejects %s, naming the field and changing nothing', async (_why, overrides, field) => {
    await coordinator.expectRejected(RECORD, { input: training(overrides) }, 'BAD_USER_INPUT', field);
  });

  it('rejects attendees who do not exist or belong to another unit, and other units’ coordinators', async () => {
    await coordinator.expectRejected(
      RECORD,
      { input: training({ attendeeIds: ['999999'] }) },
      'NOT_FOUND',
      'attendeeIds',
    );
    await coordinator.expectRejected(
      RECORD,
      { input: training({ attendeeIds: [String(world.jinan.members[0]!.id)] }) },
      'BAD_USER_INPUT',
      'attendeeIds',
    );
    // 曹县 is under 菏泽, not the other way round.
    await coordinator.expectRejected(
      RECORD,
      { input: training({ unitId: String(world.caoxian.unitId) }) },
      'BAD_USER_INPUT',
      'attendeeIds',
    );
    for (const token of [world.tokens.jinanCoordinator, world.tokens.hezeLeader, world.tokens.hezeSite]) {
      await server.as(token).expectRejected(RECORD, { input: training() }, 'FORBIDDEN', 'unitId');
    }
  });

  it('records nothing at all when a volunteer change guard refuses one attendee', async () => {
    const [first, second] = [world.jinan.members[1]!.id, world.jinan.members[2]!.id];
    refusedVolunteerId = second;
    try {
      await server.as(world.tokens.jinanCoordinator).expectRejected(
        RECORD,
        {
          input: training({
            unitId: String(world.jinan.unitId),
            attendeeIds: [String(first), String(second)],
          }),
        },
        'BAD_USER_INPUT',
        'safetyTrainedOn',
      );
      expect(await safetyDates([first, second])).toEqual([null, null]);
    } finally {
      refusedVolunteerId = null;
    }
  });

  it('corrects a training and adds attendees, who are then safety-trained too', async () => {
    const recorded = await coordinator.gql(RECORD, {
      input: training({ heldOn: '2019-05-01', attendeeIds: [String(world.heze.members[1]!.id)] }),
    });
    const id = recorded.data!.recordTraining.id;
    const late = world.heze.outsider.id;
    const updated = await coordinator.gql(UPDATE, {
      id,
      input: { hours: '3', trainer: '李应急', addAttendeeIds: [String(late)] },
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateTraining).toMatchObject({
      hours: '3.00',
      trainer: '李应急',
      attendeeCount: 2,
    });
    expect(await safetyDates([late, world.heze.members[1]!.id])).toEqual(['2019-05-01', '2019-05-01']);
    await coordinator.expectRejected(
      UPDATE,
      { id, input: { addAttendeeIds: [String(late)] } },
      'BAD_USER_INPUT',
      'addAttendeeIds',
    );
    await coordinator.expectRejected(UPDATE, { id, input: { hours: '25' } }, 'BAD_USER_INPUT', 'hours');
    await coordinator.expectRejected(UPDATE, { id: '999999', input: { hours: '1' } }, 'NOT_FOUND', 'id');
    await server
      .as(world.tokens.jinanCoordinator)
      .expectRejected(UPDATE, { id, input: { hours: '1' } }, 'FORBIDDEN', 'id');
  });

  it('shows each reader their slice: a volunteer their own trainings, a leader their members’, no site contact', async () => {
    const mine = await server.gql(LIST, {}, { token: world.tokens.hezeMember });
    expect(mine.errors).toBeUndefined();
    // members[0] attended the first three trainings; they read only themselves among the attendees.
    expect(mine.data!.trainingRecords.totalCount).toBe(3);
    for (const edge of mine.data!.trainingRecords.edges) {
      expect(edge.node.attendees.map((a: any) => a.id)).toEqual([String(world.heze.members[0]!.id)]);
    }
    const led = await server.gql(LIST, {}, { token: world.tokens.hezeLeader });
    expect(led.data!.trainingRecords.totalCount).toBe(4);
    const all = await coordinator.gql(LIST, {
      filter: { unitId: String(world.heze.unitId), covers: 'SAFETY' },
    });
    expect(all.data!.trainingRecords.totalCount).toBe(3);
    const byVolunteer = await coordinator.gql(LIST, {
      filter: { volunteerId: String(world.heze.outsider.id) },
    });
    expect(byVolunteer.data!.trainingRecords.totalCount).toBe(2);
    expectError(await server.gql(LIST, {}, { token: world.tokens.hezeSite }), 'FORBIDDEN');
    expectError(
      await server.gql(
        LIST,
        { filter: { unitId: String(world.heze.unitId) } },
        { token: world.tokens.jinanCoordinator },
      ),
      'FORBIDDEN',
      'unitId',
    );
  });
});
