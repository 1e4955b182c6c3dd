import { BadInputError, ErrorCode } from '../../core/errors';
import { chinaToday } from '../../core/time';
import {
  normaliseMobile,
  normalisePersonName,
  optionalText,
  requireAreaCode,
  requireDateInBounds,
  requireInstantInBounds,
  requireNumberInRange,
  requireOrder,
  uniqueValues,
} from '../../core/validate';
import type { ServiceCategory } from '../code-lists/service-category';
import {
  carriesIdentityFacts,
  DocumentType,
  identityFacts,
  normaliseDocumentNumber,
} from './document-number';
import { checkMinimumAge } from './document-check';
import { Gender, type Honour, VolunteerRole } from './volunteer.entity';
import type { AvailabilityWindowInput } from './volunteer.inputs';

/** A volunteer's fields after every rule has been applied; what gets written. */
export interface VolunteerFields {
  name: string;
  gender: Gender;
  birthDate: string | null;
  documentType: DocumentType;
  documentNumber: string;
  mobile: string;
  role: VolunteerRole;
  title: string | null;
  honours: Honour[];
  serviceCategories: ServiceCategory[];
  skills: string[];
  subjects: string[];
  homeAreaCode: string;
  homeLatitude: number | null;
  homeLongitude: number | null;
  safetyTrainedOn: string | null;
  nationalVolunteerNumber: string | null;
}

export type VolunteerFieldsInput = Partial<Omit<VolunteerFields, 'birthDate' | 'gender'>> & {
  gender?: Gender | null;
};

const MAX_TAGS = 20;
const MAX_WINDOWS = 50;

/**
 * Checks and normalises a whole volunteer (pure: no database), so the API, the CLI and the
 * seeders apply exactly the same rules. `today` is injectable for tests.
 */
export function normaliseVolunteer(input: VolunteerFieldsInput, today: Date = new Date()): VolunteerFields {
  const name = normalisePersonName('name', input.name);
  const documentType = input.documentType ?? DocumentType.MAINLAND_ID_CARD;
  const documentNumber = normaliseDocumentNumber('documentNumber', documentType, input.documentNumber, today);
  let gender = input.gender ?? null;
  let birthDate: string | null = null;
  if (carriesIdentityFacts(documentType, documentNumber)) {
    const facts = identityFacts(documentNumber);
    birthDate = facts.birthDate;
    if (gender && gender !== facts.gender) {
      throw new BadInputError('gender', 'gender does not match the one the document number encodes');
    }
    gender = facts.gender as Gender;
  }
  // Volunteers are teachers and staff: no one under the legal working age (document-check.ts).
  const old = checkMinimumAge('documentNumber', birthDate, chinaToday(today));
  if (!old.ok) {
    throw new BadInputError('documentNumber', old.message, ErrorCode.VOLUNTEER_UNDER_MINIMUM_AGE);
  }
  if (!gender) throw new BadInputError('gender', 'gender is required for this document type');

  const hasLatitude = input.homeLatitude !== null && input.homeLatitude !== undefined;
  const hasLongitude = input.homeLongitude !== null && input.homeLongitude !== undefined;
  if (hasLatitude !== hasLongitude) {
    throw new BadInputError(
      hasLatitude ? 'homeLongitude' : 'homeLatitude',
      'give both coordinates or neither',
    );
  }
  const safetyTrainedOn = input.safetyTrainedOn ?? null;
  if (safetyTrainedOn && safetyTrainedOn > chinaToday(today)) {
    throw new BadInputError('safetyTrainedOn', 'safetyTrainedOn cannot be in the future');
  }
  requireDateInBounds('safetyTrainedOn', safetyTrainedOn);

  return {
    name,
    gender,
    birthDate,
    documentType,
    documentNumber,
    mobile: normaliseMobile('mobile', input.mobile),
    role: input.role ?? VolunteerRole.VOLUNTEER,
    title: optionalText('title', input.title, { max: 50 }),
    honours: uniqueValues('honours', input.honours ?? []),
    serviceCategories: uniqueValues('serviceCategories', input.serviceCategories ?? []),
    skills: tags('skills', input.skills ?? []),
    subjects: tags('subjects', input.subjects ?? []),
    homeAreaCode: requireAreaCode('homeAreaCode', input.homeAreaCode),
    homeLatitude: hasLatitude
      ? requireNumberInRange('homeLatitude', input.homeLatitude, { min: -90, max: 90 })
      : null,
    homeLongitude: hasLongitude
      ? requireNumberInRange('homeLongitude', input.homeLongitude, { min: -180, max: 180 })
      : null,
    safetyTrainedOn,
    nationalVolunteerNumber: optionalText('nationalVolunteerNumber', input.nationalVolunteerNumber, {
      max: 32,
      pattern: /^[A-Za-z0-9-]+$/,
      patternMessage: 'nationalVolunteerNumber may hold only letters, digits and hyphens',
    }),
  };
}

function tags(field: string, values: readonly string[]): string[] {
  if (values.length > MAX_TAGS)
    throw new BadInputError(field, `${field} may list at most ${MAX_TAGS} entries`);
  const cleaned = values.map((value, i) => {
    const text = optionalText(`${field}[${i}]`, value, { max: 30 });
    if (text === null) throw new BadInputError(`${field}[${i}]`, `${field}[${i}] is empty`);
    return text;
  });
  return uniqueValues(field, cleaned);
}

export function checkAvailability(windows: readonly AvailabilityWindowInput[]): void {
  if (windows.length > MAX_WINDOWS) {
    throw new BadInputError('availability', `availability may list at most ${MAX_WINDOWS} windows`);
  }
  windows.forEach((window, i) => {
    requireInstantInBounds(`availability[${i}].startsAt`, window.startsAt);
    requireInstantInBounds(`availability[${i}].endsAt`, window.endsAt);
    requireOrder(`availability[${i}].startsAt`, `availability[${i}].endsAt`, window.startsAt, window.endsAt);
  });
}

/** The stable external key of a volunteer, derived from the row id. */
export function volunteerNumberFor(id: number): string {
  return `V${String(id).padStart(8, '0')}`;
}
