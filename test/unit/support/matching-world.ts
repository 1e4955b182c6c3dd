import { ServiceCategory } from '../../../server/src/modules/code-lists/service-category';
import type { Candidate } from '../../../server/src/modules/matching/matching-data';

export const HOUR = 3_600_000;
export const DAY0 = Date.UTC(2019, 6, 1);

/** A small seeded random generator, so every random world can be rebuilt from its number. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A trained, active tutor near Jinan, free from the day before DAY0 for a month. */
export function person(id: number, overrides: Partial<Candidate> = {}): Candidate {
  return {
    id,
    unitId: 1,
    isCadre: false,
    serviceCategories: [ServiceCategory.TUTORING],
    skills: new Set(),
    hasHonour: false,
    latitude: 36.6,
    longitude: 117,
    windows: [[DAY0 - 24 * HOUR, DAY0 + 30 * 24 * HOUR]],
    load: 0,
    active: true,
    safetyTrainedOn: '2019-03-20',
    ...overrides,
  };
}
