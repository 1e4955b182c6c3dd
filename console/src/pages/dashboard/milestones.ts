import type { MilestoneKind, ReportFilingState } from '../../../../client-sdk/src';
import { chinaDate } from '../../china-time';

/** The milestones a unit files a 情况调度表 for (活动总结材料 is a deadline without one). */
export const REPORT_MILESTONES = [
  'LAUNCH',
  'MID_TERM',
  'SUMMARY',
] as const satisfies readonly MilestoneKind[];
export type ReportMilestone = (typeof REPORT_MILESTONES)[number];

export function isReportMilestone(value: string | undefined): value is ReportMilestone {
  return (REPORT_MILESTONES as readonly string[]).includes(value ?? '');
}

/** Who has a 工作台: the unit coordinators and the province. */
export function mayUseDashboard(role: string): boolean {
  return role === 'UNIT_COORDINATOR' || role === 'PROVINCIAL_ADMIN';
}

export const FILING_STATE_COLORS: Record<ReportFilingState, string> = {
  NOT_STARTED: 'default',
  DRAFT: 'gold',
  SUBMITTED: 'green',
};

/** Not filed and the deadline (a China date; the day itself is still on time) has passed: as the server judges it. */
export function isOverdue(dueOn: string, state: ReportFilingState, today: string = chinaDate()): boolean {
  return state !== 'SUBMITTED' && today > dueOn;
}

/** Filed after the deadline. */
export function isLate(dueOn: string, submittedAt: string | null | undefined): boolean {
  return !!submittedAt && chinaDate(new Date(submittedAt)) > dueOn;
}

/** Where a unit's report for a milestone is filled or read. */
export function reportPath(campaignId: string, milestone: ReportMilestone, unitId?: string): string {
  const base = `/dashboard/reports/${campaignId}/${milestone}`;
  return unitId ? `${base}?unit=${encodeURIComponent(unitId)}` : base;
}

/** The campaign shown by default: the one under way (China date), else the newest. */
export function defaultCampaign<C extends { id: string; year: number; startsOn: string; endsOn: string }>(
  campaigns: readonly C[],
): C | null {
  const today = chinaDate();
  const running = campaigns.filter((c) => c.startsOn <= today && today <= c.endsOn);
  const pool = running.length > 0 ? running : campaigns;
  return [...pool].sort((a, b) => b.year - a.year)[0] ?? null;
}
