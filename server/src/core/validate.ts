import { BadInputError } from './errors';

/**
 * Small checks shared by every service. Each throws a BadInputError naming the field, so a
 * service validates the whole input before it writes anything.
 */

export function requireText(
  field: string,
  value: string | null | undefined,
  opts: { max: number; pattern?: RegExp; patternMessage?: string },
): string {
  const text = (value ?? '').trim();
  if (text === '') throw new BadInputError(field, `${field} is required`);
  return checkText(field, text, opts);
}

export function optionalText(
  field: string,
  value: string | null | undefined,
  opts: { max: number; pattern?: RegExp; patternMessage?: string },
): string | null {
  const text = (value ?? '').trim();
  return text === '' ? null : checkText(field, text, opts);
}

function checkText(
  field: string,
  text: string,
  opts: { max: number; pattern?: RegExp; patternMessage?: string },
): string {
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
