import { ServiceCategory } from '../../server/src/modules/code-lists/service-category';
import { DocumentType } from '../../server/src/modules/volunteers/document-number';
import { Gender, Honour, VolunteerRole } from '../../server/src/modules/volunteers/volunteer.entity';
import {
  checkAvailability,
  normaliseVolunteer,
  type VolunteerFieldsInput,
} from '../../server/src/modules/volunteers/volunteer.rules';
import { expectBadInput } from './support/expect-error';

const TODAY = new Date('2019-05-01T04:00:00Z');
const MALE_ID = '370102198001010015';
const FEMALE_ID = '370202197506150022';

const base: VolunteerFieldsInput = {
  name: '张伟',
  documentNumber: MALE_ID,
  mobile: '13800138000',
  homeAreaCode: '370102',
};

function normalise(overrides: Partial<VolunteerFieldsInput>, today = TODAY) {
  return normaliseVolunteer({ ...base, ...overrides }, today);
}

describe('normaliseVolunteer: identity', () => {
  it('reads gender and birth date from a resident ID and fills the defaults', () => {
    expect(normalise({})).toEqual({
      name: '张伟',
      gender: Gender.MALE,
      birthDate: '1980-01-01',
      documentType: DocumentType.MAINLAND_ID_CARD,
      documentNumber: MALE_ID,
      mobile: '13800138000',
      role: VolunteerRole.VOLUNTEER,
      title: null,
      honours: [],
      serviceCategories: [],
      skills: [],
      subjects: [],
      homeAreaCode: '370102',
      homeLatitude: null,
      homeLongitude: null,
      safetyTrainedOn: null,
      nationalVolunteerNumber: null,
    });
  });

  it.each([
    [MALE_ID, undefined, Gender.MALE],
    [MALE_ID, Gender.MALE, Gender.MALE],
    [FEMALE_ID, null, Gender.FEMALE],
    [FEMALE_ID, Gender.FEMALE, Gender.FEMALE],
  ])('ID %s with gender %s gives %s', (documentNumber, gender, expected) => {
    expect(normalise({ documentNumber, gender }).gender).toBe(expected);
  });

  it.each([
    [MALE_ID, Gender.FEMALE],
    [FEMALE_ID, Gender.MALE],
  ])('rejects ID %s given as %s with field gender', (documentNumber, gender) => {
    expectBadInput(() => normalise({ documentNumber, gender }), 'gender');
  });

  it('takes the given gender for a passport, with no birth date', () => {
    const volunteer = normalise({
      documentType: DocumentType.PASSPORT,
      documentNumber: 'E12345678',
      gender: Gender.FEMALE,
    });
    expect(volunteer).toMatchObject({ gender: Gender.FEMALE, birthDate: null, documentNumber: 'E12345678' });
  });

  it('requires a gender for a document that does not encode one', () => {
    expectBadInput(
      () => normalise({ documentType: DocumentType.HONG_KONG_ID, documentNumber: 'H12345678' }),
      'gender',
    );
  });

  it('reads gender from a Hong Kong residence permit', () => {
    const volunteer = normalise({
      documentType: DocumentType.HONG_KONG_ID,
      documentNumber: '810000198503150017',
    });
    expect(volunteer).toMatchObject({ gender: Gender.MALE, birthDate: '1985-03-15' });
  });

  it('rejects a bad document number with field documentNumber', () => {
    expectBadInput(() => normalise({ documentNumber: '370102198001010016' }), 'documentNumber');
  });
});

describe('normaliseVolunteer: mobile', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['138 0013 8000', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['19912345678', '19912345678'],
  ])('accepts %j as %s', (mobile, expected) => {
    expect(normalise({ mobile }).mobile).toBe(expected);
  });

  it.each(['12800138000', '10800138000', '1380013800', '138001380001', '+8613800138000', '1380013800a', ''])(
    'rejects %j with field mobile',
    (mobile) => {
      expectBadInput(() => normalise({ mobile }), 'mobile');
    },
  );
});

describe('normaliseVolunteer: name', () => {
  it.each([
    ['张伟', '张伟'],
    ['阿依古丽·买买提', '阿依古丽·买买提'],
    ['阿依古丽•买买提', '阿依古丽·买买提'],
    ['阿依古丽.买买提', '阿依古丽·买买提'],
    ['John Smith', 'John Smith'],
    ['Mary Ann Lee', 'Mary Ann Lee'],
    ['  李娜 ', '李娜'],
  ])('accepts %j as %s', (name, expected) => {
    expect(normalise({ name }).name).toBe(expected);
  });

  it.each([
    '张伟2',
    'John2',
    'John  Smith',
    '张San',
    'Zhang伟',
    '张 伟',
    '·张伟',
    '张伟·',
    '张··伟',
    '',
    '   ',
  ])('rejects %j with field name', (name) => {
    expectBadInput(() => normalise({ name }), 'name');
  });
});

describe('normaliseVolunteer: lists', () => {
  it('keeps distinct honours and service categories', () => {
    const volunteer = normalise({
      honours: [Honour.MODEL_WORKER, Honour.ADVANCED_WORKER],
      serviceCategories: [ServiceCategory.TUTORING, ServiceCategory.SAFETY_TALK],
    });
    expect(volunteer.honours).toEqual([Honour.MODEL_WORKER, Honour.ADVANCED_WORKER]);
    expect(volunteer.serviceCategories).toEqual([ServiceCategory.TUTORING, ServiceCategory.SAFETY_TALK]);
  });

  it.each([
    ['honours', { honours: [Honour.MODEL_WORKER, Honour.MODEL_WORKER] }],
    [
      'serviceCategories',
      { serviceCategories: [ServiceCategory.TUTORING, ServiceCategory.CULTURE, ServiceCategory.TUTORING] },
    ],
  ])('rejects a duplicate with field %s', (field, overrides) => {
    expectBadInput(() => normalise(overrides), field);
  });
});

describe('normaliseVolunteer: coordinates', () => {
  it.each([
    [{ homeLatitude: 36.65 }, 'homeLongitude'],
    [{ homeLatitude: 0, homeLongitude: null }, 'homeLongitude'],
    [{ homeLongitude: 117.12 }, 'homeLatitude'],
    [{ homeLatitude: null, homeLongitude: 0 }, 'homeLatitude'],
  ])('rejects %j with field %s', (overrides, field) => {
    expectBadInput(() => normalise(overrides), field);
  });

  it.each([
    [36.65, 117.12],
    [0, 0],
  ])('keeps the pair %s, %s', (homeLatitude, homeLongitude) => {
    expect(normalise({ homeLatitude, homeLongitude })).toMatchObject({ homeLatitude, homeLongitude });
  });
});

describe('normaliseVolunteer: safety training date', () => {
  const lateEvening = new Date('2019-05-01T16:30:00Z');

  it('accepts today in China time', () => {
    expect(normalise({ safetyTrainedOn: '2019-05-02' }, lateEvening).safetyTrainedOn).toBe('2019-05-02');
  });

  it.each([
    ['2019-05-03', lateEvening],
    ['2019-05-02', TODAY],
  ])('rejects %s when now is %s', (safetyTrainedOn, today) => {
    expectBadInput(() => normalise({ safetyTrainedOn }, today), 'safetyTrainedOn');
  });
});

describe('normaliseVolunteer: title length', () => {
  it.each([
    ['50 Latin letters', 'a'.repeat(50)],
    ['50 astral characters (100 UTF-16 units)', '𠮷'.repeat(50)],
  ])('accepts %s', (_what, title) => {
    expect(normalise({ title }).title).toBe(title);
  });

  it.each([
    ['51 Latin letters', 'a'.repeat(51)],
    ['51 astral characters', '𠮷'.repeat(51)],
  ])('rejects %s with field title', (_what, title) => {
    expectBadInput(() => normalise({ title }), 'title');
  });
});

describe('checkAvailability', () => {
  const at = (iso: string) => new Date(iso);
  const good = { startsAt: at('2019-05-04T01:00:00Z'), endsAt: at('2019-05-04T05:00:00Z') };

  it('accepts windows that each end after they start', () => {
    expect(() => checkAvailability([good, good])).not.toThrow();
  });

  it.each([
    ['ends before it starts', { startsAt: at('2019-05-05T05:00:00Z'), endsAt: at('2019-05-05T01:00:00Z') }],
    ['ends when it starts', { startsAt: at('2019-05-05T05:00:00Z'), endsAt: at('2019-05-05T05:00:00Z') }],
  ])('rejects a second window that %s with field availability[1].endsAt', (_why, bad) => {
    expectBadInput(() => checkAvailability([good, bad]), 'availability[1].endsAt');
  });
});
