import { AppError, BadInputError, ErrorCode } from './errors';
import { chinaDayStart } from './time';

/**
 * Small checks shared by every service. Each throws a BadInputError naming the field, so a
 * service validates the whole input before it writes anything.
 */

export interface TextRule {
  max: number;
  pattern?: RegExp;
  patternMessage?: string;
  /** Long texts (descriptions, plans, logs, remarks, reasons) keep line breaks and tabs. */
  multiline?: boolean;
}

/**
 * Characters no free text may hold. C0/C1 controls and DEL break CSV/XLSX cells (an XLSX cannot hold
 * most of them, so the two files of one export would differ) and terminals; bidi embeddings,
 * overrides and isolates make a name read differently from what is stored (`‮gpj.exe`);
 * noncharacters are not valid XML. Line and paragraph separators end lines in JavaScript and some
 * CSV readers, so they count as line breaks.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
const LINE_BREAK = /[\n\r\u2028\u2029]/u;
const TAB = /\t/u;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NONCHARACTER = /[\uFDD0-\uFDEF\uFFFE\uFFFF]/u;
/** Characters that show nothing: spaces, format characters (zero-width, joiners), fillers, blank Braille. */
const INVISIBLE = /^[\s\p{Default_Ignorable_Code_Point}\p{Cf}\u2800\u3164\uFFA0\u115F\u1160]*$/u;
/** Trimmed from both ends along with ordinary white space: zero-width characters and the BOM. */
const EDGES = /^[\s\u200B-\u200D\u2060\uFEFF]+|[\s\u200B-\u200D\u2060\uFEFF]+$/gu;

/**
 * The one rule for free text wherever it enters: NFC (so one text has one spelling, and length and
 * search count the same characters), line breaks as LF, no control, bidi or noncharacter code points,
 * trimmed. Returns '' for text that is empty or only white space.
 */
export function normaliseFreeText(
  field: string,
  value: string | null | undefined,
  multiline = false,
): string {
  const raw = value ?? '';
  if (LONE_SURROGATE.test(raw))
    throw new BadInputError(field, `${field} contains a broken character (lone surrogate)`);
  let text = raw.normalize('NFC');
  if (multiline) text = text.replace(/\r\n?|[\u2028\u2029]/gu, '\n');
  else if (LINE_BREAK.test(text)) throw new BadInputError(field, `${field} must be a single line`);
  else if (TAB.test(text)) throw new BadInputError(field, `${field} must not contain tabs`);
  if (CONTROL.test(text)) throw new BadInputError(field, `${field} must not contain control characters`);
  if (BIDI_CONTROL.test(text)) {
    throw new BadInputError(field, `${field} must not contain bidirectional override or isolate characters`);
  }
  if (NONCHARACTER.test(text)) throw new BadInputError(field, `${field} contains a noncharacter`);
  if (text.trim() === '') return '';
  text = text.replace(EDGES, '');
  if (text === '' || INVISIBLE.test(text)) {
    throw new BadInputError(field, `${field} must contain visible characters`);
  }
  return text;
}

export function requireText(field: string, value: string | null | undefined, opts: TextRule): string {
  const text = normaliseFreeText(field, value, opts.multiline);
  if (text === '') throw new BadInputError(field, `${field} is required`);
  return checkText(field, text, opts);
}

export function optionalText(field: string, value: string | null | undefined, opts: TextRule): string | null {
  const text = normaliseFreeText(field, value, opts.multiline);
  return text === '' ? null : checkText(field, text, opts);
}

function checkText(field: string, text: string, opts: TextRule): string {
  // Count code points, not UTF-16 units: rare CJK characters take two units.
  const length = [...text].length;
  if (length > opts.max) {
    throw new BadInputError(field, `${field} must be at most ${opts.max} characters (got ${length})`);
  }
  if (opts.pattern && !opts.pattern.test(text)) {
    throw new BadInputError(field, opts.patternMessage ?? `${field} has an invalid format`);
  }
  return text;
}

/** Longest search text: names are at most 200 characters; SQLite refuses LIKE patterns over 50,000 bytes. */
export const MAX_SEARCH_LENGTH = 100;

/** A search or filter text: the free-text rule, at most MAX_SEARCH_LENGTH characters; null when empty. */
export function optionalSearch(field: string, value: string | null | undefined): string | null {
  if (value !== null && value !== undefined && value.length > MAX_SEARCH_LENGTH * 4) {
    // Refused before normalising: a 50,000-character search costs nothing to turn away.
    throw new BadInputError(field, `${field} must be at most ${MAX_SEARCH_LENGTH} characters`);
  }
  return optionalText(field, value, { max: MAX_SEARCH_LENGTH });
}

export function requireInt(
  field: string,
  value: number | null | undefined,
  opts: { min: number; max: number },
): number {
  if (value === null || value === undefined || !Number.isInteger(value)) {
    throw new BadInputError(field, `${field} must be a whole number`);
  }
  if (value < opts.min || value > opts.max) {
    throw new BadInputError(field, `${field} must be between ${opts.min} and ${opts.max}`);
  }
  return value;
}

export function requireNumberInRange(
  field: string,
  value: number | null | undefined,
  opts: { min: number; max: number },
): number {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    throw new BadInputError(field, `${field} must be a number`);
  }
  if (value < opts.min || value > opts.max) {
    throw new BadInputError(field, `${field} must be between ${opts.min} and ${opts.max}`);
  }
  return value;
}

/** GraphQL IDs arrive as strings; our keys are positive integers. */
export function parseId(field: string, value: string | number): number {
  const id = typeof value === 'number' ? value : /^\d{1,15}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(id) || id <= 0) {
    throw new BadInputError(field, `${field} is not a valid id`);
  }
  return id;
}

/** An optional id: absent (undefined or null) is null; anything given must be a valid id, "" included. */
export function optionalId(field: string, value: string | number | null | undefined): number | null {
  return value === undefined || value === null ? null : parseId(field, value);
}

export function requireOrder<T extends Date | string>(
  startField: string,
  endField: string,
  start: T,
  end: T,
): void {
  if (!(end > start)) {
    throw new BadInputError(endField, `${endField} must be after ${startField}`);
  }
}

/** 6-digit administrative division code (GB/T 2260). Shandong codes start with 37. */
export function requireAreaCode(field: string, value: string | null | undefined): string {
  return requireText(field, value, {
    max: 6,
    pattern: /^\d{6}$/,
    patternMessage: `${field} must be a 6-digit area code (GB/T 2260), e.g. 371721`,
  });
}

export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;

export function normaliseMobile(field: string, value: string | null | undefined): string {
  const mobile = (value ?? '').replace(/[\s-]/g, '');
  if (!MOBILE_PATTERN.test(mobile)) {
    throw new BadInputError(field, `${field} must be an 11-digit mainland mobile number starting 13–19`);
  }
  return mobile;
}

/** Chinese characters with an optional middle dot (少数民族 names), or Latin letters and single spaces. */
const CHINESE_NAME = /^[\p{Script=Han}]+(?:[·•][\p{Script=Han}]+)*$/u;
const LATIN_NAME = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

export function normalisePersonName(field: string, value: string | null | undefined): string {
  // Users type the middle dot several ways; the national system wants U+00B7.
  const name = requireText(field, value, { max: 50 }).replace(/[•・．.]/g, '·');
  if (!CHINESE_NAME.test(name) && !LATIN_NAME.test(name)) {
    throw new BadInputError(
      field,
      `${field} must be Chinese characters (with an optional ·) or Latin letters and single spaces`,
    );
  }
  return name;
}

export function uniqueValues<T>(field: string, values: readonly T[]): T[] {
  const seen = new Set<T>();
  for (const value of values) {
    if (seen.has(value)) throw new BadInputError(field, `${field} lists ${String(value)} twice`);
    seen.add(value);
  }
  return [...seen];
}

/** Omitted GraphQL input fields arrive as undefined; keep only those the caller gave. */
export function givenFields<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/;

/** A mobile or a landline with its area code, e.g. 0531-81916597. */
export function optionalPhone(field: string, value: string | null | undefined): string | null {
  const phone = (value ?? '').replace(/\s+/g, '');
  if (phone === '') return null;
  if (!PHONE_PATTERN.test(phone)) {
    throw new BadInputError(
      field,
      `${field} must be a mobile number or a landline with area code, e.g. 0531-81916597`,
    );
  }
  return phone;
}

/**
 * The China dates any stored date or instant may fall on: the service this platform records began
 * after 2000 (the 2019 notice; records are entered afterwards), and campaigns are years up to 2100.
 * Anything outside is a typo (0201 for 2021) or an attack on the sorting, totals and exports.
 */
export const DATE_BOUNDS = { min: '2000-01-01', max: '2100-12-31' } as const;

export class DateOutOfRangeError extends AppError {
  constructor(field: string) {
    super(
      ErrorCode.DATE_OUT_OF_RANGE,
      `${field} must lie between ${DATE_BOUNDS.min} and ${DATE_BOUNDS.max} (China time)`,
      { field, min: DATE_BOUNDS.min, max: DATE_BOUNDS.max },
    );
  }
}

/** A China date (`YYYY-MM-DD`) inside DATE_BOUNDS; absent values are left to the caller's own rule. */
export function requireDateInBounds<T extends string | null | undefined>(field: string, date: T): T {
  if (date === null || date === undefined) return date;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || date < DATE_BOUNDS.min || date > DATE_BOUNDS.max) {
    throw new DateOutOfRangeError(field);
  }
  return date;
}

const FIRST_INSTANT = chinaDayStart(DATE_BOUNDS.min).getTime();
const AFTER_LAST_INSTANT = chinaDayStart(DATE_BOUNDS.max).getTime() + 24 * 60 * 60 * 1000;

/** An instant whose China date lies inside DATE_BOUNDS. */
export function requireInstantInBounds<T extends Date | null | undefined>(field: string, instant: T): T {
  if (instant === null || instant === undefined) return instant;
  if (!Number.isFinite(instant.getTime())) throw new BadInputError(field, `${field} is not a valid time`);
  const time = instant.getTime();
  if (time < FIRST_INSTANT || time >= AFTER_LAST_INSTANT) throw new DateOutOfRangeError(field);
  return instant;
}
