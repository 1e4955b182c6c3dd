import type { EntityManager } from 'typeorm';
import { columnsHydrator, entityReader } from '../../core/entity-reader';
import { VolunteerAvailability } from './volunteer.entity';

/**
 * Stated availability: the windows a volunteer said they are free, against a need's time.
 * Shared by matching (a rule and a score part) and by proposals (which mark a pair outside it).
 */

/** The share of the need's window covered by the volunteer's (possibly overlapping) windows. */
export function availabilityOverlap(
  windows: readonly (readonly [number, number])[],
  startsAt: number,
  endsAt: number,
): number {
  const span = endsAt - startsAt;
  if (span <= 0 || windows.length === 0) return 0;
  if (windows.length === 1) {
    const [s, e] = windows[0]!;
    return Math.max(0, Math.min(e, endsAt) - Math.max(s, startsAt)) / span;
  }
  const clipped = windows
    .map(([s, e]) => [Math.max(s, startsAt), Math.min(e, endsAt)] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  let covered = 0;
  let reach = startsAt;
  for (const [s, e] of clipped) {
    if (e <= reach) continue;
    covered += e - Math.max(s, reach);
    reach = e;
  }
  return covered / span;
}

/** A share this close to 1 is full cover: shares are ratios of millisecond spans. */
const FULL_COVER = 1 - 1e-9;

/** Whether an availability share (of the need's time covered) means "free for all of it". */
export function coversAll(share: number): boolean {
  return share >= FULL_COVER;
}

/** Whether the volunteer's stated availability covers the whole of the need's time. */
export function availableFor(
  volunteer: { windows: readonly (readonly [number, number])[] },
  need: { startsAt: Date | number; endsAt: Date | number },
): boolean {
  return coversAll(availabilityOverlap(volunteer.windows, +need.startsAt, +need.endsAt));
}

/** Volunteer ids per statement: well under every driver's limit on bound parameters. */
const WINDOWS_CHUNK = 1000;

/**
 * The stated windows of each volunteer (epoch ms pairs); volunteers who stated none get no entry.
 * With `overlapping`, only the windows that overlap that span: the same overlap with any time
 * inside it (availabilityOverlap clips to the need), for a fraction of the rows when people state
 * many windows over a year and the needs planned fall in a few weeks.
 */
export async function availabilityWindows(
  manager: EntityManager,
  volunteerIds: readonly number[],
  overlapping?: { from: Date; to: Date },
): Promise<Map<number, [number, number][]>> {
  const windowsOf = new Map<number, [number, number][]>();
  const reader = entityReader(manager.connection, VolunteerAvailability);
  const hydrateWindow = columnsHydrator(manager.connection, VolunteerAvailability, [
    'volunteerId',
    'startsAt',
    'endsAt',
  ]);
  for (let i = 0; i < volunteerIds.length; i += WINDOWS_CHUNK) {
    const chunk = volunteerIds.slice(i, i + WINDOWS_CHUNK);
    const rows = overlapping
      ? (
          (await manager
            .getRepository(VolunteerAvailability)
            .createQueryBuilder('w')
            .select('w.volunteerId', 'volunteerId')
            .addSelect('w.startsAt', 'startsAt')
            .addSelect('w.endsAt', 'endsAt')
            .where('w.volunteerId IN (:...chunk)', { chunk })
            .andWhere('w.endsAt > :from AND w.startsAt < :to', overlapping)
            .getRawMany()) as Record<string, unknown>[]
        ).map(hydrateWindow)
      : await reader.whereIn('volunteerId', chunk, {}, { manager });
    for (const w of rows) {
      const list = windowsOf.get(w.volunteerId) ?? [];
      list.push([w.startsAt.getTime(), w.endsAt.getTime()]);
      windowsOf.set(w.volunteerId, list);
    }
  }
  return windowsOf;
}
