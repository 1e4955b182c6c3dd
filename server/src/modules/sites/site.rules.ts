import { BadInputError } from '../../core/errors';
import {
  optionalPhone,
  optionalText,
  requireAreaCode,
  requireDateInBounds,
  requireInt,
  requireNumberInRange,
  requireText,
} from '../../core/validate';
import type { SiteKind } from './site.entity';

export interface SiteFields {
  name: string;
  kind: SiteKind;
  areaCode: string;
  cityCode: string;
  address: string | null;
  latitude: number;
  longitude: number;
  peopleServed: number;
  contactName: string | null;
  contactPhone: string | null;
  isLongTermBase: boolean;
  longTermBaseSince: string | null;
  description: string | null;
}

export type SiteFieldsInput = Partial<Omit<SiteFields, 'cityCode' | 'isLongTermBase'>>;

/** Checks a whole site (pure), shared by the API and the seeders. */
export function normaliseSite(input: SiteFieldsInput): SiteFields {
  const areaCode = requireAreaCode('areaCode', input.areaCode);
  if (areaCode.endsWith('00')) {
    throw new BadInputError('areaCode', 'areaCode must name a county or district, not a whole city');
  }
  if (!input.kind) throw new BadInputError('kind', 'kind is required');
  return {
    name: requireText('name', input.name, { max: 100 }),
    kind: input.kind,
    areaCode,
    cityCode: `${areaCode.slice(0, 4)}00`,
    address: optionalText('address', input.address, { max: 200 }),
    latitude: requireNumberInRange('latitude', input.latitude, { min: -90, max: 90 }),
    longitude: requireNumberInRange('longitude', input.longitude, { min: -180, max: 180 }),
    peopleServed: requireInt('peopleServed', input.peopleServed ?? 0, { min: 0, max: 10_000_000 }),
    contactName: optionalText('contactName', input.contactName, { max: 50 }),
    contactPhone: optionalPhone('contactPhone', input.contactPhone),
    isLongTermBase: Boolean(input.longTermBaseSince),
    longTermBaseSince: requireDateInBounds('longTermBaseSince', input.longTermBaseSince ?? null),
    description: optionalText('description', input.description, { max: 2000, multiline: true }),
  };
}
