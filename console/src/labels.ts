import type {
  AssignmentStatus,
  BeneficiaryGroup,
  MilestoneKind,
  Role,
  ServiceCategory,
  ServiceNeedStatus,
  ServiceRecordStatus,
} from '../../client-sdk/src';
import * as shared from '../../server/src/modules/code-lists/labels';

/**
 * The Chinese labels the console shows: the server's one table (server/src/modules/code-lists/
 * labels.ts, which imports nothing), typed here by the SDK's generated enum types, so a value the
 * schema gains without a label fails the console's type check.
 */
export const SERVICE_CATEGORY_LABELS: Readonly<Record<ServiceCategory, string>> =
  shared.SERVICE_CATEGORY_LABELS;
export const SERVICE_NEED_STATUS_LABELS: Readonly<Record<ServiceNeedStatus, string>> =
  shared.SERVICE_NEED_STATUS_LABELS;
export const SERVICE_RECORD_STATUS_LABELS: Readonly<Record<ServiceRecordStatus, string>> =
  shared.SERVICE_RECORD_STATUS_LABELS;
export const ROLE_LABELS: Readonly<Record<Role, string>> = shared.ROLE_LABELS;
export const MILESTONE_KIND_LABELS: Readonly<Record<MilestoneKind, string>> = shared.MILESTONE_KIND_LABELS;
export const ASSIGNMENT_STATUS_LABELS: Readonly<Record<AssignmentStatus, string>> =
  shared.ASSIGNMENT_STATUS_LABELS;
export const BENEFICIARY_GROUP_LABELS: Readonly<Record<BeneficiaryGroup, string>> =
  shared.BENEFICIARY_GROUP_LABELS;

/** Select options of a label table, in the table's order. */
export function labelOptions<K extends string>(labels: Readonly<Record<K, string>>) {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}

/** The label of a value the console may not know yet (a newer server): the code itself then. */
export function labelOf(labels: Readonly<Record<string, string>>, value: string | null | undefined): string {
  if (!value) return '';
  return labels[value] ?? value;
}
