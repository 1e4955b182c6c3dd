import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { SYSTEM_ACTOR } from '../../server/src/core/actor';
import { AuditEvent } from '../../server/src/core/audit-event.entity';
import { chinaDate } from '../../server/src/core/time';
import {
  ArchiveExport,
  ArchiveExportItem,
  ArchiveExportScope,
} from '../../server/src/modules/archive-exports/archive-export.entity';
import { joinCells } from '../../server/src/modules/archive-exports/archive-export.cells';
import { ArchiveExportService } from '../../server/src/modules/archive-exports/archive-export.service';
import { ServiceProject } from '../../server/src/modules/projects/service-project.entity';
import { ServiceRecord } from '../../server/src/modules/service-records/service-record.entity';
import { ServiceRecordService } from '../../server/src/modules/service-records/service-record.service';
import { Volunteer } from '../../server/src/modules/volunteers/volunteer.entity';
import { AccessWorld, type PastProject, type UnitSide } from '../support/access-world';
import { testDbKind } from '../support/test-database';
import { expectError, startTestServer, type TestServer } from '../support/test-server';
import { graphql } from '../graphql';
import type { CreateArchiveExportInput, TypedDocumentString } from '../graphql/graphql';

const CREATE = graphql(`
  mutation ArchiveExportsCreate($input: CreateArchiveExportInput!) {
    createArchiveExport(input: $input) {
      id
      unitId
      scope
      scopeId
      rangeStart
      rangeEnd
      recordCount
      issueCount
      fileSha256
      reexportOfId
      createdById
      downloads {
        xlsx
        records
        people
        projects
        report
      }
      issues {
        serviceRecordId
        rule
        columnName
        message
      }
    }
  }
`);
const REEXPORT = graphql(`
  mutation ArchiveExportsReexport($id: ID!) {
    reexportArchiveExport(id: $id) {
      id
      reexportOfId
      recordCount
      fileSha256
      downloads {
        xlsx
        records
        people
        projects
        report
      }
    }
  }
`);
const FILES = ['records', 'people', 'projects', 'report', 'xlsx'] as const;

const RECORD_HEADER = [
  '序号',
  '项目名称',
  '岗位名称',
  '姓名',
  '证件类型',
  '证件号码',
  '手机号',
  '服务区域',
  '开始时间',
  '结束时间',
  '服务时长（小时）',
  '服务地点',
  '服务内容（备注）',
  '记录单位（队伍名称）',
  '记录人',
  '记录日期',
  '是否已在全国系统注册',
  '分组号',
];

/** Remarks that must come back exactly (or neutralised, for formula starters). */
const TRICKY_REMARKS = [
  '课后辅导，数学、语文',
  '他说："今天很开心"，然后走了',
  '第一行\n第二行，含逗号\r\n第三行\r第四行',
  '=HYPERLINK("http://evil.example","点我")',
  '+1+2',
  '-2+3',
  '@SUM(A1:A2)',
];

describe(`archive export for the national system (${testDbKind()})`, () => {
  let server: TestServer;
  let world: AccessWorld;
  let jinan: UnitSide;
  let project: PastProject;
  let coordinator: string;
  let first: any;
  const firstFiles: Record<string, Buffer> = {};
  let Y: number;

  const at = (text: string) => new Date(`${Y}-${text.replace(' ', 'T')}:00+08:00`);

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

  async function download(
    path: string,
    token: string | null,
  ): Promise<{ status: number; body: Buffer; headers: Headers }> {
    const response = await fetch(new URL(path, server.url), {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return {
      status: response.status,
      body: Buffer.from(await response.arrayBuffer()),
      headers: response.headers,
    };
  }

  async function approved(
    volunteer: Volunteer,
    startsAt: Date,
    endsAt: Date,
    remark?: string,
    postIndex = 0,
  ) {
    const records = new ServiceRecordService(server.dataSource, SYSTEM_ACTOR);
    const record = await records.record({
      projectId: String(project.projectId),
      postId: String(project.postIds[postIndex]),
      volunteerId: String(volunteer.id),
      startsAt,
      endsAt,
      remark,
      submit: true,
    });
    return records.approve(record.id);
  }

  beforeAll(async () => {
    server = await startTestServer();
    world = await new AccessWorld(server).build();
    Y = world.pastYear;
    jinan = world.units.in;
    coordinator = world.tokens.coordinator;
    project = await world.recordsProject(jinan);
    const volunteers = server.dataSource.getRepository(Volunteer);
    // Names the national system takes: a middle dot, a rare character outside the BMP.
    await volunteers.update(jinan.members[0]!.id, { name: '阿依古丽·买买提' });
    await volunteers.update(jinan.members[1]!.id, { name: '𠮷田' });
    await volunteers.update(jinan.members[2]!.id, { nationalVolunteerNumber: '370000123456' });
  });

  afterAll(async () => {
    await server.stop();
  });

  it('exports valid rows field by field, groups shared segments, reports the rest and marks only the exported', async () => {
    const [m0, m1, m2, m3, m4, m5] = jinan.members;
    // One national entry: three volunteers, same post and segment.
    const group: ServiceRecord[] = [];
    for (const v of [m0!, m1!, m2!])
      group.push(await approved(v, at('03-02 09:00'), at('03-02 11:30'), '课后辅导'));
    // Tricky remarks, one record each (m3, on distinct days).
    const tricky: ServiceRecord[] = [];
    for (const [i, remark] of TRICKY_REMARKS.entries()) {
      tricky.push(
        await approved(
          m3!,
          at(`03-${String(10 + i).padStart(2, '0')} 14:00`),
          at(`03-${String(10 + i).padStart(2, '0')} 15:20`),
          remark,
        ),
      );
    }
    // Cells that begin with a tab or CR cannot be entered through the API (remarks are trimmed): written directly.
    await server.dataSource.getRepository(ServiceRecord).update(tricky[0]!.id, { remark: '\t=1+1' });
    await server.dataSource.getRepository(ServiceRecord).update(tricky[1]!.id, { remark: '\r=2+2' });
    // Broken rows, one rule each.
    const badId = await approved(m4!, at('04-01 09:00'), at('04-01 10:00'));
    await server.dataSource.getRepository(Volunteer).update(m4!.id, {
      documentNumber: m4!.documentNumber.slice(0, 17) + (m4!.documentNumber[17] === '1' ? '2' : '1'),
    });
    const badMobile = await approved(m5!, at('04-02 09:00'), at('04-02 10:00'));
    await server.dataSource.getRepository(Volunteer).update(m5!.id, { mobile: '12012345678' });
    const crossing = await approved(m0!, at('04-03 20:00'), at('04-03 23:00'));
    await server.dataSource.getRepository(ServiceRecord).update(crossing.id, { endsAt: at('04-04 01:00') });
    const wrongHours = await approved(m1!, at('04-05 09:00'), at('04-05 10:00'));
    await server.dataSource.getRepository(ServiceRecord).update(wrongHours.id, { hours: '9.99' });
    const overlapA = await approved(m2!, at('04-06 09:00'), at('04-06 10:00'));
    const overlapB = await approved(m2!, at('04-06 10:00'), at('04-06 11:00'));
    await server.dataSource
      .getRepository(ServiceRecord)
      .update(overlapB.id, { startsAt: at('04-06 09:30'), hours: '1.50' });
    // Outside the dates asked for: left for another export.
    const later = await approved(m0!, at('06-01 09:00'), at('06-01 10:00'));

    first = await ok(
      CREATE,
      {
        input: {
          scope: 'PROJECT',
          scopeId: project.projectId,
          rangeStart: `${Y}-03-01`,
          rangeEnd: `${Y}-04-30`,
        },
      },
      coordinator,
    );
    expect(first).toMatchObject({
      scope: 'PROJECT',
      recordCount: 3 + TRICKY_REMARKS.length,
      reexportOfId: null,
    });
    const rules = first.issues.map((i: any) => [Number(i.serviceRecordId), i.rule, i.columnName]);
    expect(rules).toEqual(
      expect.arrayContaining([
        [badId.id, 'DOCUMENT_CHECK_DIGIT', '证件号码'],
        [badMobile.id, 'MOBILE_INVALID', '手机号'],
        [crossing.id, 'SEGMENT_CROSSES_MIDNIGHT', '结束时间'],
        [wrongHours.id, 'HOURS_MISMATCH', '服务时长（小时）'],
        [overlapA.id, 'SEGMENT_OVERLAP', '开始时间'],
        [overlapB.id, 'SEGMENT_OVERLAP', '开始时间'],
      ]),
    );
    expect(first.issueCount).toBe(first.issues.length);

    // Marked in the same transaction: exactly the exported records, nothing else.
    const marked = await server.dataSource
      .getRepository(ServiceRecord)
      .find({ where: { archiveExportId: Number(first.id) } });
    expect(marked.map((r) => r.id).sort((a, b) => a - b)).toEqual(
      [...group, ...tricky].map((r) => r.id).sort((a, b) => a - b),
    );
    for (const left of [badId, badMobile, crossing, wrongHours, overlapA, overlapB, later]) {
      expect(
        (await server.dataSource.getRepository(ServiceRecord).findOneByOrFail({ id: left.id }))
          .archiveExportId,
      ).toBeNull();
    }

    // Part 1, parsed back field by field.
    const csv = await download(first.downloads.records, coordinator);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain("filename*=UTF-8''");
    expect([...csv.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.body.toString('utf8');
    expect(text.split('\r\n').length).toBeGreaterThan(1);
    expect(text.slice(1).startsWith('"序号","项目名称"')).toBe(true);
    expect(text).not.toMatch(/[^\r]\n"/); // records end with CRLF
    const rows: string[][] = parse(csv.body, { bom: true });
    expect(rows[0]).toEqual(RECORD_HEADER);
    expect(rows).toHaveLength(1 + first.recordCount);
    for (const row of rows.slice(1)) expect(row).toHaveLength(RECORD_HEADER.length);
    expect(createHash('sha256').update(csv.body).digest('hex')).toBe(first.fileSha256);

    const projectRow = await server.dataSource
      .getRepository(ServiceProject)
      .findOneByOrFail({ id: project.projectId });
    const byName = (name: string) => rows.slice(1).filter((r) => r[3] === name);
    const dot = byName('阿依古丽·买买提');
    expect(dot).toHaveLength(1);
    const m0row = dot[0]!;
    expect(m0row.slice(0, 11)).toEqual([
      '1',
      projectRow.name,
      '辅导员',
      '阿依古丽·买买提',
      '01 内地居民身份证',
      m0!.documentNumber,
      m0!.mobile,
      m0!.homeAreaCode,
      `${Y}-03-02 09:00:00`,
      `${Y}-03-02 11:30:00`,
      '2.50',
    ]);
    expect(m0row[12]).toBe('课后辅导');
    expect(m0row[13]).toContain('服务队');
    expect(m0row[15]).toBe(chinaDate(group[0]!.createdAt));
    expect(m0row[16]).toBe('未知');
    expect(m0row[17]).toBe('1');
    expect(byName('𠮷田')[0]![17]).toBe('1');
    const registered = rows.slice(1).find((r) => r[5] === m2!.documentNumber)!;
    expect(registered[16]).toBe('是');
    expect(registered[17]).toBe('1');
    // Each tricky remark is one field, exact; formula starters are neutralised with a leading '.
    const remarks = rows
      .slice(1)
      .filter((r) => r[5] === m3!.documentNumber)
      .map((r) => r[12]);
    expect(remarks).toEqual([
      // Remarks are trimmed like on entry, then neutralised.
      "'=1+1",
      "'=2+2",
      // Line breaks are exported as LF (XLSX keeps no CR, so both files agree).
      '第一行\n第二行，含逗号\n第三行\n第四行',
      `'${TRICKY_REMARKS[3]}`,
      `'${TRICKY_REMARKS[4]}`,
      `'${TRICKY_REMARKS[5]}`,
      `'${TRICKY_REMARKS[6]}`,
    ]);
    const groups = rows.slice(1).map((r) => r[17]);
    expect(groups).toEqual(['1', '1', '1', '2', '3', '4', '5', '6', '7', '8']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(rows.slice(1).map((_, i) => String(i + 1)));

    // Part 2: people not known to be registered, one post per batch.
    const people: string[][] = parse((await download(first.downloads.people, coordinator)).body, {
      bom: true,
    });
    expect(people[0]).toEqual([
      '批次号',
      '批次内序号',
      '项目名称',
      '岗位名称',
      '姓名',
      '证件类型',
      '证件号码',
      '手机号',
      '服务区域',
    ]);
    expect(people.slice(1).map((p) => [p[0], p[1], p[4], p[6]])).toEqual([
      ['1', '1', '阿依古丽·买买提', m0!.documentNumber],
      ['1', '2', '𠮷田', m1!.documentNumber],
      ['1', '3', m3!.name, m3!.documentNumber],
    ]);

    // Part 3: the project.
    const projects: string[][] = parse((await download(first.downloads.projects, coordinator)).body, {
      bom: true,
    });
    expect(projects).toHaveLength(2);
    expect(projects[1]![0]).toBe(projectRow.name);
    expect(projects[1]![1]).toContain('0002 扶贫减贫');
    expect(projects[1]!.slice(3, 6)).toEqual([projectRow.startsOn, projectRow.endsOn, projectRow.areaCode]);
    expect(projects[1]![9]).toBe('辅导员、宣讲员');

    // The validation report lists each broken rule with its row.
    const report: string[][] = parse((await download(first.downloads.report, coordinator)).body, {
      bom: true,
    });
    expect(report[0]!.slice(0, 5)).toEqual(['序号', '服务记录ID', '规则代码', '出错列', '说明']);
    expect(report).toHaveLength(1 + first.issueCount);
    const idRow = report.find((r) => r[2] === 'DOCUMENT_CHECK_DIGIT')!;
    expect(idRow[1]).toBe(String(badId.id));
    expect(idRow[5 + 4]).toBe(
      (await server.dataSource.getRepository(Volunteer).findOneByOrFail({ id: m4!.id })).documentNumber,
    );

    // The XLSX twin: the same rows and text as sheets, IDs and phones as text cells.
    const xlsx = await download(first.downloads.xlsx, coordinator);
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as never);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      '服务记录',
      '系统外成员',
      '项目信息',
      '校验报告',
      '说明',
    ]);
    const sheet = workbook.getWorksheet('服务记录')!;
    expect(sheet.rowCount).toBe(rows.length);
    sheet.eachRow((row, n) => {
      // Hours are number cells (shown 0.00): compared as numbers, the rest as text.
      const values = (row.values as unknown[])
        .slice(1)
        .map((v, i) => (n > 1 && i === 10 ? Number(v).toFixed(2) : String(v ?? '')));
      // The same text as the CSV, the ' before formula starters included.
      expect(values).toEqual(rows[n - 1]);
      if (n > 1) {
        expect(row.getCell(11).type).toBe(ExcelJS.ValueType.Number);
        expect(row.getCell(11).value).toBe(Number(rows[n - 1]![10]));
        expect(row.getCell(6).type).toBe(ExcelJS.ValueType.String);
        expect(row.getCell(7).type).toBe(ExcelJS.ValueType.String);
        expect(row.getCell(6).numFmt).toBe('@');
      }
    });
    expect(workbook.getWorksheet('系统外成员')!.rowCount).toBe(people.length);
    expect(workbook.getWorksheet('校验报告')!.rowCount).toBe(report.length);

    for (const file of FILES) firstFiles[file] = (await download(first.downloads[file], coordinator)).body;
  });

  it('skips exported records next time and re-exports a batch byte for byte, whatever changed since', async () => {
    const second = await ok(
      CREATE,
      { input: { scope: 'UNIT', scopeId: jinan.unitId, rangeStart: `${Y}-01-01`, rangeEnd: `${Y}-12-31` } },
      coordinator,
    );
    const items = await server.dataSource
      .getRepository(ArchiveExportItem)
      .find({ where: { exportId: Number(second.id) } });
    const firstItems = await server.dataSource
      .getRepository(ArchiveExportItem)
      .find({ where: { exportId: Number(first.id) } });
    const again = new Set(firstItems.map((i) => i.serviceRecordId));
    expect(items.some((i) => again.has(i.serviceRecordId))).toBe(false);
    expect(second.recordCount).toBe(1); // the June record
    expect(second.issueCount).toBe(first.issueCount); // still broken, still listed

    // The live data changes: a new mobile, a renamed project.
    await server.dataSource.getRepository(Volunteer).update(jinan.members[0]!.id, { mobile: '13999999999' });
    await server.dataSource.getRepository(ServiceProject).update(project.projectId, { name: '改过名的项目' });

    const re = await ok(REEXPORT, { id: first.id }, coordinator);
    expect(re).toMatchObject({
      reexportOfId: first.id,
      recordCount: first.recordCount,
      fileSha256: first.fileSha256,
    });
    for (const file of FILES) {
      const bytes = (await download(re.downloads[file], coordinator)).body;
      expect([file, bytes.equals(firstFiles[file]!)]).toEqual([file, true]);
      const original = (await download(first.downloads[file], coordinator)).body;
      expect(original.equals(firstFiles[file]!)).toBe(true);
    }
    // A re-export of the re-export still points at the original.
    const reAgain = await ok(REEXPORT, { id: re.id }, coordinator);
    expect(reAgain.reexportOfId).toBe(first.id);
    // Records keep the original batch.
    expect(
      await server.dataSource.getRepository(ServiceRecord).countBy({ archiveExportId: Number(re.id) }),
    ).toBe(0);
  });

  it('stores each person and post once per batch, and still serves batches stored with whole rows', async () => {
    const ds = server.dataSource;
    const exportId = Number(first.id);
    const items: { id: number; volunteerId: number; postId: number; cells: string }[] = await ds.query(
      'SELECT id, volunteerId, postId, cells FROM archive_export_item WHERE exportId = ? ORDER BY rowNumber',
      [exportId],
    );
    const people: { volunteerId: number; cells: string }[] = await ds.query(
      'SELECT volunteerId, cells FROM archive_export_person WHERE exportId = ?',
      [exportId],
    );
    const posts: { postId: number; cells: string }[] = await ds.query(
      'SELECT postId, cells FROM archive_export_post WHERE exportId = ?',
      [exportId],
    );
    expect(items.length).toBe(first.recordCount);
    expect(people.length).toBe(new Set(items.map((i) => Number(i.volunteerId))).size);
    expect(posts.length).toBe(new Set(items.map((i) => Number(i.postId))).size);
    expect(people.length).toBeLessThan(items.length);

    // As a batch made before the snapshots stored it: each item with its whole row, no keys.
    const personOf = new Map(people.map((p) => [Number(p.volunteerId), JSON.parse(p.cells) as string[]]));
    const postOf = new Map(posts.map((p) => [Number(p.postId), JSON.parse(p.cells) as string[]]));
    for (const item of items) {
      const whole = joinCells({
        person: personOf.get(Number(item.volunteerId))!,
        post: postOf.get(Number(item.postId))!,
        record: JSON.parse(item.cells) as string[],
      });
      await ds.query(
        'UPDATE archive_export_item SET cells = ?, volunteerId = NULL, postId = NULL WHERE id = ?',
        [JSON.stringify(whole), item.id],
      );
    }
    await ds.query('DELETE FROM archive_export_person WHERE exportId = ?', [exportId]);
    await ds.query('DELETE FROM archive_export_post WHERE exportId = ?', [exportId]);
    for (const file of FILES) {
      const bytes = (await download(first.downloads[file], coordinator)).body;
      expect([file, bytes.equals(firstFiles[file]!)]).toEqual([file, true]);
    }
  });

  it('refuses an export with nothing waiting, changing nothing', async () => {
    await server
      .as(coordinator)
      .expectRejected(
        CREATE,
        { input: { scope: 'TEAM', scopeId: jinan.teamId, rangeStart: `${Y}-12-30`, rangeEnd: `${Y}-12-31` } },
        'NOTHING_TO_EXPORT',
        'rangeEnd',
      );
  });

  it('checks the dates and the scope before anything', async () => {
    await server.as(coordinator).expectRejected(
      CREATE,
      {
        input: {
          scope: 'PROJECT',
          scopeId: project.projectId,
          rangeStart: `${Y}-05-01`,
          rangeEnd: `${Y}-04-01`,
        },
      },
      'BAD_USER_INPUT',
      'rangeEnd',
    );
    await server
      .as(coordinator)
      .expectRejected(
        CREATE,
        { input: { scope: 'PROJECT', scopeId: 999999, rangeStart: `${Y}-05-01`, rangeEnd: `${Y}-06-01` } },
        'NOT_FOUND',
        'scopeId',
      );
  });

  it('lets only the unit coordinator make or download files; the admin reads batches without personal data', async () => {
    const input: CreateArchiveExportInput = {
      scope: 'PROJECT',
      scopeId: project.projectId,
      rangeStart: `${Y}-01-01`,
      rangeEnd: `${Y}-12-31`,
    };
    const admin = await server.gql(CREATE, { input }, { token: world.tokens.admin });
    expectError(admin, 'FORBIDDEN', 'scopeId');
    const leader = await server.gql(CREATE, { input }, { token: world.tokens.leader });
    expectError(leader, 'FORBIDDEN');

    expect((await download(first.downloads.records, null)).status).toBe(401);
    const badToken = await download(first.downloads.records, 'not-a-token');
    expect(badToken.status).toBe(401);
    expect(JSON.parse(badToken.body.toString()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    for (const token of [
      world.tokens.admin,
      world.tokens.leader,
      world.tokens.volunteer,
      world.tokens.siteContact,
    ]) {
      const refused = await download(first.downloads.xlsx, token);
      expect(refused.status).toBe(403);
      expect(JSON.parse(refused.body.toString()).errors[0].extensions.code).toBe('FORBIDDEN');
    }
    expect((await download('/archive-exports/999999/records.csv', coordinator)).status).toBe(404);
    expect((await download(`/archive-exports/${first.id}/secrets.csv`, coordinator)).status).toBe(404);

    const list = await ok(
      graphql(`
        query ArchiveExportsArchiveExports {
          archiveExports(first: 50) {
            totalCount
            edges {
              node {
                id
                recordCount
                issues {
                  rule
                }
              }
            }
          }
        }
      `),
      {},
      world.tokens.admin,
    );
    expect(list.totalCount).toBeGreaterThanOrEqual(2);
    const qingdao = await server.signInAs({
      username: 'qingdao-coordinator',
      role: 'UNIT_COORDINATOR' as never,
      unitId: String(world.units.out.unitId),
    });
    const none = await ok(
      graphql(`
        query ArchiveExportsArchiveExports2 {
          archiveExports {
            totalCount
          }
        }
      `),
      {},
      qingdao,
    );
    expect(none.totalCount).toBe(0);
    // Another unit's batch answers as an unknown one, so its ids cannot be probed.
    const other = await server.gql(
      graphql(`
        query ArchiveExportsArchiveExport($id: ID!) {
          archiveExport(id: $id) {
            id
          }
        }
      `),
      { id: first.id },
      { token: qingdao },
    );
    expect(other).toEqual({ data: { archiveExport: null } });
    const othersFile = await download(first.downloads.records, qingdao);
    const unknownFile = await download('/archive-exports/999999/records.csv', qingdao);
    expect([othersFile.status, JSON.parse(othersFile.body.toString()).errors[0].extensions.code]).toEqual([
      404,
      'NOT_FOUND',
    ]);
    expect(unknownFile.status).toBe(404);
  });

  it('audits each export and each download', async () => {
    const events = await server.dataSource
      .getRepository(AuditEvent)
      .find({ where: { entityType: 'ArchiveExport' } });
    expect(events.filter((e) => e.action === 'CREATE' && e.entityId === String(first.id))).toHaveLength(1);
    expect(
      events.filter((e) => e.action === 'READ_PERSONAL_DATA' && e.entityId === String(first.id)).length,
    ).toBeGreaterThanOrEqual(FILES.length);
  });

  it('never exports a record twice when two exports race', async () => {
    const records = [];
    for (let i = 0; i < 6; i++) records.push(await world.serviceRecord(jinan, jinan.members[6]!, 'APPROVED'));
    const service = new ArchiveExportService(server.dataSource, SYSTEM_ACTOR);
    const input = {
      scope: ArchiveExportScope.TEAM,
      scopeId: jinan.teamId,
      rangeStart: `${Y}-01-01`,
      rangeEnd: `${Y}-12-31`,
    };
    // SQLite runs one transaction at a time (its driver refuses a second on its only connection).
    const results =
      testDbKind() === 'mariadb'
        ? await Promise.allSettled([service.create(input), service.create(input), service.create(input)])
        : [
            ...(await Promise.allSettled([service.create(input)])),
            ...(await Promise.allSettled([service.create(input)])),
          ];
    for (const r of results)
      if (r.status === 'rejected')
        expect(String(r.reason)).toMatch(/CONFLICT|no approved|exported or corrected/);
    const made = results
      .filter((r): r is PromiseFulfilledResult<ArchiveExport> => r.status === 'fulfilled')
      .map((r) => r.value);
    const ids = records.map((r) => r.id);
    const marked = await server.dataSource.getRepository(ServiceRecord).findBy({});
    const holders = new Set(marked.filter((r) => ids.includes(r.id)).map((r) => r.archiveExportId));
    expect(holders.size).toBe(1);
    const items = await server.dataSource.getRepository(ArchiveExportItem).find();
    for (const id of ids) expect(items.filter((i) => i.serviceRecordId === id)).toHaveLength(1);
    expect(made.filter((b) => b.recordCount > 0).length).toBe(1);
  });
});
