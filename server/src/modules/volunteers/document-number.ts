import { registerEnumType } from 'type-graphql';
import { BadInputError } from '../../core/errors';
import { chinaDate } from '../../core/time';

/** 证件类型, with the national volunteer system's codes (ARCHIVE_FORMAT.md). */
export enum DocumentType {
  MAINLAND_ID_CARD = 'MAINLAND_ID_CARD',
  HONG_KONG_ID = 'HONG_KONG_ID',
  MACAO_ID = 'MACAO_ID',
  TAIWAN_ID = 'TAIWAN_ID',
  PASSPORT = 'PASSPORT',
  MILITARY_OFFICER_CARD = 'MILITARY_OFFICER_CARD',
  SOLDIER_CARD = 'SOLDIER_CARD',
  OTHER = 'OTHER',
}

export const DOCUMENT_TYPE_CODES: Readonly<Record<DocumentType, { code: string; label: string }>> = {
  MAINLAND_ID_CARD: { code: '01', label: '内地居民身份证' },
  HONG_KONG_ID: { code: '02', label: '香港居民身份证' },
  MACAO_ID: { code: '03', label: '澳门居民身份证' },
  TAIWAN_ID: { code: '04', label: '台湾居民身份证' },
  PASSPORT: { code: '05', label: '护照' },
  MILITARY_OFFICER_CARD: { code: '06', label: '军官证' },
  SOLDIER_CARD: { code: '07', label: '士兵证' },
  OTHER: { code: '99', label: '其他' },
};

registerEnumType(DocumentType, {
  name: 'DocumentType',
  description: '证件类型 (national codes 01–07, 99).',
  valuesConfig: Object.fromEntries(
    Object.entries(DOCUMENT_TYPE_CODES).map(([k, v]) => [k, { description: `${v.code} ${v.label}` }]),
  ),
});

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/** The GB 11643-1999 check character for the first 17 digits. */
export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARACTERS[sum % 11]!;
}

export interface IdentityFacts {
  birthDate: string;
  gender: 'MALE' | 'FEMALE';
}

/** Birth date and gender read from an 18-character resident ID (GB 11643). */
export function identityFacts(idNumber: string): IdentityFacts {
  const birth = idNumber.slice(6, 14);
  return {
    birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`,
    gender: Number(idNumber[16]) % 2 === 1 ? 'MALE' : 'FEMALE',
  };
}

function isRealDate(yyyymmdd: string, today: Date): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1900 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    // Compare calendar dates in China time: someone born today in Shandong is born "today".
    `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}` <= chinaDate(today)
  );
}

function checkResidentId(field: string, value: string, today: Date): string {
  if (!/^\d{17}[\dX]$/.test(value)) {
    throw new BadInputError(field, `${field} must be 18 characters: 17 digits and a digit or X`);
  }
  if (!isRealDate(value.slice(6, 14), today)) {
    throw new BadInputError(field, `${field} holds no real birth date (characters 7–14)`);
  }
  if (idCheckCharacter(value.slice(0, 17)) !== value[17]) {
    throw new BadInputError(field, `${field} fails the GB 11643 check digit`);
  }
  return value;
}

/**
 * Normalises and checks a document number as the national system does: spaces stripped,
 * `x` → `X`, and for resident IDs a real birth date and a correct check character.
 */
export function normaliseDocumentNumber(
  field: string,
  type: DocumentType,
  raw: string | null | undefined,
  today: Date = new Date(),
): string {
  // Resident IDs and permits: spaces dropped and `x` read as `X`, as the national system does.
  const value = (raw ?? '').replace(/\s+/g, '').toUpperCase();
  if (value === '') throw new BadInputError(field, `${field} is required`);
  switch (type) {
    case DocumentType.MAINLAND_ID_CARD:
      if (/^8[123]/.test(value)) {
        throw new BadInputError(
          field,
          `${field} is a Hong Kong/Macao/Taiwan residence permit: choose that document type`,
        );
      }
      return checkResidentId(field, value, today);
    case DocumentType.HONG_KONG_ID:
    case DocumentType.MACAO_ID: {
      // Residence permit (81/82 + 16) or mainland travel permit (H/M + 8 or 10 digits).
      const prefix =
        type === DocumentType.HONG_KONG_ID ? { permit: '81', letter: 'H' } : { permit: '82', letter: 'M' };
      if (value.length === 18) {
        if (!value.startsWith(prefix.permit)) {
          throw new BadInputError(field, `${field}: a residence permit here starts with ${prefix.permit}`);
        }
        return checkResidentId(field, value, today);
      }
      if (new RegExp(`^${prefix.letter}(\\d{8}|\\d{10})$`).test(value)) return value;
      throw new BadInputError(
        field,
        `${field} must be a residence permit (${prefix.permit}…, 18 characters) or a travel permit (${prefix.letter} + 8 digits)`,
      );
    }
    case DocumentType.TAIWAN_ID:
      if (value.length === 18) {
        if (!value.startsWith('83'))
          throw new BadInputError(field, `${field}: a residence permit here starts with 83`);
        return checkResidentId(field, value, today);
      }
      if (/^\d{8}$/.test(value) || /^[A-Z0-9]{10}$/.test(value)) return value;
      throw new BadInputError(
        field,
        `${field} must be a residence permit (83…) or an 8-digit Taiwan residents' permit`,
      );
    case DocumentType.PASSPORT:
    case DocumentType.MILITARY_OFFICER_CARD:
    case DocumentType.SOLDIER_CARD:
    case DocumentType.OTHER: {
      // Kept as given (only trimmed): the national system stores these numbers verbatim.
      const given = (raw ?? '').trim();
      if ([...given].length > 20 || /[\u0000-\u001f]/.test(given)) {
        throw new BadInputError(field, `${field} must be at most 20 characters`);
      }
      return given;
    }
  }
}

/** True for document types whose number carries a birth date and gender. */
export function carriesIdentityFacts(type: DocumentType, number: string): boolean {
  const residentIdTypes = [
    DocumentType.MAINLAND_ID_CARD,
    DocumentType.HONG_KONG_ID,
    DocumentType.MACAO_ID,
    DocumentType.TAIWAN_ID,
  ];
  return residentIdTypes.includes(type) && number.length === 18;
}
