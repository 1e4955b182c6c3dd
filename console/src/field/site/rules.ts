import type { AssignmentStatus } from '../../../../client-sdk/src';
import type {
  FieldSiteAssignmentFragment,
  FieldSiteNeedRowFragment,
  FieldSiteProjectFragment,
} from '../../graphql/generated';

/** Who is coming first: accepted, then waiting for the volunteer, then proposed; the rest last. */
const STATUS_ORDER: Readonly<Record<AssignmentStatus, number>> = {
  ACCEPTED: 0,
  CONFIRMED: 1,
  PROPOSED: 2,
  DECLINED: 3,
  CANCELLED: 4,
};

/** Antd tag colours of the assignment states. */
export const ASSIGNMENT_STATUS_COLORS: Readonly<Record<AssignmentStatus, string>> = {
  ACCEPTED: 'success',
  CONFIRMED: 'processing',
  PROPOSED: 'default',
  DECLINED: 'warning',
  CANCELLED: 'default',
};

export function sortAssignments(
  assignments: readonly FieldSiteAssignmentFragment[],
): FieldSiteAssignmentFragment[] {
  return [...assignments].sort(
    (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || Number(a.id) - Number(b.id),
  );
}

/** How many assignments are in each state, for the need's summary line. */
export function countByStatus(
  assignments: readonly Pick<FieldSiteAssignmentFragment, 'status'>[],
): Partial<Record<AssignmentStatus, number>> {
  const counts: Partial<Record<AssignmentStatus, number>> = {};
  for (const a of assignments) counts[a.status] = (counts[a.status] ?? 0) + 1;
  return counts;
}

/** Needs still to come (not yet ended) first, soonest first; then past ones, latest first. */
export function sortNeeds<N extends Pick<FieldSiteNeedRowFragment, 'startsAt' | 'endsAt'>>(
  needs: readonly N[],
  now = new Date(),
): N[] {
  const t = now.toISOString();
  const ahead = needs.filter((n) => n.endsAt > t).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = needs.filter((n) => n.endsAt <= t).sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return [...ahead, ...past];
}

/** `2026-07-01 09:00–16:00`, or both ends in full when the need spans days (China time). */
export function formatWindow(start: string, end: string, format: (iso: string) => string): string {
  const from = format(start);
  const to = format(end);
  return from.slice(0, 10) === to.slice(0, 10) ? `${from}–${to.slice(11)}` : `${from} 至 ${to}`;
}

/**
 * The projects a service code may be issued for on `date` (the API's rule: the project's dates hold
 * the day, which is not in the future), started ones first.
 */
export function projectsOn(
  projects: readonly FieldSiteProjectFragment[],
  date: string,
): FieldSiteProjectFragment[] {
  const rank = (p: FieldSiteProjectFragment) => (p.status === 'ACTIVE' ? 0 : 1);
  return projects
    .filter((p) => p.status !== 'CANCELLED' && p.startsOn <= date && date <= p.endsOn)
    .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'zh-CN'));
}

/** `ABCD EFGH`: the code in groups of four, easier to read out and type. */
export function groupCode(code: string): string {
  return code.replace(/(.{4})(?=.)/g, '$1 ');
}

/** The volunteer's page that a scan of the QR code opens, with the code filled in. */
export function presenceUrl(origin: string, code: string): string {
  return `${origin}/field/record/presence?code=${encodeURIComponent(code)}`;
}

export interface IssuedCode {
  code: string;
  expiresAt: string;
}

/**
 * The code issued for a project and day is kept in this tab's sessionStorage until it expires: the
 * API shows a code only once, and the site contact switches tabs or the phone reloads the page while
 * volunteers are still scanning. Keyed by account, so another person signing in here never sees it.
 */
function codeKey(accountId: string, projectId: string, date: string): string {
  return `field-site-code:${accountId}:${projectId}:${date}`;
}

export function rememberCode(accountId: string, projectId: string, date: string, issued: IssuedCode): void {
  try {
    sessionStorage.setItem(codeKey(accountId, projectId, date), JSON.stringify(issued));
  } catch {
    // Storage refused (private mode): the code is still shown until the page is left.
  }
}

export function recalledCode(
  accountId: string,
  projectId: string,
  date: string,
  now = new Date(),
): IssuedCode | null {
  try {
    const key = codeKey(accountId, projectId, date);
    const raw = sessionStorage.getItem(key);
    if (!raw) return null;
    const issued = JSON.parse(raw) as IssuedCode;
    if (typeof issued.code !== 'string' || !(new Date(issued.expiresAt) > now)) {
      sessionStorage.removeItem(key);
      return null;
    }
    return issued;
  } catch {
    return null;
  }
}

/** `3 小时 5 分` left until `expiresAt`, or null once it has passed. */
export function timeLeft(expiresAt: string, now = new Date()): string | null {
  const minutes = Math.ceil((new Date(expiresAt).getTime() - now.getTime()) / 60_000);
  if (minutes <= 0) return null;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h > 0 ? `${h} 小时${m > 0 ? ` ${m} 分` : ''}` : `${m} 分钟`;
}

/** A Select's options pop-up, rendered outside .field: site.css makes its options 44 px tall. */
export const SELECT_POPUP = { popup: { root: 'site-popup' } };
