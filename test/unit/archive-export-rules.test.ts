import {
  buildRow,
  checkProject,
  GroupNumbers,
  MAX_PEOPLE_PER_BATCH,
  PeopleBatches,
  RECORD_COLUMNS,
  type SourceRow,
} from '../../server/src/modules/archive-exports/archive-export.rules';
import { csvStream } from '../../server/src/modules/archive-exports/archive-export.files';
import { residentId } from '../support/fixtures';

const NOW = new Date('2019-12-31T00:00:00Z');

function row(overrides: Partial<SourceRow> = {}): SourceRow {
  return {
    recordId: 1,
    volunteerId: 10,
    projectId: 100,
    postId: 1000,
    startsAt: new Date('2019-05-01T09:00:00+08:00'),
    endsAt: new Date('2019-05-01T11:30:00+08:00'),
    hours: '2.50',
    remark: null,
    createdAt: new Date('2019-05-01T12:00:00+08:00'),
    name: '张三',
    documentType: 'MAINLAND_ID_CARD',
    documentNumber: residentId('370102', '19850615', 11),
    mobile: '13800000001',
    homeAreaCode: '370102',
    nationalVolunteerNumber: null,
    projectName: '暑期助学',
    projectStartsOn: '2019-04-01',
    projectEndsOn: '2019-09-30',
    postName: '辅导员',
    teamName: '济南教职工志愿服务1队',
    siteName: '王庄村小学',
    recorderName: null,
    overlapsRecordId: null,
    ...overrides,
  };
}

const rules = (r: SourceRow) => buildRow(r, [], NOW).issues.map((i) => i.rule);

describe('archive export rules', () => {
  it('has the columns of ARCHIVE_FORMAT.md in order', () => {
    expect(RECORD_COLUMNS).toHaveLength(18);
    expect(RECORD_COLUMNS[0]).toBe('序号');
    expect(RECORD_COLUMNS[17]).toBe('分组号');
  });

  it('builds a valid row in the national vocabulary', () => {
    const built = buildRow(
      row({ documentNumber: residentId('370102', '19850615', 11).toLowerCase() }),
      [],
      NOW,
    );
    expect(built.issues).toEqual([]);
    expect(built.cells).toEqual([
      '暑期助学',
      '辅导员',
      '张三',
      '01 内地居民身份证',
      residentId('370102', '19850615', 11),
      '13800000001',
      '370102',
      '2019-05-01 09:00:00',
      '2019-05-01 11:30:00',
      '2.50',
      '王庄村小学',
      '',
      '济南教职工志愿服务1队',
      '张三',
      '2019-05-01',
      '未知',
    ]);
    expect(buildRow(row({ nationalVolunteerNumber: '37001' }), [], NOW).cells[15]).toBe('是');
  });

  it('gives each broken rule its own stable code', () => {
    const id = residentId('370102', '19850615', 11);
    const wrongCheck = id.slice(0, 17) + (id[17] === '1' ? '2' : '1');
    expect(rules(row({ documentNumber: wrongCheck }))).toEqual(['DOCUMENT_CHECK_DIGIT']);
    // 30 February, and a wrong check character too: one line per rule broken.
    expect(rules(row({ documentNumber: '370102198502300011' }))).toEqual([
      'DOCUMENT_NUMBER_INVALID',
      'DOCUMENT_CHECK_DIGIT',
    ]);
    const feb30 = residentId('370102', '19850230', 11);
    expect(rules(row({ documentNumber: feb30 }))).toEqual(['DOCUMENT_NUMBER_INVALID']);
    expect(rules(row({ documentType: 'LIBRARY_CARD' }))).toEqual(['DOCUMENT_TYPE_INVALID']);
    expect(rules(row({ mobile: '1380000000' }))).toEqual(['MOBILE_INVALID']);
    expect(rules(row({ name: 'Zhang  San' }))).toEqual(['NAME_INVALID']);
    expect(rules(row({ homeAreaCode: '3701' }))).toEqual(['AREA_CODE_INVALID']);
    expect(rules(row({ endsAt: new Date('2019-05-01T08:00:00+08:00') }))).toEqual(['SEGMENT_INVALID']);
    expect(rules(row({ endsAt: new Date('2019-05-01T09:00:30+08:00'), hours: '0.01' }))).toEqual([
      'SEGMENT_TOO_SHORT',
    ]);
    expect(rules(row({ endsAt: new Date('2019-05-02T00:00:00+08:00'), hours: '15.00' }))).toEqual([
      'SEGMENT_CROSSES_MIDNIGHT',
    ]);
    expect(
      rules(
        row({
          startsAt: new Date('2020-01-05T09:00:00+08:00'),
          endsAt: new Date('2020-01-05T10:00:00+08:00'),
          hours: '1.00',
          // Inside the project's dates, so that this is the one rule broken.
          projectEndsOn: '2020-12-31',
        }),
      ),
    ).toEqual(['SEGMENT_IN_FUTURE']);
    expect(rules(row({ projectStartsOn: '2019-05-02' }))).toEqual(['SEGMENT_OUTSIDE_PROJECT']);
    expect(rules(row({ overlapsRecordId: 7 }))).toEqual(['SEGMENT_OVERLAP']);
    expect(rules(row({ hours: 2.4 }))).toEqual(['HOURS_MISMATCH']);
    expect(rules(row({ hours: 2.5 }))).toEqual([]);
    expect(rules(row({ remark: '很'.repeat(501) }))).toEqual(['REMARK_TOO_LONG']);
    expect(rules(row({ remark: '𠮷'.repeat(500) }))).toEqual([]);
    // Several at once: all listed.
    expect(rules(row({ mobile: 'x', overlapsRecordId: 3 }))).toEqual(['MOBILE_INVALID', 'SEGMENT_OVERLAP']);
  });

  it('accepts names with a middle dot and rare characters, and writes the standard dot', () => {
    expect(rules(row({ name: '阿依古丽·买买提' }))).toEqual([]);
    expect(buildRow(row({ name: '阿依古丽•买买提' }), [], NOW).cells[2]).toBe('阿依古丽·买买提');
    expect(rules(row({ name: '𠮷田' }))).toEqual([]);
    expect(rules(row({ name: 'Anna Smith' }))).toEqual([]);
  });

  it('checks a project once: name, 1–4 national categories, known 服务对象 codes', () => {
    const ok = { name: '助学', nationalCategoryCodes: ['0002', '0003'], beneficiaryCodes: ['01', '06'] };
    expect(checkProject(ok)).toEqual([]);
    expect(checkProject({ ...ok, name: '项'.repeat(51) }).map((i) => i.rule)).toEqual([
      'PROJECT_NAME_TOO_LONG',
    ]);
    expect(
      checkProject({ ...ok, nationalCategoryCodes: ['0001', '0002', '0003', '0004', '0005'] }).map(
        (i) => i.rule,
      ),
    ).toEqual(['PROJECT_CATEGORIES_INVALID']);
    expect(checkProject({ ...ok, nationalCategoryCodes: [] }).map((i) => i.rule)).toEqual([
      'PROJECT_CATEGORIES_INVALID',
      'PROJECT_POVERTY_CODE_MISSING',
    ]);
    expect(checkProject({ ...ok, beneficiaryCodes: ['42'] }).map((i) => i.rule)).toEqual([
      'PROJECT_BENEFICIARIES_INVALID',
    ]);
    // Every project of the (poverty-alleviation) campaign carries 0002; 服务对象 is never empty.
    expect(checkProject({ ...ok, nationalCategoryCodes: ['0003'] }).map((i) => i.rule)).toEqual([
      'PROJECT_POVERTY_CODE_MISSING',
    ]);
    expect(checkProject({ ...ok, beneficiaryCodes: [] }).map((i) => i.rule)).toEqual([
      'PROJECT_BENEFICIARIES_MISSING',
    ]);
  });

  it('reports every rule a row breaks, segment rules included', () => {
    // Crosses midnight, ends in the future (after NOW), outside the project, stored hours wrong,
    // and a bad mobile: five rules, five lines, in the documented order.
    const broken = row({
      startsAt: new Date('2019-12-30T22:00:00+08:00'),
      endsAt: new Date('2019-12-31T09:00:00+08:00'),
      hours: '1.00',
      mobile: '12000000000',
    });
    expect(rules(broken)).toEqual([
      'MOBILE_INVALID',
      'SEGMENT_CROSSES_MIDNIGHT',
      'SEGMENT_IN_FUTURE',
      'SEGMENT_OUTSIDE_PROJECT',
      'HOURS_MISMATCH',
    ]);
    // A reversed segment breaks "start before end" only (not also "at least a minute").
    expect(
      rules(
        row({
          endsAt: new Date('2019-05-01T08:00:00+08:00'),
          startsAt: new Date('2019-05-01T09:00:00+08:00'),
        }),
      ),
    ).toEqual(['SEGMENT_INVALID']);
  });

  it('flags a volunteer under 16 on the service day, by the registered or encoded birth date', () => {
    // Service on 2019-05-01: born 2003-05-02 is 15, born 2003-05-01 is 16 that day.
    expect(rules(row({ documentNumber: residentId('370102', '20030502', 11) }))).toEqual([
      'VOLUNTEER_UNDER_MINIMUM_AGE',
    ]);
    expect(rules(row({ documentNumber: residentId('370102', '20030501', 11) }))).toEqual([]);
    // A 7-year-old.
    expect(rules(row({ documentNumber: residentId('370102', '20120301', 11) }))).toEqual([
      'VOLUNTEER_UNDER_MINIMUM_AGE',
    ]);
    // The registered birth date wins (e.g. a passport holder).
    expect(
      rules(row({ documentType: 'PASSPORT', documentNumber: 'E12345678', birthDate: '2010-01-01' })),
    ).toEqual(['VOLUNTEER_UNDER_MINIMUM_AGE']);
  });

  it('writes CSV with BOM, CRLF, every field quoted and formulas neutralised', async () => {
    async function* lines() {
      yield [
        ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '＝1'],
        ['课后辅导，"好"', '', '370102198506150011', '1.50', "'x", 'a\nb', '𠮷'],
      ];
    }
    const chunks: Buffer[] = [];
    for await (const chunk of csvStream(['a', 'b', 'c', 'd', 'e', 'f', 'g'], lines()))
      chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString()).toBe(
      '"a","b","c","d","e","f","g"\r\n' +
        `"'=1+1","'+1","'-1","'@SUM(A1)","'\t=1","'\r=1","'＝1"\r\n` +
        `"课后辅导，""好""","","370102198506150011","1.50","'x","a\nb","𠮷"\r\n`,
    );
  });

  it('numbers groups by project, post and segment', () => {
    const groups = new GroupNumbers();
    const seg = (start: string, end: string, postId = 1000, projectId = 100) => ({
      projectId,
      postId,
      startsAt: new Date(start),
      endsAt: new Date(end),
    });
    const a = seg('2019-05-01T01:00:00Z', '2019-05-01T03:00:00Z');
    expect([
      groups.next(a),
      groups.next(a),
      groups.next(seg('2019-05-01T01:00:00Z', '2019-05-01T04:00:00Z')),
      groups.next(seg('2019-05-01T01:00:00Z', '2019-05-01T04:00:00Z', 1001)),
      groups.next(seg('2019-05-01T01:00:00Z', '2019-05-01T04:00:00Z', 1001, 101)),
    ]).toEqual([1, 1, 2, 3, 4]);
  });

  it('batches 系统外成员 by at most 50, one post per batch, each person once per post', () => {
    const batches = new PeopleBatches();
    const places = [];
    for (let v = 1; v <= 120; v++) places.push(batches.add(1, 1, v));
    expect(batches.add(1, 1, 7)).toBeNull();
    expect(places[0]).toEqual({ batch: 1, position: 1 });
    expect(places[MAX_PEOPLE_PER_BATCH - 1]).toEqual({ batch: 1, position: 50 });
    expect(places[MAX_PEOPLE_PER_BATCH]).toEqual({ batch: 2, position: 1 });
    expect(places[119]).toEqual({ batch: 3, position: 20 });
    // A new post starts a new batch, and lists a person again.
    expect(batches.add(1, 2, 1)).toEqual({ batch: 4, position: 1 });
    expect(batches.add(2, 2, 1)).toEqual({ batch: 5, position: 1 });
  });
});
