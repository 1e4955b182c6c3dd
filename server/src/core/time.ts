/**
 * Times are stored in UTC and shown in China time (Asia/Shanghai). It has had no daylight saving
 * since 1991, so a fixed +08:00 offset is exact for every date this platform records.
 */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The calendar date in China, `YYYY-MM-DD`. */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD HH:mm:ss` in China time: the form the national volunteer system uses. */
export function chinaDateTime(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/** The UTC instant at which a China calendar date begins. */
export function chinaDayStart(localDate: string): Date {
  return new Date(`${localDate}T00:00:00+08:00`);
}

/**
 * The UTC instant at which a China calendar date ends: the next date's 00:00, exclusive. A span of
 * whole dates (a campaign's startsOn..endsOn) runs from chinaDayStart(first) to chinaDayEnd(last).
 */
export function chinaDayEnd(localDate: string): Date {
  return new Date(chinaDayStart(localDate).getTime() + 24 * 60 * 60 * 1000);
}

/** Today's date in China. */
export function chinaToday(now: Date = new Date()): string {
  return chinaDate(now);
}
