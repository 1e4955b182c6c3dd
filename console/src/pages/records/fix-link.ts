import { chinaDate } from '../../china-time';
import type { ExportIssueRecordsQuery } from '../../graphql/generated';

/** A rule a record broke, as a batch's report or a NOTHING_TO_EXPORT refusal names it. */
export interface Issue {
  serviceRecordId: string;
  rule: string;
  columnName: string;
  message: string;
}

export type RecordOf = ExportIssueRecordsQuery['serviceRecords']['edges'][number]['node'];

const VOLUNTEER_RULES = new Set([
  'NAME_INVALID',
  'DOCUMENT_TYPE_INVALID',
  'DOCUMENT_CHECK_DIGIT',
  'DOCUMENT_NUMBER_INVALID',
  'VOLUNTEER_UNDER_MINIMUM_AGE',
  'MOBILE_INVALID',
  'AREA_CODE_INVALID',
]);

/**
 * Where a broken rule is put right: a project's codes on its page, a person's details in the roster,
 * a time segment among the records of its project and day.
 */
export function fixLink(issue: Issue, record: RecordOf | undefined): { to: string; label: string } | null {
  if (!record) return null;
  if (issue.rule.startsWith('PROJECT_')) {
    return { to: `/records/projects/${record.projectId}`, label: '修改项目' };
  }
  if (VOLUNTEER_RULES.has(issue.rule)) {
    return record.volunteer
      ? {
          to: `/volunteers?q=${encodeURIComponent(record.volunteer.volunteerNumber)}`,
          label: '修改志愿者信息',
        }
      : null;
  }
  const day = chinaDate(new Date(record.startsAt));
  return {
    to: `/records?status=all&project=${record.projectId}&from=${day}&to=${day}`,
    label: '查看服务记录',
  };
}
