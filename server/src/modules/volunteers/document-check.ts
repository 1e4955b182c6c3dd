/**
 * The rule for document numbers (证件号码), as the national volunteer system applies it: one
 * function, used by the server (document-number.ts turns its answer into a BadInputError) and by
 * the web console's 志愿者 form, which bundles this very file to check the number as it is typed,
 * so both always give the same answer.
 *
 * This module imports nothing, on purpose: the console's bundle must not reach type-graphql or
 * Node built-ins. Keys are the DocumentType values as the API sends them.
 */

export type DocumentTypeValue =
  | 'MAINLAND_ID_CARD'
  | 'HONG_KONG_ID'
  | 'MACAO_ID'
  | 'TAIWAN_ID'
  | 'PASSPORT'
  | 'MILITARY_OFFICER_CARD'
  | 'SOLDIER_CARD'
  | 'OTHER';

/** Why a number is refused; `message` is the server's words (`field` stands for the input field). */
export type DocumentProblem =
  | 'REQUIRED'
  | 'PERMIT_NOT_ID_CARD'
  | 'FORMAT'
  | 'BIRTH_DATE'
  | 'CHECK_CHARACTER'
  | 'PERMIT_PREFIX'
  | 'TOO_LONG'
  | 'UNDER_MINIMUM_AGE';

export type DocumentCheck =
  { ok: true; value: string } | { ok: false; problem: DocumentProblem; message: string };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The GB 11643-1999 check character for the first 17 digits. */
export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARACTERS[sum % 11]!;
}

function isRealDate(yyyymmdd: string, today: Date): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(year, month - 1, day));
  const chinaToday = new Date(today.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
  return (
    year >= 1900 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    // Compare calendar dates in China time: someone born today in Shandong is born "today".
    `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}` <= chinaToday
  );
}

const refuse = (problem: DocumentProblem, message: string): DocumentCheck => ({
  ok: false,
  problem,
  message,
});

function checkResidentId(field: string, value: string, today: Date): DocumentCheck {
  if (!/^\d{17}[\dX]$/.test(value)) {
    return refuse('FORMAT', `${field} must be 18 characters: 17 digits and a digit or X`);
  }
  if (!isRealDate(value.slice(6, 14), today)) {
    return refuse('BIRTH_DATE', `${field} holds no real birth date (characters 7–14)`);
  }
  if (idCheckCharacter(value.slice(0, 17)) !== value[17]) {
    return refuse('CHECK_CHARACTER', `${field} fails the GB 11643 check digit`);
  }
  return { ok: true, value };
}

/**
 * Normalises and checks a document number as the national system does: spaces stripped,
 * `x` → `X`, and for resident IDs a real birth date and a correct check character.
 */
export function checkDocumentNumber(
  field: string,
  type: DocumentTypeValue,
  raw: string | null | undefined,
  today: Date = new Date(),
): DocumentCheck {
  // Resident IDs and permits: spaces dropped and `x` read as `X`, as the national system does.
  const value = (raw ?? '').replace(/\s+/g, '').toUpperCase();
  if (value === '') return refuse('REQUIRED', `${field} is required`);
  switch (type) {
    case 'MAINLAND_ID_CARD':
      if (/^8[123]/.test(value)) {
        return refuse(
          'PERMIT_NOT_ID_CARD',
          `${field} is a Hong Kong/Macao/Taiwan residence permit: choose that document type`,
        );
      }
      return checkResidentId(field, value, today);
    case 'HONG_KONG_ID':
    case 'MACAO_ID': {
      // Residence permit (81/82 + 16) or mainland travel permit (H/M + 8 or 10 digits).
      const prefix = type === 'HONG_KONG_ID' ? { permit: '81', letter: 'H' } : { permit: '82', letter: 'M' };
      if (value.length === 18) {
        if (!value.startsWith(prefix.permit)) {
          return refuse('PERMIT_PREFIX', `${field}: a residence permit here starts with ${prefix.permit}`);
        }
        return checkResidentId(field, value, today);
      }
      if (new RegExp(`^${prefix.letter}(\\d{8}|\\d{10})$`).test(value)) return { ok: true, value };
      return refuse(
        'FORMAT',
        `${field} must be a residence permit (${prefix.permit}…, 18 characters) or a travel permit (${prefix.letter} + 8 digits)`,
      );
    }
    case 'TAIWAN_ID':
      if (value.length === 18) {
        if (!value.startsWith('83'))
          return refuse('PERMIT_PREFIX', `${field}: a residence permit here starts with 83`);
        return checkResidentId(field, value, today);
      }
      if (/^\d{8}$/.test(value) || /^[A-Z0-9]{10}$/.test(value)) return { ok: true, value };
      return refuse(
        'FORMAT',
        `${field} must be a residence permit (83…) or an 8-digit Taiwan residents' permit`,
      );
    case 'PASSPORT':
    case 'MILITARY_OFFICER_CARD':
    case 'SOLDIER_CARD':
    case 'OTHER': {
      // Kept as given (only trimmed): the national system stores these numbers verbatim.
      const given = (raw ?? '').trim();
      if ([...given].length > 20 || /[\u0000-\u001f]/.test(given)) {
        return refuse('TOO_LONG', `${field} must be at most 20 characters`);
      }
      return { ok: true, value: given };
    }
  }
}

/**
 * The youngest a volunteer may be: 16, China's legal working age (《劳动法》 第十五条). Volunteers here
 * are teachers and staff (教职工), so an ID number that makes someone younger is a mistake or a
 * pupil's. Registering (create, update, roster import) refuses it on the day of registration; the
 * archive export flags a record whose volunteer was younger on the service day.
 */
export const MIN_VOLUNTEER_AGE = 16;

/**
 * Full years of age on a date, both `YYYY-MM-DD`. A birthday counts from the day itself; someone
 * born on 29 February turns a year older on 1 March in other years.
 */
export function ageOn(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** The birth date (`YYYY-MM-DD`) an 18-character resident ID or permit encodes, or null. */
export function birthDateOf(documentNumber: string): string | null {
  const value = documentNumber.replace(/\s+/g, '').toUpperCase();
  if (!/^\d{17}[\dX]$/.test(value)) return null;
  return `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
}

/**
 * Refuses a volunteer younger than MIN_VOLUNTEER_AGE on `today` (China date `YYYY-MM-DD`); `field`
 * stands for the input field (the document number, where the birth date comes from).
 */
export function checkMinimumAge(field: string, birthDate: string | null, today: string): DocumentCheck {
  if (birthDate === null) return { ok: true, value: '' };
  const age = ageOn(birthDate, today);
  if (age >= MIN_VOLUNTEER_AGE) return { ok: true, value: birthDate };
  return {
    ok: false,
    problem: 'UNDER_MINIMUM_AGE',
    message:
      `${field} gives the birth date ${birthDate}: a volunteer must be at least ${MIN_VOLUNTEER_AGE} ` +
      `years old (${age} on ${today})`,
  };
}
