/**
 * Times in China time (Asia/Shanghai, UTC+8, no daylight saving since 1991), whatever zone the
 * browser is in: the API stores instants in UTC; people read and enter China time.
 */
const CHINA_OFFSET = '+08:00';

const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function fields(instant: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of parts.formatToParts(instant)) out[part.type] = part.value;
  return out;
}

/** `2019-07-01 09:00` for 2019-07-01T01:00:00Z. */
export function formatChinaTime(iso: string | Date): string {
  const f = fields(typeof iso === 'string' ? new Date(iso) : iso);
  return `${f.year}-${f.month}-${f.day} ${f.hour}:${f.minute}`;
}

/** `2019-07-01` for any instant of that China day. */
export function chinaDate(instant: Date = new Date()): string {
  const f = fields(instant);
  return `${f.year}-${f.month}-${f.day}`;
}

/**
 * The instant of a wall-clock time read as China time: `2019-07-01 09:00` → 2019-07-01T01:00:00.000Z.
 * The date pickers give their wall-clock text to this, so what the person picked is China time.
 */
export function chinaWallClockToIso(wallClock: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})$/.exec(wallClock.trim());
  if (!match) throw new Error(`not a China wall-clock time: ${wallClock}`);
  return new Date(`${match[1]}T${match[2]}:00${CHINA_OFFSET}`).toISOString();
}
