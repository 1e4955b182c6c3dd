import {
  DocumentType,
  idCheckCharacter,
  identityFacts,
  normaliseDocumentNumber,
} from '../../server/src/modules/volunteers/document-number';
import { expectBadInput } from './support/expect-error';

const TODAY = new Date('2019-05-01T00:00:00Z');
const FIELD = 'members[3].documentNumber';
const { MAINLAND_ID_CARD, HONG_KONG_ID, MACAO_ID, TAIWAN_ID, PASSPORT } = DocumentType;

function normalise(type: DocumentType, raw: string | null | undefined, today = TODAY): string {
  return normaliseDocumentNumber(FIELD, type, raw, today);
}

describe('idCheckCharacter (GB 11643-1999)', () => {
  it.each([
    ['11010519491231002', 'X'],
    ['37010219800101001', '5'],
    ['37020219750615002', '2'],
    ['44030419870704331', '2'],
    ['37010220000229002', '0'],
    ['81000019850315002', '5'],
  ])('gives %s the check character %s', (first17, check) => {
    expect(idCheckCharacter(first17)).toBe(check);
  });
});

describe('normaliseDocumentNumber: mainland resident ID', () => {
  it.each([
    '11010519491231002X',
    '370102198001010015',
    '370202197506150022',
    '440304198707043312',
    '370102200002290020',
    '370102190001010019',
  ])('accepts %s unchanged', (id) => {
    expect(normalise(MAINLAND_ID_CARD, id)).toBe(id);
  });

  it.each([
    ['11010519491231002x', '11010519491231002X'],
    [' 110105 19491231 002x ', '11010519491231002X'],
    ['3701 0219 8001 0100 15', '370102198001010015'],
  ])('normalises %j to %s', (raw, id) => {
    expect(normalise(MAINLAND_ID_CARD, raw)).toBe(id);
  });

  it.each([
    ['a wrong check digit', '110105194912310021'],
    ['a wrong check digit', '370102198001010016'],
    ['30 February', '370102199902300014'],
    ['29 February in a common year', '371302199002291230'],
    ['a birth date after today', '37010220991231001X'],
    ['a birth year before 1900', '370102189912310014'],
    ['17 characters', '11010519491231002'],
    ['19 characters', '11010519491231002X1'],
    ['a letter other than X', '11010519491231002A'],
    ['an X before the last place', '1101051949123100X2'],
    ['a leading letter', 'A10105194912310029'],
    ['a Hong Kong residence permit', '810000198503150017'],
    ['nothing', ''],
    ['only spaces', '   '],
  ])('rejects %s (%j) naming the field', (_why, raw) => {
    expectBadInput(() => normalise(MAINLAND_ID_CARD, raw), FIELD);
  });

  it.each([null, undefined])('rejects %s as required', (raw) => {
    expectBadInput(() => normalise(MAINLAND_ID_CARD, raw), FIELD);
  });

  it('judges "in the future" against the injected today', () => {
    const bornOnSecondOfMay = '370102201905020018';
    expect(normalise(MAINLAND_ID_CARD, '370102201905010012')).toBe('370102201905010012');
    expectBadInput(() => normalise(MAINLAND_ID_CARD, bornOnSecondOfMay), FIELD);
    expect(normalise(MAINLAND_ID_CARD, bornOnSecondOfMay, new Date('2019-05-02T00:00:00Z'))).toBe(
      bornOnSecondOfMay,
    );
  });
});

describe('normaliseDocumentNumber: Hong Kong, Macao and Taiwan', () => {
  it.each([
    [HONG_KONG_ID, '810000198503150017', '810000198503150017'],
    [HONG_KONG_ID, 'H12345678', 'H12345678'],
    [HONG_KONG_ID, 'h 1234 5678', 'H12345678'],
    [HONG_KONG_ID, 'H1234567890', 'H1234567890'],
    [MACAO_ID, '820000197001010038', '820000197001010038'],
    [MACAO_ID, 'M12345678', 'M12345678'],
    [TAIWAN_ID, '830000200001010042', '830000200001010042'],
    [TAIWAN_ID, '12345678', '12345678'],
  ])('%s accepts %j as %s', (type, raw, expected) => {
    expect(normalise(type, raw)).toBe(expected);
  });

  it.each([
    [HONG_KONG_ID, '820000197001010038', 'a Macao permit prefix'],
    [HONG_KONG_ID, '810000198503150018', 'a wrong check digit'],
    [HONG_KONG_ID, '810000199902300013', 'an impossible birth date'],
    [HONG_KONG_ID, 'M12345678', 'the Macao letter'],
    [HONG_KONG_ID, 'H1234567', 'H + 7 digits'],
    [HONG_KONG_ID, 'H123456789', 'H + 9 digits'],
    [HONG_KONG_ID, '12345678', 'no letter'],
    [MACAO_ID, '810000198503150017', 'a Hong Kong permit prefix'],
    [MACAO_ID, 'H12345678', 'the Hong Kong letter'],
    [TAIWAN_ID, '810000198503150017', 'a Hong Kong permit prefix'],
    [TAIWAN_ID, '830000198503150011', 'a wrong check digit'],
    [TAIWAN_ID, '1234567', '7 digits'],
    [TAIWAN_ID, '123456789', '9 digits'],
  ])('%s rejects %s (%s)', (type, raw) => {
    expectBadInput(() => normalise(type, raw), FIELD);
  });
});

describe('normaliseDocumentNumber: passport', () => {
  it.each(['E12345678', 'G1234567', '12345678901234567890'])('accepts %s', (raw) => {
    expect(normalise(PASSPORT, raw)).toBe(raw);
  });

  it('rejects 21 characters', () => {
    expectBadInput(() => normalise(PASSPORT, '123456789012345678901'), FIELD);
  });
});

describe('identityFacts', () => {
  it.each([
    ['11010519491231002X', '1949-12-31', 'FEMALE'],
    ['370102198001010015', '1980-01-01', 'MALE'],
    ['370202197506150022', '1975-06-15', 'FEMALE'],
    ['440304198707043312', '1987-07-04', 'MALE'],
    ['810000198503150017', '1985-03-15', 'MALE'],
  ])('reads %s as born %s, %s', (id, birthDate, gender) => {
    expect(identityFacts(id)).toEqual({ birthDate, gender });
  });
});
