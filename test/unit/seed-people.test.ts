import { normalisePersonName, MOBILE_PATTERN } from '../../server/src/core/validate';
import {
  DocumentType,
  identityFacts,
  normaliseDocumentNumber,
} from '../../server/src/modules/volunteers/document-number';
import { MINORITY_FULL_NAMES } from '../../seeds/data/people';
import { Random } from '../../seeds/random';
import { SyntheticPeople } from '../../seeds/synthetic-people';

const COUNT = 2000;
const AREA_CODES = ['370102', '371721', '370202'];
type Gender = 'MALE' | 'FEMALE';

function generate(seed: number) {
  const people = new SyntheticPeople(new Random(seed));
  return Array.from({ length: COUNT }, (_, i) => {
    const gender: Gender = i % 2 === 0 ? 'MALE' : 'FEMALE';
    const areaCode = AREA_CODES[i % AREA_CODES.length]!;
    return {
      gender,
      areaCode,
      id: people.residentId(areaCode, gender),
      name: people.name(gender),
      mobile: people.mobile(),
    };
  });
}

describe('SyntheticPeople', () => {
  const generated = generate(2019);

  it('makes resident IDs that pass the mainland ID rules unchanged', () => {
    const rejected = generated.filter(({ id }) => {
      try {
        return normaliseDocumentNumber('documentNumber', DocumentType.MAINLAND_ID_CARD, id) !== id;
      } catch {
        return true;
      }
    });
    expect(rejected).toEqual([]);
  });

  it('never repeats a resident ID', () => {
    expect(new Set(generated.map((p) => p.id)).size).toBe(COUNT);
  });

  it('starts each ID with the requested area code and encodes the requested gender', () => {
    const wrong = generated.filter(
      ({ id, areaCode, gender }) => !id.startsWith(areaCode) || identityFacts(id).gender !== gender,
    );
    expect(wrong).toEqual([]);
  });

  it('keeps birth years within the default range 1963–1998', () => {
    const years = generated.map(({ id }) => Number(identityFacts(id).birthDate.slice(0, 4)));
    expect(Math.min(...years)).toBeGreaterThanOrEqual(1963);
    expect(Math.max(...years)).toBeLessThanOrEqual(1998);
  });

  it('honours an explicit birth-year range', () => {
    const people = new SyntheticPeople(new Random(7));
    const ids = Array.from({ length: 50 }, () => people.residentId('370102', 'FEMALE', 1990, 1990));
    expect(ids.every((id) => id.slice(6, 10) === '1990')).toBe(true);
  });

  it('makes names that pass the name rule unchanged', () => {
    const rejected = generated.filter(({ name }) => {
      try {
        return normalisePersonName('name', name) !== name;
      } catch {
        return true;
      }
    });
    expect(rejected).toEqual([]);
  });

  it.each(MINORITY_FULL_NAMES)('uses the minority name %s, which passes the name rule', (name) => {
    expect(normalisePersonName('name', name)).toBe(name);
  });

  it('makes mobiles that match the mobile rule', () => {
    expect(generated.filter(({ mobile }) => !MOBILE_PATTERN.test(mobile))).toEqual([]);
  });

  it('gives the same people for the same seed and different people for another', () => {
    expect(generate(2019)).toEqual(generated);
    expect(generate(2020)).not.toEqual(generated);
  });
});

describe('Random', () => {
  it('repeats its stream for the same seed', () => {
    const a = new Random(42);
    const b = new Random(42);
    const draws = Array.from({ length: 100 }, () => [a.next(), b.next()]);
    expect(draws.every(([x, y]) => x === y)).toBe(true);
    expect(draws.every(([x]) => x! >= 0 && x! < 1)).toBe(true);
  });

  it('draws integers inside the inclusive range and reaches both ends', () => {
    const random = new Random(1);
    const values = new Set(Array.from({ length: 1000 }, () => random.int(3, 7)));
    expect([...values].sort()).toEqual([3, 4, 5, 6, 7]);
  });
});
