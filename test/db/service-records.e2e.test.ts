import { SYSTEM_ACTOR } from '../../server/src/core/actor';
import { AuditEvent } from '../../server/src/core/audit-event.entity';
import { ServiceProjectService } from '../../server/src/modules/projects/service-project.service';
import {
  ServiceOccasion,
  ServiceRecord,
  ServiceRecordStatus,
} from '../../server/src/modules/service-records/service-record.entity';
import { ServiceRecordService } from '../../server/src/modules/service-records/service-record.service';
import { Volunteer } from '../../server/src/modules/volunteers/volunteer.entity';
import { AccessWorld, type PastProject, type UnitSide } from '../support/access-world';
import { testDbKind } from '../support/test-database';
import { expectError, startTestServer, type TestServer } from '../support/test-server';
import { graphql } from '../graphql';
import type {
  RecordServiceInput,
  ServiceTotalsFilter,
  ServiceTotalsGroupBy,
  TypedDocumentString,
} from '../graphql/graphql';

// The fields every mutation of these tests reads back.
graphql(`
  fragment ServiceRecordsFields on ServiceRecord {
    id
    volunteerId
    projectId
    postId
    occasionId
    startsAt
    endsAt
    hours
    status
    remark
    rejectionReason
    supersedesId
    presenceConfirmedAt
  }
`);
const RECORD = graphql(`
  mutation ServiceRecordsRecord($input: RecordServiceInput!) {
    recordService(input: $input) {
      ...ServiceRecordsFields
    }
  }
`);
const BATCH = graphql(`
  mutation ServiceRecordsBatch($input: RecordServiceBatchInput!) {
    recordServiceBatch(input: $input) {
      ...ServiceRecordsFields
    }
  }
`);
const UPDATE = graphql(`
  mutation ServiceRecordsUpdate($id: ID!, $input: UpdateServiceRecordInput!) {
    updateServiceRecord(id: $id, input: $input) {
      ...ServiceRecordsFields
    }
  }
`);
const SUBMIT = graphql(`
  mutation ServiceRecordsSubmit($id: ID!) {
    submitServiceRecord(id: $id) {
      ...ServiceRecordsFields
    }
  }
`);
const APPROVE = graphql(`
  mutation ServiceRecordsApprove($id: ID!) {
    approveServiceRecord(id: $id) {
      ...ServiceRecordsFields
    }
  }
`);
const REJECT = graphql(`
  mutation ServiceRecordsReject($id: ID!, $reason: String!) {
    rejectServiceRecord(id: $id, reason: $reason) {
      ...ServiceRecordsFields
    }
  }
`);
const CORRECT = graphql(`
  mutation ServiceRecordsCorrect($id: ID!, $input: CorrectServiceRecordInput!) {
    correctServiceRecord(id: $id, input: $input) {
      ...ServiceRecordsFields
    }
  }
`);
const ISSUE = graphql(`
  mutation ServiceRecordsIssue($id: ID!, $date: LocalDate!, $minutes: Int) {
    issueServiceCode(projectId: $id, date: $date, validForMinutes: $minutes) {
      code
      expiresAt
      occasion {
        id
        date
      }
    }
  }
`);
const CONFIRM = graphql(`
  mutation ServiceRecordsConfirm($id: ID!, $code: String!) {
    confirmPresence(id: $id, code: $code) {
      ...ServiceRecordsFields
    }
  }
`);
const LIST = graphql(`
  query ServiceRecordsList($filter: ServiceRecordFilter) {
    serviceRecords(filter: $filter, first: 100) {
      totalCount
      edges {
        node {
          id
          status
        }
      }
    }
  }
`);
const TOTALS = graphql(`
  query ServiceRecordsTotals($g: ServiceTotalsGroupBy!, $f: ServiceTotalsFilter) {
    serviceTotals(groupBy: $g, filter: $f) {
      key
      label
      hours
      personTimes
      volunteers
      records
    }
  }
`);
const SAFETY = graphql(`
  mutation ServiceRecordsSafety($id: ID!, $input: SafetyPlanInput!) {
    setSafetyPlan(projectId: $id, input: $input) {
      id
      responsiblePerson
      insured
    }
  }
`);
const START = graphql(`
  mutation ServiceRecordsStart($id: ID!) {
    updateServiceProject(id: $id, input: { status: ACTIVE }) {
      id
      status
      safetyPlan {
        responsiblePerson
      }
    }
  }
`);

const PLAN = {
  responsiblePerson: '王建国',
  responsiblePhone: '0531-81916597',
  emergencyPlan: '突发情况立即联系带队负责人，必要时拨打120并报告单位工会。',
  insured: true,
  insuranceNote: '团体意外险',
};

describe(`service records over HTTP (${testDbKind()})`, () => {
  let server: TestServer;
  let world: AccessWorld;
  let jinan: UnitSide;
  let project: PastProject;
  let Y: number;
  /** A China-time instant of last year: at('03-10 09:00'). */
  const at = (text: string) => {
    const [date, time] = text.split(' ');
    return `${Y}-${date}T${time!.length === 5 ? `${time}:00` : time}+08:00`;
  };

  /** The one root field of a successful response. */
  async function ok<R, V>(
    query: TypedDocumentString<R, V>,
    variables: NoInfer<V>,
    token?: string,
  ): Promise<R[keyof R]> {
    const response = await server.gql(query, variables, token === undefined ? {} : { token });
    expect(response.errors).toBeUndefined();
    return Object.values(response.data!)[0] as R[keyof R];
  }

  const input = (overrides: Partial<RecordServiceInput> = {}): RecordServiceInput => ({
    projectId: project.projectId,
    postId: project.postIds[0]!,
    volunteerId: jinan.members[0]!.id,
    startsAt: at('03-10 09:00'),
    endsAt: at('03-10 11:40'),
    ...overrides,
  });

  beforeAll(async () => {
    server = await startTestServer();
    world = await new AccessWorld(server).build();
    jinan = world.units.in;
    Y = world.pastYear;
    project = await world.recordsProject(jinan);
  });

  afterAll(async () => {
    await server.stop();
  });

  describe('safety before a project starts', () => {
    let projectId: number;

    beforeAll(async () => {
      const created = await new ServiceProjectService(server.dataSource, SYSTEM_ACTOR).create(
        world.projectInput(jinan.teamId, jinan.siteId),
      );
      projectId = created.id;
    });

    it('refuses to start without a safety plan (PROJECT_NOT_SAFE_TO_START, safetyPlan) and writes nothing', async () => {
      await server.expectRejected(START, { id: projectId }, 'PROJECT_NOT_SAFE_TO_START', 'safetyPlan');
    });

    it.each([
      ['responsiblePerson', { responsiblePerson: ' ' }],
      ['responsiblePhone', { responsiblePhone: '12345' }],
      ['emergencyPlan', { emergencyPlan: '' }],
      ['emergencyPlan', { emergencyPlan: '预'.repeat(5001) }],
      ['insuranceNote', { insuranceNote: '险'.repeat(201) }],
    ])('refuses a plan with a bad %s (BAD_USER_INPUT) and writes nothing', async (field, change) => {
      await server.expectRejected(
        SAFETY,
        { id: projectId, input: { ...PLAN, ...change } },
        'BAD_USER_INPUT',
        field,
      );
    });

    it('refuses to start while a team member has no safety training (safetyTrainedOn, naming them)', async () => {
      expect(await ok(SAFETY, { id: projectId, input: PLAN }, world.tokens.leader)).toMatchObject({
        responsiblePerson: '王建国',
        insured: true,
      });
      const untrained = jinan.members[6]!;
      await server.dataSource.getRepository(Volunteer).update(untrained.id, { safetyTrainedOn: null });
      try {
        await server.expectRejected(START, { id: projectId }, 'PROJECT_NOT_SAFE_TO_START', 'safetyTrainedOn');
        const response = await server.gql(START, { id: projectId });
        expect(response.errors![0]!.extensions!.volunteerIds).toEqual([String(untrained.id)]);
      } finally {
        await server.dataSource
          .getRepository(Volunteer)
          .update(untrained.id, { safetyTrainedOn: untrained.safetyTrainedOn });
      }
    });

    it('starts with a plan and every member trained; a second setSafetyPlan replaces the first', async () => {
      await ok(SAFETY, { id: projectId, input: { ...PLAN, responsiblePerson: '李卫东', insured: false } });
      expect(await ok(START, { id: projectId })).toMatchObject({
        status: 'ACTIVE',
        safetyPlan: { responsiblePerson: '李卫东' },
      });
    });
  });

  describe('entering a record: every rule refuses with its code and field and writes nothing', () => {
    it('computes hours from the times (09:00–11:40 is 2.67 h), as a draft of the volunteer', async () => {
      const record = await ok(
        RECORD,
        { input: input({ volunteerId: undefined, remark: ' 数学辅导 ' }) },
        world.tokens.volunteer,
      );
      expect(record).toMatchObject({
        hours: '2.67',
        status: 'DRAFT',
        remark: '数学辅导',
        volunteerId: String(jinan.members[0]!.id),
        startsAt: new Date(at('03-10 09:00')).toISOString(),
      });
      expect(record.occasionId).not.toBeNull();
    });

    // Times are China times of last year, converted once the world exists; '<' is the year before, '>' the future.
    it.each([
      ['start after end', '03-11 10:00', '03-11 09:00', 'RECORD_SEGMENT_INVALID', 'endsAt'],
      ['start = end', '03-11 10:00', '03-11 10:00', 'RECORD_SEGMENT_INVALID', 'endsAt'],
      ['59 seconds', '03-11 10:00', '03-11 10:00:59', 'RECORD_TOO_SHORT', 'endsAt'],
      ['23:59 → 00:00', '03-11 23:59', '03-12 00:00', 'RECORD_CROSSES_MIDNIGHT', 'endsAt'],
      ['before the project', '<', '<', 'RECORD_OUTSIDE_PROJECT', 'startsAt'],
      ['in the future', '>', '>', 'RECORD_IN_FUTURE', 'endsAt'],
      ['overlapping their own draft', '03-10 11:00', '03-10 12:00', 'RECORD_OVERLAP', 'startsAt'],
    ])('%s', async (_, from, to, code, field) => {
      let values: Record<string, unknown>;
      if (from === '<') {
        values = { startsAt: `${Y - 1}-12-31T10:00:00+08:00`, endsAt: `${Y - 1}-12-31T11:00:00+08:00` };
      } else if (from === '>') {
        const soon = Date.now() + 3_600_000;
        values = { startsAt: new Date(soon).toISOString(), endsAt: new Date(soon + 120_000).toISOString() };
      } else {
        values = { startsAt: at(from), endsAt: at(to) };
      }
      await server.expectRejected(RECORD, { input: input(values) }, code, field);
    });

    it('a remark of 501 characters (RECORD_REMARK_TOO_LONG)', async () => {
      await server.expectRejected(
        RECORD,
        {
          input: input({ startsAt: at('03-11 10:00'), endsAt: at('03-11 11:00'), remark: '字'.repeat(501) }),
        },
        'RECORD_REMARK_TOO_LONG',
        'remark',
      );
    });

    it('accepts exactly one minute (0.02 h) and a segment touching another', async () => {
      const minute = await ok(RECORD, {
        input: input({ startsAt: at('03-10 11:40'), endsAt: at('03-10 11:41') }),
      });
      expect(minute.hours).toBe('0.02');
    });

    it('refuses a post of another project (postId), a non-member (volunteerId) and a project not started (projectId)', async () => {
      const other = await world.pastProject(jinan);
      await server.expectRejected(
        RECORD,
        {
          input: input({ postId: other.postIds[0], startsAt: at('03-12 09:00'), endsAt: at('03-12 10:00') }),
        },
        'BAD_USER_INPUT',
        'postId',
      );
      await server.expectRejected(
        RECORD,
        {
          input: input({
            volunteerId: jinan.loner.id,
            startsAt: at('03-12 09:00'),
            endsAt: at('03-12 10:00'),
          }),
        },
        'BAD_USER_INPUT',
        'volunteerId',
      );
      const planned = await new ServiceProjectService(server.dataSource, SYSTEM_ACTOR).create({
        ...world.projectInput(jinan.teamId, jinan.siteId),
        campaignId: String(await world.pastCampaign()),
        startsOn: `${Y}-01-01`,
        endsOn: `${Y}-12-31`,
      });
      const plannedPost = (
        await server.dataSource.query('SELECT id FROM project_post WHERE projectId = ?', [planned.id])
      )[0].id;
      await server.expectRejected(
        RECORD,
        {
          input: input({
            projectId: planned.id,
            postId: plannedPost,
            startsAt: at('03-12 09:00'),
            endsAt: at('03-12 10:00'),
          }),
        },
        'BAD_USER_INPUT',
        'projectId',
      );
    });

    it('refuses a hand-typed hours field (the schema has none)', async () => {
      // A plain string: the input deliberately has a field the schema lacks.
      const response = await server.gql(RECORD.toString(), { input: { ...input(), hours: '8.00' } });
      expect(response.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('batch entry by the team leader', () => {
    it('records the same segments for many members, all in one go', async () => {
      const crew = [jinan.members[1]!, jinan.members[2]!, jinan.members[3]!];
      const records = await ok(
        BATCH,
        {
          input: {
            projectId: project.projectId,
            postId: project.postIds[1]!,
            volunteerIds: crew.map((v) => v.id),
            segments: [
              { startsAt: at('04-02 08:30'), endsAt: at('04-02 11:30') },
              { startsAt: at('04-02 14:00'), endsAt: at('04-02 16:15') },
            ],
            remark: '防溺水安全知识宣讲',
            submit: true,
          },
        },
        world.tokens.leader,
      );
      expect(records).toHaveLength(6);
      expect(records.map((r) => r.hours)).toEqual(['3.00', '2.25', '3.00', '2.25', '3.00', '2.25']);
      expect(new Set(records.map((r) => r.status))).toEqual(new Set(['SUBMITTED']));
      expect(new Set(records.map((r) => r.occasionId)).size).toBe(1);
    });

    it("lists a site's and a campaign's records, as a project's (siteId, campaignId)", async () => {
      const byProject = await ok(LIST, {
        filter: { projectId: String(project.projectId), status: 'SUBMITTED' },
      });
      expect(byProject.totalCount).toBeGreaterThan(0);
      const ids = (list: typeof byProject) => list.edges.map((e) => e.node.id).sort();
      const pastCampaign = String(await world.pastCampaign());
      for (const filter of [
        { siteId: String(jinan.siteId) },
        { campaignId: pastCampaign },
        { siteId: String(jinan.siteId), campaignId: pastCampaign },
      ]) {
        const listed = await ok(LIST, { filter: { ...filter, status: 'SUBMITTED' } });
        expect([filter, ids(listed)]).toEqual([filter, ids(byProject)]);
      }
      // Another site, and the campaign under way (this project is last year's): none of them.
      for (const filter of [
        { siteId: String(world.units.out.siteId) },
        { campaignId: String(world.campaignId) },
      ]) {
        expect((await ok(LIST, { filter: { ...filter, status: 'SUBMITTED' } })).totalCount).toBe(0);
      }
      await server.expectRejected(LIST, { filter: { siteId: 'x' } }, 'BAD_USER_INPUT', 'siteId');
    });

    it('refuses the whole batch when one member overlaps (segments[1].startsAt) and writes nothing', async () => {
      await server.expectRejected(
        BATCH,
        {
          input: {
            projectId: project.projectId,
            postId: project.postIds[1]!,
            volunteerIds: [jinan.members[4]!.id, jinan.members[1]!.id],
            segments: [
              { startsAt: at('04-02 06:00'), endsAt: at('04-02 07:00') },
              { startsAt: at('04-02 16:00'), endsAt: at('04-02 17:00') },
            ],
          },
        },
        'RECORD_OVERLAP',
        'segments[1].startsAt',
      );
    });

    it('refuses segments overlapping each other, and a volunteer as batch enterer', async () => {
      const batch = {
        projectId: project.projectId,
        postId: project.postIds[1]!,
        volunteerIds: [jinan.members[4]!.id],
        segments: [
          { startsAt: at('04-03 08:00'), endsAt: at('04-03 10:00') },
          { startsAt: at('04-03 09:00'), endsAt: at('04-03 11:00') },
        ],
      };
      await server.expectRejected(BATCH, { input: batch }, 'RECORD_OVERLAP', 'segments[1].startsAt');
      const response = await server.gql(
        BATCH,
        { input: { ...batch, segments: [batch.segments[0]!] } },
        { token: world.tokens.volunteer },
      );
      expectError(response, 'FORBIDDEN', 'volunteerIds');
    });
  });

  describe('approval', () => {
    it('DRAFT → SUBMITTED by the volunteer → APPROVED by the leader; approved records are not edited', async () => {
      const draft = await ok(
        RECORD,
        { input: input({ volunteerId: undefined, startsAt: at('05-01 09:00'), endsAt: at('05-01 10:30') }) },
        world.tokens.volunteer,
      );
      const submitted = await ok(SUBMIT, { id: draft.id }, world.tokens.volunteer);
      expect(submitted.status).toBe('SUBMITTED');
      expectError(
        await server.gql(APPROVE, { id: draft.id }, { token: world.tokens.volunteer }),
        'FORBIDDEN',
        'id',
      );
      const approved = await ok(APPROVE, { id: draft.id }, world.tokens.leader);
      expect(approved).toMatchObject({ status: 'APPROVED', hours: '1.50' });
      await server.expectRejected(
        UPDATE,
        { id: draft.id, input: { remark: '改' } },
        'RECORD_NOT_EDITABLE',
        'id',
      );
      await server.expectRejected(APPROVE, { id: draft.id }, 'RECORD_NOT_EDITABLE', 'id');
    });

    it('REJECTED needs a reason; the volunteer mends it (DRAFT again) and submits it anew', async () => {
      const record = await ok(
        RECORD,
        {
          input: input({
            volunteerId: undefined,
            startsAt: at('05-02 09:00'),
            endsAt: at('05-02 10:00'),
            submit: true,
          }),
        },
        world.tokens.volunteer,
      );
      await server.expectRejected(REJECT, { id: record.id, reason: '  ' }, 'BAD_USER_INPUT', 'reason');
      const rejected = await ok(REJECT, { id: record.id, reason: '结束时间有误' }, world.tokens.coordinator);
      expect(rejected).toMatchObject({ status: 'REJECTED', rejectionReason: '结束时间有误' });
      const mended = await ok(
        UPDATE,
        { id: record.id, input: { endsAt: at('05-02 09:45') } },
        world.tokens.volunteer,
      );
      expect(mended).toMatchObject({ status: 'DRAFT', hours: '0.75', rejectionReason: null });
      expect((await ok(SUBMIT, { id: record.id }, world.tokens.volunteer)).status).toBe('SUBMITTED');
    });

    it("a leader may not approve their own record; the unit's coordinator does", async () => {
      const own = await ok(
        RECORD,
        {
          input: input({
            volunteerId: undefined,
            startsAt: at('05-03 09:00'),
            endsAt: at('05-03 10:00'),
            submit: true,
          }),
        },
        world.tokens.leader,
      );
      expectError(
        await server.gql(APPROVE, { id: own.id }, { token: world.tokens.leader }),
        'FORBIDDEN',
        'id',
      );
      const approved = await server.gql(
        graphql(`
          mutation ServiceRecordsApproveServiceRecord($id: ID!) {
            approveServiceRecord(id: $id) {
              status
              approvedById
              reviewedByAccountId
            }
          }
        `),
        { id: own.id },
        { token: world.tokens.coordinator },
      );
      expect(approved.data!.approveServiceRecord.status).toBe('APPROVED');
      // The coordinator has no volunteer record; the account that approved is kept all the same.
      const me = await server.gql(
        graphql(`
          query ServiceRecordsMe {
            me {
              id
            }
          }
        `),
        {},
        { token: world.tokens.coordinator },
      );
      expect(approved.data!.approveServiceRecord.approvedById).toBeNull();
      expect(approved.data!.approveServiceRecord.reviewedByAccountId).toBe(me.data!.me.id);
    });

    it('an update re-checks every rule (RECORD_CROSSES_MIDNIGHT) and writes nothing', async () => {
      const draft = await ok(RECORD, {
        input: input({ startsAt: at('05-04 20:00'), endsAt: at('05-04 21:00') }),
      });
      await server.expectRejected(
        UPDATE,
        { id: draft.id, input: { endsAt: at('05-05 00:30') } },
        'RECORD_CROSSES_MIDNIGHT',
        'endsAt',
      );
    });
  });

  describe('correction supersedes an approved record', () => {
    it('creates a new approved record, keeps the old one as SUPERSEDED, audits both', async () => {
      const original = await world.serviceRecord(jinan, jinan.members[5]!, 'APPROVED');
      const correction = await ok(
        CORRECT,
        {
          id: original.id,
          input: {
            endsAt: new Date(original.startsAt.getTime() + 30 * 60_000).toISOString(),
            reason: '提前结束',
          },
        },
        world.tokens.leader,
      );
      expect(correction).toMatchObject({
        status: 'APPROVED',
        hours: '0.50',
        supersedesId: String(original.id),
      });
      const rows = await server.dataSource
        .getRepository(ServiceRecord)
        .findBy({ volunteerId: jinan.members[5]!.id });
      expect(rows.map((r) => [r.id, r.status, r.hours])).toEqual([
        [original.id, ServiceRecordStatus.SUPERSEDED, '1.00'],
        [Number(correction.id), ServiceRecordStatus.APPROVED, '0.50'],
      ]);
      const events = await server.dataSource
        .getRepository(AuditEvent)
        .findBy({ entityType: 'ServiceRecord' });
      const about = (id: number) => events.filter((e) => e.entityId === String(id)).map((e) => e.action);
      // Entered (submitted), approved, superseded.
      expect(about(original.id)).toEqual(['CREATE', 'UPDATE', 'UPDATE']);
      expect(events.filter((e) => e.entityId === String(original.id)).pop()!.after).toMatchObject({
        status: 'SUPERSEDED',
      });
      expect(about(Number(correction.id))).toEqual(['CREATE']);
      expect(events.find((e) => e.entityId === String(correction.id))!.after).toMatchObject({
        correctionReason: '提前结束',
      });
      await server.expectRejected(
        CORRECT,
        { id: original.id, input: { reason: '再改' } },
        'RECORD_NOT_EDITABLE',
        'id',
      );
      await server.expectRejected(
        CORRECT,
        { id: correction.id, input: { reason: ' ' } },
        'BAD_USER_INPUT',
        'reason',
      );
    });
  });

  describe('idempotent submission', () => {
    const keyed = (key: string, overrides: Partial<RecordServiceInput> = {}) => ({
      input: input({
        volunteerId: undefined,
        startsAt: at('06-01 09:00'),
        endsAt: at('06-01 10:00'),
        idempotencyKey: key,
        submit: true,
        ...overrides,
      }),
    });

    it('returns the first record when the same submission is retried with its key', async () => {
      const first = await ok(RECORD, keyed('3f1c2a8e-retry-1'), world.tokens.volunteer);
      const again = await ok(RECORD, keyed('3f1c2a8e-retry-1'), world.tokens.volunteer);
      expect(again.id).toBe(first.id);
      expect(
        await server.dataSource
          .getRepository(ServiceRecord)
          .countBy({ volunteerId: jinan.members[0]!.id, startsAt: new Date(at('06-01 09:00')) }),
      ).toBe(1);
    });

    it('refuses the key with a different submission (IDEMPOTENCY_KEY_REUSED) and writes nothing', async () => {
      await server
        .as(world.tokens.volunteer)
        .expectRejected(
          RECORD,
          keyed('3f1c2a8e-retry-1', { startsAt: at('06-02 09:00'), endsAt: at('06-02 10:00') }),
          'IDEMPOTENCY_KEY_REUSED',
          'idempotencyKey',
        );
      await server
        .as(world.tokens.volunteer)
        .expectRejected(RECORD, keyed('bad key!'), 'BAD_USER_INPUT', 'idempotencyKey');
    });

    it('creates one record when the same keyed submission arrives 5 times at once', async () => {
      const responses = await Promise.all(
        [1, 2, 3, 4, 5].map(() =>
          server.gql(
            RECORD,
            keyed('burst-7d41', { startsAt: at('06-03 09:00'), endsAt: at('06-03 10:00') }),
            { token: world.tokens.volunteer },
          ),
        ),
      );
      for (const response of responses) expect(response.errors).toBeUndefined();
      expect(new Set(responses.map((r) => r.data!.recordService.id)).size).toBe(1);
      expect(
        await server.dataSource
          .getRepository(ServiceRecord)
          .countBy({ volunteerId: jinan.members[0]!.id, startsAt: new Date(at('06-03 09:00')) }),
      ).toBe(1);
    });

    it('a batch retried with its key returns the same records', async () => {
      const batch = {
        input: {
          projectId: project.projectId,
          postId: project.postIds[0]!,
          volunteerIds: [jinan.members[3]!.id, jinan.members[4]!.id],
          segments: [{ startsAt: at('06-04 09:00'), endsAt: at('06-04 10:00') }],
          idempotencyKey: 'batch-0604',
        },
      };
      const first = await ok(BATCH, batch, world.tokens.leader);
      const again = await ok(BATCH, batch, world.tokens.leader);
      expect(again.map((r) => r.id)).toEqual(first.map((r) => r.id));
    });
  });

  describe('concurrency', () => {
    it.each([1, 2, 3])(
      'run %i: 6 overlapping entries for one volunteer at once: exactly one is kept, 5 get RECORD_OVERLAP',
      async (run) => {
        const volunteer = jinan.members[6]!;
        const base = new Date(at(`07-0${run} 09:00`)).getTime();
        const responses = await Promise.all(
          [0, 1, 2, 3, 4, 5].map((i) =>
            server.gql(
              RECORD,
              {
                input: input({
                  volunteerId: volunteer.id,
                  startsAt: new Date(base + i * 10 * 60_000).toISOString(),
                  endsAt: new Date(base + 120 * 60_000).toISOString(),
                }),
              },
              { token: world.tokens.leader },
            ),
          ),
        );
        expect(responses.filter((r) => !r.errors)).toHaveLength(1);
        const refused = responses.filter((r) => r.errors);
        expect(refused).toHaveLength(5);
        for (const response of refused) expectError(response, 'RECORD_OVERLAP', 'startsAt');
        const day = await server.dataSource
          .getRepository(ServiceRecord)
          .createQueryBuilder('r')
          .where('r.volunteerId = :v AND r.startsAt >= :from AND r.startsAt < :to', {
            v: volunteer.id,
            from: new Date(base),
            to: new Date(base + 86_400_000 / 2),
          })
          .getCount();
        expect(day).toBe(1);
      },
    );
  });

  describe('service codes: two-party presence', () => {
    let recordId: string;
    let code: string;

    beforeAll(async () => {
      const record = await ok(
        RECORD,
        {
          input: input({
            volunteerId: undefined,
            startsAt: at('08-01 09:00'),
            endsAt: at('08-01 11:00'),
            submit: true,
          }),
        },
        world.tokens.volunteer,
      );
      recordId = record.id;
    });

    it('only the site contact issues a code; the volunteer confirms once, a second use is refused', async () => {
      expectError(
        await server.gql(
          ISSUE,
          { id: project.projectId, date: `${Y}-08-01` },
          { token: world.tokens.leader },
        ),
        'FORBIDDEN',
        'projectId',
      );
      const stale = await ok(ISSUE, { id: project.projectId, date: `${Y}-08-01` }, world.tokens.siteContact);
      const issued = await ok(
        ISSUE,
        { id: project.projectId, date: `${Y}-08-01`, minutes: 30 },
        world.tokens.siteContact,
      );
      code = issued.code;
      expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
      const record = await server.dataSource
        .getRepository(ServiceRecord)
        .findOneByOrFail({ id: Number(recordId) });
      expect(issued.occasion.id).toBe(String(record.occasionId));
      if (stale.code !== code)
        await server
          .as(world.tokens.volunteer)
          .expectRejected(CONFIRM, { id: recordId, code: stale.code }, 'SERVICE_CODE_INVALID', 'code');
      await server
        .as(world.tokens.volunteer)
        .expectRejected(CONFIRM, { id: recordId, code: 'WRONG123' }, 'SERVICE_CODE_INVALID', 'code');
      expectError(
        await server.gql(CONFIRM, { id: recordId, code }, { token: world.tokens.leader }),
        'FORBIDDEN',
        'id',
      );
      const confirmed = await ok(CONFIRM, { id: recordId, code: code.toLowerCase() }, world.tokens.volunteer);
      expect(confirmed.presenceConfirmedAt).not.toBeNull();
      await server
        .as(world.tokens.volunteer)
        .expectRejected(CONFIRM, { id: recordId, code }, 'SERVICE_CODE_INVALID', 'code');
    });

    it('an expired code confirms nothing', async () => {
      const record = await ok(
        RECORD,
        { input: input({ volunteerId: undefined, startsAt: at('08-01 14:00'), endsAt: at('08-01 15:00') }) },
        world.tokens.volunteer,
      );
      await server.dataSource
        .getRepository(ServiceOccasion)
        .update(Number(record.occasionId), { serviceCodeExpiresAt: new Date(Date.now() - 1000) });
      await server
        .as(world.tokens.volunteer)
        .expectRejected(CONFIRM, { id: record.id, code }, 'SERVICE_CODE_INVALID', 'code');
    });

    it('the code itself never reaches the audit trail', async () => {
      const events = await server.dataSource
        .getRepository(AuditEvent)
        .findBy({ entityType: 'ServiceOccasion' });
      expect(JSON.stringify(events)).not.toContain(code);
    });
  });

  describe('rollups by hand-computed numbers (Qingdao, approved only)', () => {
    let A: PastProject;
    let B: PastProject;
    let q: Volunteer[];

    beforeAll(async () => {
      const qingdao = world.units.out;
      q = qingdao.members;
      A = await world.pastProject(qingdao);
      B = await world.pastProject(qingdao, ['0002', '0003']);
      const service = new ServiceRecordService(server.dataSource, SYSTEM_ACTOR);
      const add = async (p: PastProject, v: Volunteer, from: string, to: string, approve = true) => {
        const r = await service.record({
          projectId: String(p.projectId),
          postId: String(p.postIds[0]),
          volunteerId: String(v.id),
          startsAt: new Date(at(from)),
          endsAt: new Date(at(to)),
          submit: true,
        });
        return approve ? service.approve(r.id) : r;
      };
      await add(A, q[0]!, '03-10 09:00', '03-10 10:20'); // 1.33
      await add(A, q[0]!, '03-10 14:00', '03-10 15:00'); // 1.00, same occasion
      await add(A, q[1]!, '03-10 09:00', '03-10 11:40'); // 2.67
      await add(B, q[0]!, '07-02 08:00', '07-02 08:20'); // 0.33
      await add(B, q[2]!, '07-02 08:00', '07-02 08:01'); // 0.02
      await add(A, q[1]!, '12-31 23:00', '12-31 23:59:59'); // 1.00
      await add(A, q[1]!, '04-01 00:10', '04-01 00:40'); // 0.50, Q2 in China (still Q1 in UTC)
      await add(A, q[2]!, '05-05 10:00', '05-05 11:00', false); // submitted only: not counted
      const wrong = await add(A, q[2]!, '05-06 10:00', '05-06 12:00'); // 2.00, superseded
      await service.correct(wrong.id, { endsAt: new Date(at('05-06 11:30')), reason: '提前结束' }); // 1.50
    });

    const totals = async (g: ServiceTotalsGroupBy, f: ServiceTotalsFilter = {}, token?: string) =>
      ok(TOTALS, { g, f: { unitId: world.units.out.unitId, ...f } }, token);

    it('by PROJECT: hours summed exactly, 人次 = distinct volunteer × occasion', async () => {
      expect(await totals('PROJECT')).toEqual([
        {
          key: String(A.projectId),
          label: expect.any(String),
          hours: '8.00',
          personTimes: 5,
          volunteers: 3,
          records: 6,
        },
        {
          key: String(B.projectId),
          label: expect.any(String),
          hours: '0.35',
          personTimes: 2,
          volunteers: 2,
          records: 2,
        },
      ]);
    });

    it('by VOLUNTEER, TEAM, UNIT, SITE and CITY', async () => {
      expect((await totals('VOLUNTEER')).map((t) => [t.key, t.hours, t.personTimes, t.records])).toEqual([
        [String(q[0]!.id), '2.66', 2, 3],
        [String(q[1]!.id), '4.17', 3, 3],
        [String(q[2]!.id), '1.52', 2, 2],
      ]);
      const whole = { hours: '8.35', personTimes: 7, volunteers: 3, records: 8 };
      expect(await totals('TEAM')).toEqual([
        { key: String(world.units.out.teamId), label: expect.any(String), ...whole },
      ]);
      expect(await totals('UNIT')).toEqual([
        { key: String(world.units.out.unitId), label: '青岛市教育工会', ...whole },
      ]);
      expect(await totals('SITE')).toEqual([
        { key: String(world.units.out.siteId), label: expect.any(String), ...whole },
      ]);
      expect(await totals('CITY')).toEqual([{ key: '371700', label: '菏泽市', ...whole }]);
    });

    it('by QUARTER in China time and by national category', async () => {
      expect((await totals('QUARTER')).map((t) => [t.key, t.hours, t.personTimes, t.records])).toEqual([
        [`${Y}-Q1`, '5.00', 2, 3],
        [`${Y}-Q2`, '2.00', 2, 2],
        [`${Y}-Q3`, '0.35', 2, 2],
        [`${Y}-Q4`, '1.00', 1, 1],
      ]);
      expect((await totals('CATEGORY')).map((t) => [t.key, t.label, t.hours, t.personTimes])).toEqual([
        ['0002', '扶贫减贫', '8.35', 7],
        ['0003', '支教助学', '0.35', 2],
      ]);
    });

    it('filters by dates, volunteer and category', async () => {
      expect(await totals('UNIT', { from: `${Y}-04-01`, to: `${Y}-06-30` })).toMatchObject([
        { hours: '2.00', personTimes: 2 },
      ]);
      expect(await totals('UNIT', { volunteerId: q[1]!.id })).toMatchObject([
        { hours: '4.17', personTimes: 3 },
      ]);
      expect(await totals('PROJECT', { categoryCode: '0003' })).toMatchObject([
        { key: String(B.projectId), hours: '0.35' },
      ]);
      expectError(
        await server.gql(TOTALS, { g: 'UNIT', f: { categoryCode: '9999' } }),
        'BAD_USER_INPUT',
        'categoryCode',
      );
    });

    it('counts only what the caller may read', async () => {
      expect(await totals('UNIT', {}, world.tokens.coordinator)).toEqual([]);
      const mine = await ok(TOTALS, { g: 'VOLUNTEER' }, world.tokens.volunteer);
      expect(mine.map((t) => t.key)).toEqual([String(jinan.members[0]!.id)]);
    });
  });

  describe('reading records', () => {
    it('a volunteer lists their own; the leader their team’s; filters by status and dates', async () => {
      const own = await ok(LIST, {}, world.tokens.volunteer);
      const rows = await server.dataSource
        .getRepository(ServiceRecord)
        .countBy({ volunteerId: jinan.members[0]!.id });
      expect(own.totalCount).toBe(rows);
      const team = await ok(
        LIST,
        { filter: { projectId: project.projectId, status: 'SUBMITTED' } },
        world.tokens.leader,
      );
      expect(team.totalCount).toBeGreaterThanOrEqual(6);
      const march = await ok(LIST, {
        filter: { volunteerId: jinan.members[0]!.id, from: `${Y}-03-10`, to: `${Y}-03-10` },
      });
      expect(march.totalCount).toBe(2);
      const qingdao = await ok(
        LIST,
        { filter: { volunteerId: world.units.out.members[0]!.id } },
        world.tokens.coordinator,
      );
      expect(qingdao.totalCount).toBe(0);
    });
  });
  describe('reading records by id', () => {
    const BY_IDS = graphql(`
      query ServiceRecordsByIds($ids: [ID!]) {
        serviceRecords(filter: { ids: $ids }, first: 100) {
          edges {
            node {
              id
            }
          }
        }
      }
    `);

    it('gives the named records the reader may see, and none of another unit', async () => {
      const mine = await world.serviceRecord(jinan, jinan.members[1]!, 'APPROVED');
      const other = await world.serviceRecord(world.units.out, world.units.out.members[1]!, 'APPROVED');
      const ids = [String(mine.id), String(other.id)];
      const asJinan = await ok(BY_IDS, { ids }, world.tokens.coordinator);
      expect(asJinan.edges.map((e: any) => e.node.id)).toEqual([String(mine.id)]);
      const asAdmin = await ok(BY_IDS, { ids });
      expect(asAdmin.edges.map((e: any) => e.node.id).sort()).toEqual([...ids].sort());
      expect((await ok(BY_IDS, { ids: [] })).edges).toEqual([]);
    });

    it('refuses more than 100 ids and an id that is no number, naming the field', async () => {
      const many = await server.gql(BY_IDS, {
        ids: Array.from({ length: 101 }, (_, i) => String(i + 1)),
      });
      expect(many.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
      const bad = await server.gql(BY_IDS, { ids: ['1', 'x'] });
      expect(bad.errors?.[0]?.extensions).toMatchObject({ field: 'ids[1]' });
    });
  });
});
