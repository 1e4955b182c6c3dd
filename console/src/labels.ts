import type {
  ArchiveExportScope,
  AssignmentStatus,
  AuditAction,
  BeneficiaryGroup,
  CadreCoverage,
  DocumentType,
  FundingSource,
  Gender,
  Honour,
  MatchingRule,
  MatchingSolver,
  MilestoneKind,
  PairingKind,
  PairingStatus,
  ReportFilingState,
  Role,
  ServiceCategory,
  ServiceNeedStatus,
  ServiceProjectStatus,
  ServiceRecordStatus,
  ServiceTeamStatus,
  ServiceTotalsGroupBy,
  SiteKind,
  StatusReportStatus,
  SupportKind,
  SupportTotalsDimension,
  TrainingTopicKind,
  VolunteerRole,
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
export const SERVICE_PROJECT_STATUS_LABELS: Readonly<Record<ServiceProjectStatus, string>> =
  shared.SERVICE_PROJECT_STATUS_LABELS;
export const ARCHIVE_EXPORT_SCOPE_LABELS: Readonly<Record<ArchiveExportScope, string>> =
  shared.ARCHIVE_EXPORT_SCOPE_LABELS;
export const ROLE_LABELS: Readonly<Record<Role, string>> = shared.ROLE_LABELS;
export const MILESTONE_KIND_LABELS: Readonly<Record<MilestoneKind, string>> = shared.MILESTONE_KIND_LABELS;
export const REPORT_FILING_STATE_LABELS: Readonly<Record<ReportFilingState, string>> =
  shared.REPORT_FILING_STATE_LABELS;
export const STATUS_REPORT_STATUS_LABELS: Readonly<Record<StatusReportStatus, string>> =
  shared.STATUS_REPORT_STATUS_LABELS;
export const ASSIGNMENT_STATUS_LABELS: Readonly<Record<AssignmentStatus, string>> =
  shared.ASSIGNMENT_STATUS_LABELS;
export const BENEFICIARY_GROUP_LABELS: Readonly<Record<BeneficiaryGroup, string>> =
  shared.BENEFICIARY_GROUP_LABELS;
export const SERVICE_TEAM_STATUS_LABELS: Readonly<Record<ServiceTeamStatus, string>> =
  shared.SERVICE_TEAM_STATUS_LABELS;
export const SITE_KIND_LABELS: Readonly<Record<SiteKind, string>> = shared.SITE_KIND_LABELS;
export const PAIRING_KIND_LABELS: Readonly<Record<PairingKind, string>> = shared.PAIRING_KIND_LABELS;
export const PAIRING_STATUS_LABELS: Readonly<Record<PairingStatus, string>> = shared.PAIRING_STATUS_LABELS;
export const VOLUNTEER_ROLE_LABELS: Readonly<Record<VolunteerRole, string>> = shared.VOLUNTEER_ROLE_LABELS;
export const GENDER_LABELS: Readonly<Record<Gender, string>> = shared.GENDER_LABELS;
export const DOCUMENT_TYPE_LABELS: Readonly<Record<DocumentType, string>> = shared.DOCUMENT_TYPE_LABELS;
export const MATCHING_RULE_LABELS: Readonly<Record<MatchingRule, string>> = shared.MATCHING_RULE_LABELS;
export const MATCHING_SOLVER_LABELS: Readonly<Record<MatchingSolver, string>> = shared.MATCHING_SOLVER_LABELS;
export const TRAINING_TOPIC_LABELS: Readonly<Record<TrainingTopicKind, string>> =
  shared.TRAINING_TOPIC_LABELS;
export const SUPPORT_KIND_LABELS: Readonly<Record<SupportKind, string>> = shared.SUPPORT_KIND_LABELS;
export const FUNDING_SOURCE_LABELS: Readonly<Record<FundingSource, string>> = shared.FUNDING_SOURCE_LABELS;
export const HONOUR_LABELS: Readonly<Record<Honour, string>> = shared.HONOUR_LABELS;
export const CADRE_COVERAGE_LABELS: Readonly<Record<CadreCoverage, string>> = shared.CADRE_COVERAGE_LABELS;
export const AUDIT_ACTION_LABELS: Readonly<Record<AuditAction, string>> = shared.AUDIT_ACTION_LABELS;
export const SERVICE_TOTALS_GROUP_BY_LABELS: Readonly<Record<ServiceTotalsGroupBy, string>> =
  shared.SERVICE_TOTALS_GROUP_BY_LABELS;
export const SUPPORT_TOTALS_DIMENSION_LABELS: Readonly<Record<SupportTotalsDimension, string>> =
  shared.SUPPORT_TOTALS_DIMENSION_LABELS;

/** The archive export's rule codes in Chinese, for the validation report. */
export const ARCHIVE_RULE_LABELS: Readonly<Record<string, string>> = shared.ARCHIVE_RULE_LABELS;

/** Select options of a label table, in the table's order. */
export function labelOptions<K extends string>(labels: Readonly<Record<K, string>>) {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}

/** The label of a value the console may not know yet (a newer server): the code itself then. */
export function labelOf(labels: Readonly<Record<string, string>>, value: string | null | undefined): string {
  if (!value) return '';
  return labels[value] ?? value;
}
