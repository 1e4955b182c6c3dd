/**
 * Who may approve and reject service records (the API's rule, server/src/modules/service-records/
 * service-record.access.ts): the team's leader, a coordinator of the team's unit, the province as
 * one — never for their own time, which the server refuses record by record.
 */
export function mayReview(role: string): boolean {
  return role === 'PROVINCIAL_ADMIN' || role === 'UNIT_COORDINATOR' || role === 'TEAM_LEADER';
}

/**
 * 时长 as the API computed it (exact, 2 places, the rule every total and export uses), without
 * a trailing zero: `2.50` → `2.5`, `1.00` → `1.0`, `0.75` stays `0.75`. Never rounded again here: a float's toFixed
 * would show 1.15 as 1.1 and 1.25 as 1.3, unlike the report and the export.
 */
export function formatHours(hours: string): string {
  return hours.replace(/^(\d+\.\d)0$/, '$1');
}

/** Runs `task` on each item, at most `limit` at a time; every item's outcome, in the items' order. */
export async function eachLimited<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<PromiseSettledResult<R>[]> {
  const results: PromiseSettledResult<R>[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      try {
        results[i] = { status: 'fulfilled', value: await task(items[i]!) };
      } catch (reason) {
        results[i] = { status: 'rejected', reason };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
