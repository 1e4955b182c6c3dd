import { BadInputError } from '../../server/src/core/errors';
import { ServiceCategory } from '../../server/src/modules/code-lists/service-category';
import { DEFAULT_WEIGHTS, resolveWeights } from '../../server/src/modules/matching/matching-weights';
import { availabilityOverlap } from '../../server/src/modules/volunteers/availability';
import {
  haversineKm,
  scorePair,
  withRoundedDistance,
  type NeedFacts,
  type VolunteerFacts,
} from '../../server/src/modules/matching/scoring';

const HOUR = 3_600_000;
const T0 = Date.UTC(2019, 6, 10, 0);

const need: NeedFacts = {
  id: 1,
  category: ServiceCategory.TUTORING,
  requiredSkills: ['课后辅导', '阅读指导'],
  startsAt: T0,
  endsAt: T0 + 8 * HOUR,
  latitude: 35.233,
  longitude: 115.481,
  pairedUnitIds: new Set([7]),
};

function volunteer(overrides: Partial<VolunteerFacts> = {}): VolunteerFacts {
  return {
    id: 1,
    unitId: 7,
    isCadre: false,
    serviceCategories: [ServiceCategory.TUTORING],
    skills: new Set(['课后辅导', '阅读指导']),
    hasHonour: false,
    latitude: 35.233,
    longitude: 115.481,
    windows: [[T0, T0 + 8 * HOUR]],
    load: 0,
    ...overrides,
  };
}

describe('scorePair', () => {
  it('gives a perfect, local, available, paired, unloaded volunteer every part in full but the honour', () => {
    const score = scorePair(volunteer(), need, DEFAULT_WEIGHTS);
    expect(score.parts).toEqual({ skill: 1, availability: 1, distance: 1, pairing: 1, load: 1, honour: 0 });
    expect(score.total).toBeCloseTo(1 - DEFAULT_WEIGHTS.honour, 10);
    expect(score.distanceKm).toBe(0);
  });

  it.each([
    ['half the required skills', { skills: new Set(['课后辅导']) }, 'skill', 0.75],
    [
      'another category only',
      { serviceCategories: [ServiceCategory.CULTURE], skills: new Set<string>() },
      'skill',
      0,
    ],
    [
      'available for half the window',
      { windows: [[T0, T0 + 4 * HOUR]] as [number, number][] },
      'availability',
      0.5,
    ],
    ['an unpaired unit', { unitId: 8 }, 'pairing', 0],
    ['three assignments already this campaign', { load: 3 }, 'load', 0.25],
    ['an honour', { hasHonour: true }, 'honour', 1],
    ['no home coordinates', { latitude: null, longitude: null }, 'distance', 0.5],
  ] as const)('scores %s', (_label, overrides, part, expected) => {
    expect(
      scorePair(volunteer(overrides as Partial<VolunteerFacts>), need, DEFAULT_WEIGHTS).parts[part],
    ).toBeCloseTo(expected, 10);
  });

  it('lets distance fall to 0 at the horizon and weighs the parts by the weights given', () => {
    const far = volunteer({ latitude: 38.0, longitude: 120.0 });
    expect(scorePair(far, need, DEFAULT_WEIGHTS).parts.distance).toBe(0);
    const onlyDistance = resolveWeights({
      skill: 0,
      availability: 0,
      distance: 1,
      pairing: 0,
      load: 0,
      honour: 0,
    });
    expect(scorePair(far, need, onlyDistance).total).toBe(0);
    expect(scorePair(volunteer(), need, onlyDistance).total).toBe(1);
  });
});

describe('availabilityOverlap', () => {
  it('counts overlapping windows once and ignores time outside the need', () => {
    const windows: [number, number][] = [
      [T0 - 2 * HOUR, T0 + 2 * HOUR],
      [T0 + HOUR, T0 + 3 * HOUR],
      [T0 + 6 * HOUR, T0 + 12 * HOUR],
    ];
    expect(availabilityOverlap(windows, T0, T0 + 8 * HOUR)).toBeCloseTo(5 / 8, 10);
    expect(availabilityOverlap([], T0, T0 + HOUR)).toBe(0);
  });
});

describe('haversineKm', () => {
  it('measures Jinan to Heze at about 190 km and a point to itself at 0', () => {
    expect(haversineKm(36.651, 117.12, 35.233, 115.481)).toBeGreaterThan(180);
    expect(haversineKm(36.651, 117.12, 35.233, 115.481)).toBeLessThan(230);
    expect(haversineKm(36.651, 117.12, 36.651, 117.12)).toBe(0);
  });
});

describe('resolveWeights', () => {
  it('fills omitted weights from the base and rejects out-of-range or all-zero weights', () => {
    expect(resolveWeights({ load: 0.5 })).toEqual({ ...DEFAULT_WEIGHTS, load: 0.5 });
    expect(() => resolveWeights({ skill: 1.5 })).toThrow(BadInputError);
    expect(() => resolveWeights({ skill: -0.1 })).toThrow(/weights.skill/);
    expect(() =>
      resolveWeights({ skill: 0, availability: 0, distance: 0, pairing: 0, load: 0, honour: 0 }),
    ).toThrow(/at least one weight/);
  });
});

describe('withRoundedDistance', () => {
  it('shows whole km, and the distance part and total worked out from them', () => {
    const exact = scorePair(volunteer({ latitude: 36.1234, longitude: 117.0123 }), need, DEFAULT_WEIGHTS);
    expect(Number.isInteger(exact.distanceKm)).toBe(false);
    const shown = withRoundedDistance(exact, DEFAULT_WEIGHTS);
    expect(shown.distanceKm).toBe(Math.round(exact.distanceKm!));
    expect(shown.parts).toEqual({ ...exact.parts, distance: 1 - shown.distanceKm! / 300 });
    // The total gives nothing finer back: it is the score of a home exactly that many km away.
    const sum = Object.values(DEFAULT_WEIGHTS).reduce((a, b) => a + b, 0);
    const expected =
      (Object.keys(shown.parts) as (keyof typeof shown.parts)[]).reduce(
        (total, key) => total + shown.parts[key] * DEFAULT_WEIGHTS[key],
        0,
      ) / sum;
    expect(shown.total).toBeCloseTo(expected, 12);
    expect(shown.total).not.toBe(exact.total);
  });

  it('leaves an unknown distance as it is', () => {
    const unknown = scorePair(volunteer({ latitude: null, longitude: null }), need, DEFAULT_WEIGHTS);
    expect(withRoundedDistance(unknown, DEFAULT_WEIGHTS)).toBe(unknown);
  });
});
