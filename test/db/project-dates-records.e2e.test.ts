import { SYSTEM_ACTOR } from '../../server/src/core/actor';
import { chinaDate } from '../../server/src/core/time';
import { ServiceProject } from '../../server/src/modules/projects/service-project.entity';
import type { ServiceRecord } from '../../server/src/modules/service-records/service-record.entity';
import { ServiceRecordService } from '../../server/src/modules/service-records/service-record.service';
import { AccessWorld, type PastProject } from '../support/access-world';
import { testDbKind } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';
import { graphql } from '../graphql';

const UPDATE = graphql(`
  mutation ProjectDatesRecordsUpdate($id: ID!, $input: UpdateServiceProjectInput!) {
    updateServiceProject(id: $id, input: $input) {
      startsOn
      endsOn
    }
  }
`);

describe(`a project's dates narrow only around its records (${testDbKind()})`, () => {
  let server: TestServer;
  let world: AccessWorld;
  let project: PastProject;
  let approved: ServiceRecord[];
  let submitted: ServiceRecord;
  let draft: ServiceRecord;
  let december: ServiceRecord;
  const day = (monthDay: string) => `${world.pastYear}-${monthDay}`;

  beforeAll(async () => {
    server = await startTestServer();
    world = await new AccessWorld(server).build();
    const side = world.units.in;
    project = await world.recordsProject(side);
    // One a day from January 1st, in this order (AccessWorld.slot).
    approved = [
      await world.serviceRecord(side, side.members[0]!, 'APPROVED'),
      await world.serviceRecord(side, side.members[1]!, 'APPROVED'),
    ];
    submitted = await world.serviceRecord(side, side.members[2]!, 'SUBMITTED');
    draft = await world.serviceRecord(side, side.members[3]!, 'DRAFT');
    const records = new ServiceRecordService(server.dataSource, SYSTEM_ACTOR);
    const recorded = await records.record({
      projectId: String(project.projectId),
      postId: String(project.postIds[0]),
      volunteerId: String(side.members[4]!.id),
      startsAt: new Date(`${day('12-20')}T20:00:00+08:00`),
      endsAt: new Date(`${day('12-20')}T21:00:00+08:00`),
      submit: true,
    });
    december = await records.approve(recorded.id);
  });

  afterAll(() => server.stop());

  const dates = async () => {
    const stored = await server.dataSource
      .getRepository(ServiceProject)
      .findOneByOrFail({ id: project.projectId });
    return [stored.startsOn, stored.endsOn];
  };

  it('sees the records on the days the test means', () => {
    expect([...approved, submitted, draft].map((r) => chinaDate(r.startsAt))).toEqual([
      day('01-01'),
      day('01-02'),
      day('01-03'),
      day('01-04'),
    ]);
  });

  it('refuses a later start that leaves approved records out, naming them', async () => {
    const response = await server.gql(UPDATE, {
      id: String(project.projectId),
      input: { startsOn: day('01-02') },
    });
    expect(response.errors![0]!.extensions).toEqual(
      expect.objectContaining({
        code: 'PROJECT_HAS_RECORDS_OUTSIDE',
        field: 'startsOn',
        recordCount: 1,
        recordIds: [String(approved[0]!.id)],
        firstDay: day('01-01'),
        lastDay: day('01-01'),
      }),
    );
    expect(response.errors![0]!.message).toContain(String(approved[0]!.id));
    expect(await dates()).toEqual([day('01-01'), day('12-31')]);
    await server.expectRejected(
      UPDATE,
      { id: String(project.projectId), input: { startsOn: day('01-02') } },
      'PROJECT_HAS_RECORDS_OUTSIDE',
      'startsOn',
    );
  });

  it('counts records waiting for approval too, but not drafts', async () => {
    const response = await server.gql(UPDATE, {
      id: String(project.projectId),
      input: { startsOn: day('01-04') },
    });
    expect(response.errors![0]!.extensions).toMatchObject({
      code: 'PROJECT_HAS_RECORDS_OUTSIDE',
      field: 'startsOn',
      recordCount: 3,
      recordIds: [...approved, submitted].map((r) => String(r.id)),
    });
    expect(await dates()).toEqual([day('01-01'), day('12-31')]);
  });

  it('refuses an earlier end that leaves a record out', async () => {
    await server.expectRejected(
      UPDATE,
      { id: String(project.projectId), input: { endsOn: day('12-19') } },
      'PROJECT_HAS_RECORDS_OUTSIDE',
      'endsOn',
    );
    const both = await server.gql(UPDATE, {
      id: String(project.projectId),
      input: { startsOn: day('02-01'), endsOn: day('11-30') },
    });
    expect(both.errors![0]!.extensions).toMatchObject({
      code: 'PROJECT_HAS_RECORDS_OUTSIDE',
      field: 'startsOn',
      recordCount: 4,
      recordIds: [...approved, submitted, december].map((r) => String(r.id)),
      lastDay: day('12-20'),
    });
    expect(await dates()).toEqual([day('01-01'), day('12-31')]);
  });

  it('narrows dates that still hold every submitted and approved record', async () => {
    const response = await server.gql(UPDATE, {
      id: String(project.projectId),
      input: { startsOn: day('01-01'), endsOn: day('12-20') },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.updateServiceProject).toEqual({ startsOn: day('01-01'), endsOn: day('12-20') });
  });
});
