import { registerEnumType } from 'type-graphql';
import { BadInputError } from '../../core/errors';
import { checkDocumentNumber, idCheckCharacter } from './document-check';

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

export { idCheckCharacter };

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

/**
 * Normalises and checks a document number as the national system does: spaces stripped,
 * `x` → `X`, and for resident IDs a real birth date and a correct check character. The rule
 * itself is document-check.ts, which the web console shares.
 */
export function normaliseDocumentNumber(
  field: string,
  type: DocumentType,
  raw: string | null | undefined,
  today: Date = new Date(),
): string {
  const checked = checkDocumentNumber(field, type, raw, today);
  if (!checked.ok) throw new BadInputError(field, checked.message);
  return checked.value;
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
