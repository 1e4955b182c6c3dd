import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { SYSTEM_ACTOR } from '../../server/src/core/actor';
import { ServiceProject } from '../../server/src/modules/projects/service-project.entity';
import { ServiceRecord } from '../../server/src/modules/service-records/service-record.entity';
import { ServiceTotalsGroupBy } from '../../server/src/modules/service-records/service-record.inputs';
import { ServiceRecordService } from '../../server/src/modules/service-records/service-record.service';
import { ServiceTotalsService } from '../../server/src/modules/service-records/service-record.totals';
import { Volunteer } from '../../server/src/modules/volunteers/volunteer.entity';
import { ROSTER_COLUMNS } from '../../server/src/modules/volunteers/volunteer-messages';
import { AccessWorld, type PastProject, type UnitSide } from '../support/access-world';
import { mobile, residentId } from '../support/fixtures';
import { testDbKind } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';
import { graphql } from '../graphql';

/**
 * The archive export's review findings (docs/archive-format.md): 记录人 for records a coordinator
 * enters, 0002 and 服务对象 on every project, hours as numbers, one report line per rule broken,
 * NOTHING_TO_EXPORT instead of empty batches, the hours' rounding at ties, and the minimum age.
 */

const CREATE = graphql(`
  mutation ArchiveExportReviewCreate($input: CreateArchiveExportInput!) {
    createArchiveExport(input: $input) {
      id
      recordCount
      issueCount
      downloads {
        xlsx
        records
        report
      }
      issues(first: 1000) {
        serviceRecordId
        rule
        columnName
      }
    }
  }
`);
const RECORD = graphql(`
  mutation ArchiveExportReviewRecord($input: RecordServiceInput!) {
    recordService(input: $input) {
      id
      hours
    }
  }
`);
const CREATE_VOLUNTEER = graphql(`
  mutation ArchiveExportReviewCreateVolunteer($input: CreateVolunteerInput!) {
    createVolunteer(input: $input) {
      id
    }
  }
`);
const UPDATE_VOLUNTEER = graphql(`
  mutation ArchiveExportReviewUpdateVolunteer($id: ID!, $input: UpdateVolunteerInput!) {
    updateVolunteer(id: $id, input: $input) {
      id
    }
  }
`);
const IMPORT = graphql(`
  mutation ArchiveExportReviewImport($input: ImportVolunteerRosterInput!) {
    importVolunteerRoster(input: $input) {
      importedCount
      problemCount
      problems {
        line
        column
        code
        message
      }
    }
  }
`);

describe(`archive export review fixes (${testDbKind()})`, () => {
  let server: TestServer;
  let world: AccessWorld;
  let jinan: UnitSide;
  let project: PastProject;
  let Y: number;

  const at = (text: string) => new Date(`${Y}-${text.replace(' ', 'T')}+08:00`);

  async function download(path: string): Promise<Buffer> {
    const response = await fetch(new URL(path, server.url), {
      headers: { authorization: `Bearer ${world.tokens.coordinator}` },
    });
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  }

  /** A record entered through the API by `token`'s account, then approved by the system. */
  async function entered(
    token: string,
    volunteer: Volunteer,
    startsAt: Date,
    endsAt: Date,
    on: PastProject = project,
  ): Promise<{ id: number; hours: string }> {
    const response = await server.gql(
      RECORD,
      {
        input: {
          projectId: String(on.projectId),
          postId: String(on.postIds[0]),
          volunteerId: String(volunteer.id),
          startsAt: startsAt.toISOString(),
          endsAt: endsAt.toISOString(),
          submit: true,
        },
      },
      { token },
    );
    expect(response.errors).toBeUndefined();
    const id = Number(response.data!.recordService.id);
    await new ServiceRecordService(server.dataSource, SYSTEM_ACTOR).approve(id);
    return { id, hours: String(response.data!.recordService.hours) };
  }

  async function exportOf(on: PastProject, from = `${Y}-01-01`, to = `${Y}-12-31`) {
    return server.gql(
      CREATE,
      { input: { scope: 'PROJECT', scopeId: on.projectId, rangeStart: from, rangeEnd: to } },
      { token: world.tokens.coordinator },
    );
  }

  beforeAll(async () => {
    server = await startTestServer();
    world = await new AccessWorld(server).build();
    Y = world.pastYear;
    jinan = world.units.in;
    project = await world.recordsProject(jinan);
  });

  afterAll(async () => {
    await server.stop();
  });

  it('writes 记录人 as whoever entered the record: a coordinator by account, a leader, the volunteer, and old records as before', async () => {
    const [m0, m1, m2] = jinan.members;
    const byCoordinator = await entered(
      world.tokens.coordinator,
      m0!,
      at('02-01 09:00:00'),
      at('02-01 10:00:00'),
    );
    const byLeader = await entered(world.tokens.leader, m1!, at('02-01 09:00:00'), at('02-01 10:00:00'));
    // jinan-volunteer is members[0]'s own account.
    const bySelf = await entered(world.tokens.volunteer, m0!, at('02-02 09:00:00'), at('02-02 10:00:00'));
    // A record from before the column: no recording volunteer, no recording account.
    const old = await entered(world.tokens.coordinator, m2!, at('02-03 09:00:00'), at('02-03 10:00:00'));
    const records = server.dataSource.getRepository(ServiceRecord);
    await records.update(old.id, { recordedByAccountId: null });
    // The account is kept on the record, whoever entered it.
    expect((await records.findOneByOrFail({ id: byCoordinator.id })).recordedByAccountId).not.toBeNull();
    expect((await records.findOneByOrFail({ id: byCoordinator.id })).recordedById).toBeNull();
    expect((await records.findOneByOrFail({ id: byLeader.id })).recordedById).toBe(jinan.cadre.id);

    const response = await exportOf(project, `${Y}-02-01`, `${Y}-02-03`);
    expect(response.errors).toBeUndefined();
    const batch = response.data!.createArchiveExport;
    expect(batch).toMatchObject({ recordCount: 4, issueCount: 0 });
    const rows: string[][] = parse(await download(batch.downloads.records), { bom: true });
    const recorderOf = new Map(rows.slice(1).map((r) => [`${r[3]} ${r[8]}`, r[14]] as const));
    expect(recorderOf.get(`${m0!.name} ${Y}-02-01 09:00:00`)).toBe('jinan-coordinator');
    expect(recorderOf.get(`${m1!.name} ${Y}-02-01 09:00:00`)).toBe(jinan.cadre.name);
    expect(recorderOf.get(`${m0!.name} ${Y}-02-02 09:00:00`)).toBe(m0!.name);
    expect(recorderOf.get(`${m2!.name} ${Y}-02-03 09:00:00`)).toBe(m2!.name);
    expect((await records.findOneByOrFail({ id: bySelf.id })).recordedById).toBeNull();
  });

  it('rounds hours half up from the seconds at ties, alike in records, totals and the export, and writes them as numbers', async () => {
    const m4 = jinan.members[4]!;
    // 3654 s = 1.015 h (a tie) → 1.02; 3618 s = 1.005 h (a tie) → 1.01; 3617 s → 1.00.
    const tie = await entered(world.tokens.coordinator, m4, at('03-01 09:00:00'), at('03-01 10:00:54'));
    const lowTie = await entered(world.tokens.coordinator, m4, at('03-02 09:00:00'), at('03-02 10:00:18'));
    const below = await entered(world.tokens.coordinator, m4, at('03-03 09:00:00'), at('03-03 10:00:17'));
    expect([tie.hours, lowTie.hours, below.hours]).toEqual(['1.02', '1.01', '1.00']);
    const stored = await server.dataSource
      .getRepository(ServiceRecord)
      .findBy([{ id: tie.id }, { id: lowTie.id }, { id: below.id }]);
    expect(stored.map((r) => Number(r.hours)).sort()).toEqual([1, 1.01, 1.02]);
    // Totals add the records' rounded hours (3.03), never round the seconds' sum (10889 s → 3.02).
    const totals = await new ServiceTotalsService(server.dataSource, SYSTEM_ACTOR).totals(
      ServiceTotalsGroupBy.VOLUNTEER,
      { volunteerId: String(m4.id) },
    );
    expect(totals.map((t) => t.hours)).toEqual(['3.03']);

    const response = await exportOf(project, `${Y}-03-01`, `${Y}-03-03`);
    expect(response.errors).toBeUndefined();
    const batch = response.data!.createArchiveExport;
    expect(batch.recordCount).toBe(3);
    const rows: string[][] = parse(await download(batch.downloads.records), { bom: true });
    expect(rows.slice(1).map((r) => r[10])).toEqual(['1.02', '1.01', '1.00']);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download(batch.downloads.xlsx)) as never);
    const sheet = workbook.getWorksheet('服务记录')!;
    expect(sheet.getRow(1).getCell(11).value).toBe('服务时长（小时）');
    const hours = [2, 3, 4].map((n) => sheet.getRow(n).getCell(11));
    for (const cell of hours) {
      expect(cell.type).toBe(ExcelJS.ValueType.Number);
      expect(cell.numFmt).toBe('0.00');
    }
    expect(hours.map((c) => c.value)).toEqual([1.02, 1.01, 1]);
    // 序号 and 分组号 stay numbers too.
    expect(sheet.getRow(2).getCell(1).value).toBe(1);
    expect(sheet.getRow(2).getCell(18).type).toBe(ExcelJS.ValueType.Number);
  });

  it('reports a project without 0002 or without 服务对象, and every rule a record breaks, each on its own line', async () => {
    // Both are refused on entry today; projects stored before those rules can still lack them.
    const noPoverty = await world.pastProject(jinan);
    const noBeneficiaries = await world.pastProject(jinan);
    await server.dataSource
      .getRepository(ServiceProject)
      .update(noPoverty.projectId, { nationalCategoryCodes: ['0003'] });
    await server.dataSource
      .getRepository(ServiceProject)
      .update(noBeneficiaries.projectId, { beneficiaryCodes: [] });
    const m5 = jinan.members[5]!;
    const a = await entered(
      world.tokens.coordinator,
      m5,
      at('04-01 09:00:00'),
      at('04-01 10:00:00'),
      noPoverty,
    );
    const b = await entered(
      world.tokens.coordinator,
      m5,
      at('04-02 09:00:00'),
      at('04-02 10:00:00'),
      noBeneficiaries,
    );

    const first = await exportOf(noPoverty);
    // Nothing else waits on that project: nothing to export, and the error says why.
    expect(first.errors?.[0]?.extensions).toMatchObject({
      code: 'NOTHING_TO_EXPORT',
      field: 'rangeEnd',
      failingRecords: 1,
      issueCount: 1,
      issues: [
        { serviceRecordId: String(a.id), rule: 'PROJECT_POVERTY_CODE_MISSING', columnName: '项目名称' },
      ],
    });
    const second = await exportOf(noBeneficiaries);
    expect(second.errors?.[0]?.extensions).toMatchObject({
      code: 'NOTHING_TO_EXPORT',
      failingRecords: 1,
      issues: [{ serviceRecordId: String(b.id), rule: 'PROJECT_BENEFICIARIES_MISSING' }],
    });

    // One record breaking three rules at once: a mobile, the project's 服务对象, and the segment
    // (moved across midnight around the API), plus the stored hours no longer matching it.
    const c = await entered(
      world.tokens.coordinator,
      m5,
      at('04-03 20:00:00'),
      at('04-03 23:00:00'),
      noBeneficiaries,
    );
    await server.dataSource.getRepository(ServiceRecord).update(c.id, { endsAt: at('04-04 01:00:00') });
    await server.dataSource.getRepository(Volunteer).update(m5.id, { mobile: '12012345678' });
    // A good record too, so that the export makes a batch and lists the failing ones.
    const m6 = jinan.members[6]!;
    await entered(world.tokens.coordinator, m6, at('04-05 09:00:00'), at('04-05 10:00:00'), noBeneficiaries);
    await server.dataSource
      .getRepository(ServiceProject)
      .update(noBeneficiaries.projectId, { beneficiaryCodes: ['06'] });
    const third = await exportOf(noBeneficiaries);
    expect(third.errors).toBeUndefined();
    const batch = third.data!.createArchiveExport;
    expect(batch.recordCount).toBe(1);
    const rulesOf = (id: number) =>
      batch.issues.filter((i: any) => Number(i.serviceRecordId) === id).map((i: any) => i.rule);
    expect(rulesOf(c.id)).toEqual(['MOBILE_INVALID', 'SEGMENT_CROSSES_MIDNIGHT', 'HOURS_MISMATCH']);
    expect(rulesOf(b.id)).toEqual(['MOBILE_INVALID']);
    expect(batch.issueCount).toBe(4);
    const report: string[][] = parse(await download(batch.downloads.report), { bom: true });
    expect(
      report
        .slice(1)
        .filter((r) => r[1] === String(c.id))
        .map((r) => r[2]),
    ).toEqual(['MOBILE_INVALID', 'SEGMENT_CROSSES_MIDNIGHT', 'HOURS_MISMATCH']);
  });

  it('makes no empty batch while only failing records wait: NOTHING_TO_EXPORT with what fails', async () => {
    const before = Number((await server.dataSource.query('SELECT COUNT(*) AS n FROM archive_export'))[0].n);
    const again = await server.gql(
      CREATE,
      { input: { scope: 'UNIT', scopeId: jinan.unitId, rangeStart: `${Y}-01-01`, rangeEnd: `${Y}-12-31` } },
      { token: world.tokens.coordinator },
    );
    expect(again.data).toBeNull();
    const extensions = again.errors![0]!.extensions as any;
    expect(extensions).toMatchObject({ code: 'NOTHING_TO_EXPORT', field: 'rangeEnd' });
    // The two records of the last test, still failing, and the one of the project without 0002.
    expect(extensions.failingRecords).toBe(3);
    expect(extensions.issueCount).toBe(extensions.issues.length);
    expect(new Set(extensions.issues.map((i: any) => i.rule))).toEqual(
      new Set([
        'MOBILE_INVALID',
        'SEGMENT_CROSSES_MIDNIGHT',
        'HOURS_MISMATCH',
        'PROJECT_POVERTY_CODE_MISSING',
      ]),
    );
    expect(again.errors![0]!.message).toMatch(/3 record\(s\) waiting break/);
    const after = Number((await server.dataSource.query('SELECT COUNT(*) AS n FROM archive_export'))[0].n);
    expect(after).toBe(before);
  });

  it('refuses a volunteer under 16 on create, on edit and in the roster import, and flags existing ones in the export', async () => {
    const today = new Date();
    const year = today.getUTCFullYear();
    // A 7-year-old, and someone turning 16 tomorrow (China date, to be safe: two days).
    const child = residentId('370102', `${year - 7}0301`, 31);
    const soon = new Date(Date.UTC(year - 16, today.getUTCMonth(), today.getUTCDate() + 2));
    const almost = residentId('370102', soon.toISOString().slice(0, 10).replace(/-/g, ''), 33);
    const adult = residentId('370102', `${year - 17}0101`, 35);
    for (const documentNumber of [child, almost]) {
      const refused = await server.gql(
        CREATE_VOLUNTEER,
        {
          input: {
            name: '小明',
            documentNumber,
            mobile: mobile(7001),
            unitId: String(jinan.unitId),
            homeAreaCode: '370102',
          },
        },
        { token: world.tokens.coordinator },
      );
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'VOLUNTEER_UNDER_MINIMUM_AGE',
        field: 'documentNumber',
      });
    }
    const accepted = await server.gql(
      CREATE_VOLUNTEER,
      {
        input: {
          name: '小刚',
          documentNumber: adult,
          mobile: mobile(7002),
          unitId: String(jinan.unitId),
          homeAreaCode: '370102',
        },
      },
      { token: world.tokens.coordinator },
    );
    expect(accepted.errors).toBeUndefined();
    // Nor may an edit make a volunteer a child: refused on the field, nothing changed.
    await server
      .as(world.tokens.coordinator)
      .expectRejected(
        UPDATE_VOLUNTEER,
        { id: accepted.data!.createVolunteer.id, input: { documentNumber: child } },
        'VOLUNTEER_UNDER_MINIMUM_AGE',
        'documentNumber',
      );

    // The roster import names the line and the column.
    const line = (name: string, id: string, n: number) =>
      ROSTER_COLUMNS.map((c) =>
        c === '姓名'
          ? name
          : c === '证件号码'
            ? id
            : c === '手机号码'
              ? mobile(7100 + n)
              : c === '常住地区代码'
                ? '370102'
                : '',
      ).join(',');
    const roster = [
      ROSTER_COLUMNS.join(','),
      line('李老师', residentId('370102', '19800101', 41), 1),
      line('王小二', child, 2),
    ].join('\r\n');
    const imported = await server.gql(
      IMPORT,
      {
        input: {
          unitId: String(jinan.unitId),
          fileName: 'roster.csv',
          contentBase64: Buffer.from(roster).toString('base64'),
        },
      },
      { token: world.tokens.coordinator },
    );
    expect(imported.errors).toBeUndefined();
    expect(imported.data!.importVolunteerRoster.importedCount).toBe(0);
    expect(imported.data!.importVolunteerRoster.problems).toEqual([
      {
        line: 3,
        column: '证件号码',
        code: 'VOLUNTEER_UNDER_MINIMUM_AGE',
        message: '志愿者须年满 16 周岁（按证件号码中的出生日期计算）',
      },
    ]);

    // A volunteer registered before the rule: 15 on the first service day, 16 on the next.
    const young = jinan.members[3]!;
    await server.dataSource.getRepository(Volunteer).update(young.id, {
      documentNumber: residentId('370102', `${Y - 16}0506`, 51),
      birthDate: `${Y - 16}-05-06`,
    });
    const records = new ServiceRecordService(server.dataSource, SYSTEM_ACTOR);
    const underAge = await records.approve(
      (
        await records.record({
          projectId: String(project.projectId),
          postId: String(project.postIds[0]),
          volunteerId: String(young.id),
          startsAt: at('05-05 09:00:00'),
          endsAt: at('05-05 10:00:00'),
          submit: true,
        })
      ).id,
    );
    const ofAge = await records.approve(
      (
        await records.record({
          projectId: String(project.projectId),
          postId: String(project.postIds[0]),
          volunteerId: String(young.id),
          startsAt: at('05-06 09:00:00'),
          endsAt: at('05-06 10:00:00'),
          submit: true,
        })
      ).id,
    );
    const response = await exportOf(project, `${Y}-05-01`, `${Y}-05-31`);
    expect(response.errors).toBeUndefined();
    const batch = response.data!.createArchiveExport;
    expect(batch.recordCount).toBe(1);
    expect(batch.issues).toEqual([
      { serviceRecordId: String(underAge.id), rule: 'VOLUNTEER_UNDER_MINIMUM_AGE', columnName: '证件号码' },
    ]);
    expect(
      (await server.dataSource.getRepository(ServiceRecord).findOneByOrFail({ id: ofAge.id }))
        .archiveExportId,
    ).toBe(Number(batch.id));
  });
});
