import { fixLink, type RecordOf } from '../../console/src/pages/records/fix-link';

// 归档导出's 校验报告: each failing row links to where it is put right (console/src/pages/records).
describe('the link from a broken rule to where it is put right', () => {
  // Recorded 2026-05-01 23:30 in China: 15:30 UTC, the day before in some zones, not in China's.
  const record: RecordOf = {
    id: '41',
    projectId: '7',
    startsAt: '2026-05-01T15:30:00.000Z',
    project: { id: '7', name: '暑期助学' },
    volunteer: { id: '3', name: '王晓红', volunteerNumber: 'SD-2019-000003' },
  };
  const issue = (rule: string) => ({ serviceRecordId: '41', rule, columnName: '', message: '' });

  it('sends a project rule to the project’s page', () => {
    expect(fixLink(issue('PROJECT_BENEFICIARIES_MISSING'), record)).toEqual({
      to: '/records/projects/7',
      label: '修改项目',
    });
  });

  it('sends a person’s rule to the roster, searched for the volunteer', () => {
    expect(fixLink(issue('MOBILE_INVALID'), record)).toEqual({
      to: '/volunteers?q=SD-2019-000003',
      label: '修改志愿者信息',
    });
    expect(fixLink(issue('MOBILE_INVALID'), { ...record, volunteer: null })).toBeNull();
  });

  it('sends a time segment’s rule to the records of its project on its China day, whatever their status', () => {
    for (const rule of ['SEGMENT_OVERLAP', 'SEGMENT_OUTSIDE_PROJECT', 'HOURS_INVALID']) {
      expect(fixLink(issue(rule), record)).toEqual({
        to: '/records?status=all&project=7&from=2026-05-01&to=2026-05-01',
        label: '查看服务记录',
      });
    }
  });

  it('gives no link for a record the report could not read', () => {
    expect(fixLink(issue('SEGMENT_OVERLAP'), undefined)).toBeNull();
  });
});
