import ExcelJS from 'exceljs';
import { Role } from '../../server/src/core/actor';
import { documentNumberProblem, mobileProblem } from '../../console/src/pages/volunteers/rules';
import { DocumentType, normaliseDocumentNumber } from '../../server/src/modules/volunteers/document-number';
import { ROSTER_LIMITS } from '../../server/src/modules/volunteers/roster-import.service';
import { ROSTER_COLUMNS } from '../../server/src/modules/volunteers/volunteer-messages';
import { mobile, residentId } from '../support/fixtures';
import { databaseSnapshot, testDbKind } from '../support/test-database';
import { expectError, startTestServer, type TestServer } from '../support/test-server';
import { graphql } from '../graphql';
import type { CreateUnitInput } from '../graphql/graphql';

const IMPORT = graphql(`
  mutation VolunteerRosterImport($input: ImportVolunteerRosterInput!) {
    importVolunteerRoster(input: $input) {
      dryRun
      rowCount
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
const VOLUNTEERS = graphql(`
  query VolunteerRosterVolunteers($filter: VolunteerFilter) {
    volunteers(filter: $filter, first: 100) {
      totalCount
      edges {
        node {
          id
          name
          gender
          role
          serviceCategories
          skills
          safetyTrainedOn
          title
        }
      }
    }
  }
`);
const CREATE_UNIT = graphql(`
  mutation VolunteerRosterCreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      id
    }
  }
`);
const CREATE_VOLUNTEER = graphql(`
  mutation VolunteerRosterCreateVolunteer($input: CreateVolunteerInput!) {
    createVolunteer(input: $input) {
      id
    }
  }
`);
const CREATE_TEAM = graphql(`
  mutation VolunteerRosterCreateTeam($input: CreateServiceTeamInput!) {
    createServiceTeam(input: $input) {
      id
    }
  }
`);

/** A roster row as a coordinator types it, in ROSTER_COLUMNS order. */
type Row = Partial<Record<(typeof ROSTER_COLUMNS)[number], string>>;

function rosterRows(count: number, area = '370102', birth = '19850615', from = 1): Row[] {
  const surnames = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许';
  return Array.from({ length: count }, (_, i) => ({
    姓名: `${surnames[(from + i) % surnames.length]}老师${'甲乙丙丁戊己庚辛壬癸'[(from + i) % 10]}`,
    证件号码: residentId(area, birth, from + i),
    手机号码: mobile(5000 + from + i),
    职务: '教师',
    身份: i === 0 ? '工会干部' : '志愿者',
    服务类别: '学习辅导、安全知识宣讲',
    技能: '数学辅导，急救',
    常住地区代码: area,
    安全培训日期: i % 2 === 0 ? '2019/3/20' : '',
  }));
}

function csv(rows: Row[], bom = true): string {
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [
    ROSTER_COLUMNS.join(','),
    ...rows.map((r) => ROSTER_COLUMNS.map((c) => quote(r[c] ?? '')).join(',')),
  ];
  return (bom ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
}

async function xlsx(rows: Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('名册');
  sheet.addRow([...ROSTER_COLUMNS]);
  for (const row of rows) {
    sheet.addRow(
      ROSTER_COLUMNS.map((c) => {
        const value = row[c] ?? '';
        // Dates as Excel keeps them: a date cell, not text.
        if (c === '安全培训日期' && value) return new Date(`${value.replace(/\//g, '-')}T00:00:00Z`);
        return value;
      }),
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const base64 = (content: string | Buffer) => Buffer.from(content).toString('base64');

describe(`roster import and roster filters (${testDbKind()})`, () => {
  let server: TestServer;
  let jinanId: string;
  let qingdaoId: string;
  let jinanToken: string;
  let qingdaoToken: string;

  const volunteerCount = async () =>
    Number(
      ((await server.dataSource.query('SELECT COUNT(*) AS n FROM volunteer')) as { n: number | string }[])[0]!
        .n,
    );

  async function importRoster(
    input: { fileName: string; content: string | Buffer; dryRun?: boolean; unitId?: string },
    token = jinanToken,
  ) {
    return server.gql(
      IMPORT,
      {
        input: {
          unitId: input.unitId ?? jinanId,
          fileName: input.fileName,
          contentBase64: base64(input.content),
          dryRun: input.dryRun ?? false,
        },
      },
      { token },
    );
  }

  beforeAll(async () => {
    server = await startTestServer();
    const unit = async (input: CreateUnitInput) => {
      const response = await server.gql(CREATE_UNIT, { input });
      expect(response.errors).toBeUndefined();
      return response.data!.createUnit.id;
    };
    const provinceId = await unit({
      code: 'SD',
      name: '中国教育工会山东省委员会',
      kind: 'PROVINCE',
      cityCode: '370100',
    });
    jinanId = await unit({
      code: 'SD-370100',
      name: '济南市教育工会',
      kind: 'CITY',
      parentId: provinceId,
      cityCode: '370100',
    });
    qingdaoId = await unit({
      code: 'SD-370200',
      name: '青岛市教育工会',
      kind: 'CITY',
      parentId: provinceId,
      cityCode: '370200',
    });
    jinanToken = await server.signInAs({
      username: 'jn-coord',
      role: Role.UNIT_COORDINATOR,
      unitId: jinanId,
    });
    qingdaoToken = await server.signInAs({
      username: 'qd-coord',
      role: Role.UNIT_COORDINATOR,
      unitId: qingdaoId,
    });
  });

  afterAll(() => server.stop());

  describe('filters of the roster', () => {
    let inTeam: string[];
    beforeAll(async () => {
      const create = async (n: number, extra: Record<string, unknown> = {}) => {
        const response = await server.gql(
          CREATE_VOLUNTEER,
          {
            input: {
              name: `筛选${'一二三四五六七八九十'[n - 1]}`,
              documentNumber: residentId('370103', '19700101', n),
              mobile: mobile(900 + n),
              unitId: jinanId,
              homeAreaCode: '370103',
              ...extra,
            },
          },
          { token: jinanToken },
        );
        expect(response.errors).toBeUndefined();
        return response.data!.createVolunteer.id as string;
      };
      // 筛选一 free on 11 May 2019 (China time), 筛选二 on 15 June; 筛选三 said nothing.
      const one = await create(1, {
        availability: [{ startsAt: '2019-05-11T00:00:00.000Z', endsAt: '2019-05-11T04:00:00.000Z' }],
      });
      const two = await create(2, {
        availability: [{ startsAt: '2019-06-15T01:00:00.000Z', endsAt: '2019-06-15T09:00:00.000Z' }],
      });
      await create(3);
      inTeam = [one, two];
      const team = await server.gql(
        CREATE_TEAM,
        { input: { name: '筛选服务队', unitId: jinanId, memberIds: inTeam } },
        { token: jinanToken },
      );
      expect(team.errors).toBeUndefined();
      (globalThis as any).teamId = team.data!.createServiceTeam.id;
    });

    const names = async (filter: Record<string, unknown>, token = jinanToken) => {
      const response = await server.gql(VOLUNTEERS, { filter: { search: '筛选', ...filter } }, { token });
      expect(response.errors).toBeUndefined();
      return response.data!.volunteers.edges.map((e: any) => e.node.name).sort();
    };

    it('lists the members of a team (teamId), and none of them to another unit', async () => {
      const teamId = (globalThis as any).teamId;
      expect(await names({ teamId })).toEqual(['筛选一', '筛选二']);
      expect(await names({ teamId }, qingdaoToken)).toEqual([]);
    });

    it('lists those whose stated availability overlaps a period (availableFrom/availableUntil)', async () => {
      // China day 11 May 2019 = 10 May 16:00 UTC to 11 May 16:00 UTC.
      expect(
        await names({
          availableFrom: '2019-05-10T16:00:00.000Z',
          availableUntil: '2019-05-11T16:00:00.000Z',
        }),
      ).toEqual(['筛选一']);
      expect(await names({ availableFrom: '2019-06-01T00:00:00.000Z' })).toEqual(['筛选二']);
      expect(await names({ availableUntil: '2019-06-01T00:00:00.000Z' })).toEqual(['筛选一']);
      expect(
        await names({
          availableFrom: '2019-05-01T00:00:00.000Z',
          availableUntil: '2019-07-01T00:00:00.000Z',
        }),
      ).toEqual(['筛选一', '筛选二']);
    });

    it('refuses a period that ends before it starts, naming availableUntil', async () => {
      const response = await server.gql(
        VOLUNTEERS,
        { filter: { availableFrom: '2019-06-01T00:00:00.000Z', availableUntil: '2019-05-01T00:00:00.000Z' } },
        { token: jinanToken },
      );
      expectError(response, 'BAD_USER_INPUT', 'availableUntil');
    });
  });

  describe('importing a roster', () => {
    it('imports every row of a good CSV with a BOM, with the labels read as values', async () => {
      const before = await volunteerCount();
      const rows = rosterRows(10, '370102', '19850615', 1);
      const dry = await importRoster({ fileName: '名册.csv', content: csv(rows), dryRun: true });
      expect(dry.errors).toBeUndefined();
      expect(dry.data!.importVolunteerRoster).toEqual({
        dryRun: true,
        rowCount: 10,
        importedCount: 0,
        problemCount: 0,
        problems: [],
      });
      expect(await volunteerCount()).toBe(before);

      const response = await importRoster({ fileName: '名册.CSV', content: csv(rows) });
      expect(response.errors).toBeUndefined();
      expect(response.data!.importVolunteerRoster).toMatchObject({
        dryRun: false,
        rowCount: 10,
        importedCount: 10,
      });
      expect(await volunteerCount()).toBe(before + 10);

      const listed = await server.gql(
        VOLUNTEERS,
        { filter: { search: rows[0]!.姓名 } },
        { token: jinanToken },
      );
      expect(listed.data!.volunteers.edges[0]!.node).toMatchObject({
        name: rows[0]!.姓名,
        gender: 'MALE', // sequence 1: odd
        role: 'UNION_CADRE',
        serviceCategories: ['TUTORING', 'SAFETY_TALK'],
        skills: ['数学辅导', '急救'],
        safetyTrainedOn: '2019-03-20',
        title: '教师',
      });
    });

    it('reports both bad rows among ten by line and column, and writes nothing', async () => {
      const rows = rosterRows(10, '370104', '19860101', 1);
      rows[2]!.证件号码 = rows[2]!.证件号码!.slice(0, 17) + (rows[2]!.证件号码!.endsWith('1') ? '2' : '1'); // line 4
      rows[6]!.手机号码 = '1380000'; // line 8
      rows[6]!.服务类别 = '唱歌'; // line 8 again: every problem of the row
      const before = await databaseSnapshot(server.dataSource);
      const response = await importRoster({ fileName: 'roster.csv', content: csv(rows) });
      expect(response.errors).toBeUndefined();
      const result = response.data!.importVolunteerRoster;
      expect(result).toMatchObject({ rowCount: 10, importedCount: 0, problemCount: 3 });
      expect(result.problems.map((p: any) => [p.line, p.column, p.code])).toEqual([
        [4, '证件号码', 'BAD_USER_INPUT'],
        [8, '手机号码', 'BAD_USER_INPUT'],
        [8, '服务类别', 'UNKNOWN_VALUE'],
      ]);
      expect(result.problems[0]!.message).toContain('校验位');
      expect(await databaseSnapshot(server.dataSource)).toBe(before);
    });

    it('reads an .xlsx, with date cells and an ID typed as a number told apart', async () => {
      const rows = rosterRows(3, '370105', '19870101', 1);
      const good = await importRoster({ fileName: '名册.xlsx', content: await xlsx(rows), dryRun: true });
      expect(good.errors).toBeUndefined();
      expect(good.data!.importVolunteerRoster).toMatchObject({ rowCount: 3, problemCount: 0 });

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await xlsx(rows)) as unknown as ArrayBuffer);
      // Excel keeps 15 significant digits of a number: the last three of an 18-digit ID are gone.
      workbook.worksheets[0]!.getCell('C3').value = Number(rows[1]!.证件号码!.slice(0, 15) + '000');
      const numeric = await importRoster({
        fileName: '名册.xlsx',
        content: Buffer.from(await workbook.xlsx.writeBuffer()),
      });
      expect(numeric.errors).toBeUndefined();
      const problems = numeric.data!.importVolunteerRoster.problems;
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ line: 3, column: '证件号码' });
      expect(problems[0]!.message).toContain('文本');

      const imported = await importRoster({ fileName: '名册.xlsx', content: await xlsx(rows) });
      expect(imported.data!.importVolunteerRoster.importedCount).toBe(3);
    });

    it('reads a CSV saved by Excel on a Chinese Windows (GB18030, no BOM)', async () => {
      const rows = rosterRows(2, '370112', '19880101', 1);
      const gbk = encodeGb18030(csv(rows, false));
      const response = await importRoster({ fileName: 'roster.csv', content: gbk, dryRun: true });
      expect(response.errors).toBeUndefined();
      expect(response.data!.importVolunteerRoster).toMatchObject({ rowCount: 2, problemCount: 0 });
    });

    it('refuses duplicates within the file and against registered volunteers', async () => {
      const registered = rosterRows(1, '370102', '19850615', 1)[0]!; // imported above
      const rows = rosterRows(3, '370113', '19890101', 1);
      rows.push({ ...rows[0]!, 姓名: '重复者' }, registered);
      const before = await volunteerCount();
      const response = await importRoster({ fileName: 'roster.csv', content: csv(rows) });
      expect(
        response.data!.importVolunteerRoster.problems.map((p: any) => [p.line, p.column, p.code]),
      ).toEqual([
        [5, '证件号码', 'DUPLICATE_IN_FILE'],
        [6, '证件号码', 'ALREADY_REGISTERED'],
      ]);
      expect(response.data!.importVolunteerRoster.problems[0]!.message).toContain('第 2 行');
      expect(await volunteerCount()).toBe(before);
    });

    it('names a missing column on line 1', async () => {
      const text = '姓名,性别,手机号码\n张三,男,13800000000\n';
      const response = await importRoster({ fileName: 'roster.csv', content: text });
      expect(
        response.data!.importVolunteerRoster.problems.map((p: any) => [p.line, p.column, p.code]),
      ).toEqual([
        [1, '证件号码', 'MISSING_COLUMN'],
        [1, '常住地区代码', 'MISSING_COLUMN'],
      ]);
    });

    it('refuses files over the size and row limits, and files that are no roster, changing nothing', async () => {
      const before = await databaseSnapshot(server.dataSource);
      const big = await importRoster({
        fileName: 'big.csv',
        content: Buffer.alloc(ROSTER_LIMITS.maxFileBytes + 1, 0x41),
      });
      expectError(big, 'BAD_USER_INPUT', 'contentBase64');
      expect(big.errors![0]!.message).toContain('700 KB');

      const many = rosterRows(ROSTER_LIMITS.maxRows + 1, '370114', '19900101', 1).map((r) => ({
        ...r,
        服务类别: '',
        技能: '',
        职务: '',
      }));
      const tooMany = await importRoster({ fileName: 'many.csv', content: csv(many) });
      expectError(tooMany, 'BAD_USER_INPUT', 'contentBase64');
      expect(tooMany.errors![0]!.message).toContain('5000');

      expectError(await importRoster({ fileName: 'roster.xls', content: 'x' }), 'BAD_USER_INPUT', 'fileName');
      expectError(await importRoster({ fileName: 'roster.txt', content: 'x' }), 'BAD_USER_INPUT', 'fileName');
      expectError(
        await importRoster({ fileName: 'roster.xlsx', content: 'not a zip' }),
        'BAD_USER_INPUT',
        'contentBase64',
      );
      const notBase64 = await server.gql(
        IMPORT,
        { input: { unitId: jinanId, fileName: 'a.csv', contentBase64: '%%%' } },
        { token: jinanToken },
      );
      expectError(notBase64, 'BAD_USER_INPUT', 'contentBase64');
      expect(await databaseSnapshot(server.dataSource)).toBe(before);
    });

    it('refuses an .xlsx that unpacks to more than a roster could be, before opening it', async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('名册');
      sheet.addRow([...ROSTER_COLUMNS]);
      // 700 different cells of 32,000 characters: about 22 MB unpacked, a few dozen KB packed.
      for (let i = 0; i < 700; i++) sheet.addRow([`${i}${'甲'.repeat(32_000)}`]);
      const packed = Buffer.from(await workbook.xlsx.writeBuffer());
      expect(packed.length).toBeLessThan(ROSTER_LIMITS.maxFileBytes);
      const before = await databaseSnapshot(server.dataSource);
      const response = await importRoster({ fileName: 'bomb.xlsx', content: packed });
      expectError(response, 'BAD_USER_INPUT', 'contentBase64');
      expect(response.errors![0]!.message).toContain('unpacks to more than 20 MB');
      expect(await databaseSnapshot(server.dataSource)).toBe(before);
    });

    it("refuses another unit's coordinator, before reading the file", async () => {
      const before = await databaseSnapshot(server.dataSource);
      const response = await importRoster(
        { fileName: 'roster.csv', content: csv(rosterRows(2, '370115', '19910101', 1)) },
        qingdaoToken,
      );
      expectError(response, 'FORBIDDEN', 'unitId');
      expect(await databaseSnapshot(server.dataSource)).toBe(before);
      // Their own unit is theirs to fill.
      const own = await importRoster(
        { fileName: 'roster.csv', content: csv(rosterRows(2, '370115', '19910101', 1)), unitId: qingdaoId },
        qingdaoToken,
      );
      expect(own.data!.importVolunteerRoster.importedCount).toBe(2);
    });
  });
});

describe('the console form checks as the server does', () => {
  const right = residentId('370102', '19800315', 7);
  const numbers = [
    right,
    right.toLowerCase(),
    ` ${right.slice(0, 6)} ${right.slice(6)} `,
    right.slice(0, 17) + (right.endsWith('1') ? '2' : '1'),
    right.slice(0, 16),
    '370102198002301234', // 30 February
    '370102209901011234', // born in the future
    '810000199001011234', // a Hong Kong residence permit
    'H12345678',
    '',
  ];
  it.each(Object.values(DocumentType).flatMap((type) => numbers.map((n) => [type, n] as const)))(
    '%s %s',
    (type, number) => {
      let serverRefuses = false;
      try {
        normaliseDocumentNumber('documentNumber', type, number);
      } catch {
        serverRefuses = true;
      }
      expect(documentNumberProblem(type, number) !== null).toBe(serverRefuses);
    },
  );

  it('takes the mobiles the server takes', () => {
    expect(mobileProblem('139 1234-5678')).toBeNull();
    expect(mobileProblem('12912345678')).not.toBeNull();
    expect(mobileProblem('1391234567')).not.toBeNull();
  });
});

/** GB18030 bytes of a text (Node decodes it but has no encoder): through a table of the characters used. */
function encodeGb18030(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  const wanted = new Set([...text].filter((c) => c.charCodeAt(0) > 0x7f));
  for (let hi = 0x81; hi <= 0xfe && table.size < wanted.size; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const c = decoder.decode(Buffer.from([hi, lo]));
      if (wanted.has(c) && !table.has(c)) table.set(c, [hi, lo]);
    }
  }
  const bytes: number[] = [];
  for (const c of text) {
    if (c.charCodeAt(0) <= 0x7f) bytes.push(c.charCodeAt(0));
    else {
      const code = table.get(c);
      if (!code) throw new Error(`no GB18030 code for ${c}`);
      bytes.push(...code);
    }
  }
  return Buffer.from(bytes);
}
