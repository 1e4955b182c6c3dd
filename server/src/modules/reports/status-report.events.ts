import { toJson, topic, type EntityJson } from '../../core/pubsub';
import type { StatusReport } from './status-report.entity';

/** A unit filed a status report (情况调度表), frozen rows included. */
export interface StatusReportSubmittedEvent {
  report: EntityJson;
}

export const STATUS_REPORT_SUBMITTED = topic<StatusReportSubmittedEvent>('STATUS_REPORT_SUBMITTED');

export function statusReportSubmittedEvent(report: StatusReport): StatusReportSubmittedEvent {
  return { report: toJson(report) };
}
