import {
  ArchiveExport,
  ArchiveExportIssue,
  ArchiveExportItem,
  ArchiveExportProject,
} from './archive-exports/archive-export.entity';
import { ArchiveExportPerson, ArchiveExportPost } from './archive-exports/archive-export-snapshot.entity';
import { AuditEvent } from '../core/audit-event.entity';
import { StatusReport, StatusReportProgress } from './reports/status-report.entity';
import { SafetyPlan, TrainingAttendance, TrainingRecord } from './safety/safety.entity';
import { ServiceLog } from './service-logs/service-log.entity';
import { ServiceOccasion, ServiceRecord } from './service-records/service-record.entity';
import { SupportEntry } from './support/support-entry.entity';

export const LATER_ENTITIES = [
  ServiceOccasion,
  ServiceRecord,
  SupportEntry,
  ServiceLog,
  SafetyPlan,
  TrainingRecord,
  TrainingAttendance,
  StatusReport,
  StatusReportProgress,
  ArchiveExport,
  ArchiveExportItem,
  ArchiveExportIssue,
  ArchiveExportProject,
  ArchiveExportPerson,
  ArchiveExportPost,
  AuditEvent,
];
