import { exclusionsFor, type AssignmentHistory } from '../../server/src/modules/assignments/assignment.rules';
import { ServiceCategory } from '../../server/src/modules/code-lists/service-category';
import type { Candidate, OpenNeed } from '../../server/src/modules/matching/matching-data';
import { DEFAULT_WEIGHTS } from '../../server/src/modules/matching/matching-weights';
import { planAssignments, type PlanInput } from '../../server/src/modules/matching/planner';
import { scorePair } from '../../server/src/modules/matching/scoring';
import { availableFor } from '../../server/src/modules/volunteers/availability';
import { exhaustiveBest } from './support/exhaustive-plan';
import { DAY0, HOUR, mulberry32 } from './support/matching-world';

const CATEGORIES = [ServiceCategory.TUTORING, ServiceCategory.SAFETY_TALK, ServiceCategory.MEDICAL_SERVICE];

/** A small random world where every hard rule has a chance to bite. */
function randomInput(seed: number): PlanInput {
  const rand = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const needs: OpenNeed[] = Array.from({ length: int(1, 4) }, (_, i) => {
    const startsAt = DAY0 + int(0, 3) * 4 * HOUR;
    return {
      id: i + 1,
      siteId: i + 1,
      category: CATEGORIES[int(0, 2)]!,
      requiredSkills: rand() < 0.5 ? ['急救培训'] : [],
      startsAt,
      endsAt: startsAt + int(2, 6) * HOUR,
      latitude: 35 + rand(),
      longitude: 116 + rand(),
      pairedUnitIds: new Set([int(1, 2)]),
      openPlaces: int(1, 2),
    };
  });
  const candidates: Candidate[] = Array.from({ length: int(0, 7) }, (_, i) => ({
    id: i + 1,
    unitId: int(1, 2),
    isCadre: rand() < 0.2,
    serviceCategories: CATEGORIES.filter(() => rand() < 0.6),
    skills: new Set(rand() < 0.5 ? ['急救培训'] : []),
    hasHonour: rand() < 0.1,
    latitude: rand() < 0.9 ? 35 + rand() : null,
    longitude: 116 + rand(),
    windows: rand() < 0.8 ? [[DAY0, DAY0 + int(4, 24) * HOUR]] : [],
    load: int(0, 3),
    active: rand() < 0.9,
    safetyTrainedOn: rand() < 0.85 ? '2019-03-20' : null,
  }));
  const histories = new Map<number, AssignmentHistory>();
  for (const volunteer of candidates) {
    if (rand() < 0.5) continue;
    const other = needs[int(0, needs.length - 1)]!;
    histories.set(volunteer.id, {
      declinedNeedIds: new Set(rand() < 0.5 ? [other.id] : []),
      assignedNeedIds: new Set(),
      booked:
        rand() < 0.6
          ? [{ needId: 99, startsAt: new Date(other.startsAt), endsAt: new Date(other.endsAt) }]
          : [],
    });
  }
  // Every third world asks for people outside their stated availability too.
  return { needs, candidates, histories, weights: DEFAULT_WEIGHTS, includeUnavailable: seed % 3 === 0 };
}

/** Whether a pair may be planned at all, worked out from the rules directly. */
function allowed(input: PlanInput, volunteer: Candidate, need: OpenNeed): number | null {
  if (!volunteer.serviceCategories.includes(need.category)) return null;
  const history = input.histories.get(volunteer.id) ?? {
    declinedNeedIds: new Set(),
    assignedNeedIds: new Set(),
    booked: [],
  };
  const window = { id: need.id, startsAt: new Date(need.startsAt), endsAt: new Date(need.endsAt) };
  if (exclusionsFor(volunteer, window, history).length > 0) return null;
  if (!input.includeUnavailable && !availableFor(volunteer, need)) return null;
  const score = scorePair(volunteer, need, input.weights).total;
  return score > 0 ? score : null;
}

describe('planAssignments', () => {
  const seeds = Array.from({ length: 400 }, (_, i) => i + 1);

  it.each(seeds)('finds the exact best total on random instance %i', async (seed) => {
    const input = randomInput(seed);
    expect((await planAssignments(input)).metrics.totalScore).toBeCloseTo(exhaustiveBest(input), 9);
  });

  it('keeps every hard rule, every place limit, and nobody on two needs that overlap, in every plan', async () => {
    for (const seed of seeds) {
      const input = randomInput(seed);
      for (const method of ['optimal', 'greedy'] as const) {
        const plan = await planAssignments(input, method);
        const perNeed = new Map<number, number>();
        const placed = new Map<number, OpenNeed[]>();
        for (const pair of plan.pairs) {
          const volunteer = input.candidates.find((c) => c.id === pair.volunteerId)!;
          const need = input.needs.find((n) => n.id === pair.needId)!;
          expect(allowed(input, volunteer, need)).not.toBeNull();
          for (const other of placed.get(volunteer.id) ?? []) {
            expect(other.startsAt < need.endsAt && need.startsAt < other.endsAt).toBe(false);
          }
          placed.set(volunteer.id, [...(placed.get(volunteer.id) ?? []), need]);
          perNeed.set(need.id, (perNeed.get(need.id) ?? 0) + 1);
        }
        for (const need of input.needs)
          expect(perNeed.get(need.id) ?? 0).toBeLessThanOrEqual(need.openPlaces);
      }
    }
  });

  it('scores at least as high as the greedy baseline (it is the optimum; fill rate may be lower)', async () => {
    for (const seed of seeds) {
      const input = randomInput(seed);
      expect((await planAssignments(input)).metrics.totalScore).toBeGreaterThanOrEqual(
        (await planAssignments(input, 'greedy')).metrics.totalScore - 1e-9,
      );
    }
  });

  it('leaves out people whose stated availability does not cover the need, unless asked to include them', async () => {
    const need: OpenNeed = {
      id: 1,
      siteId: 1,
      category: ServiceCategory.TUTORING,
      requiredSkills: [],
      startsAt: DAY0 + 8 * HOUR,
      endsAt: DAY0 + 12 * HOUR,
      latitude: 35,
      longitude: 116,
      pairedUnitIds: new Set([1]),
      openPlaces: 3,
    };
    const person = (id: number, windows: [number, number][]): Candidate => ({
      id,
      unitId: 1,
      isCadre: false,
      serviceCategories: [ServiceCategory.TUTORING],
      skills: new Set(),
      hasHonour: false,
      latitude: 35,
      longitude: 116,
      windows,
      load: 0,
      active: true,
      safetyTrainedOn: '2019-03-20',
    });
    const candidates = [
      person(1, [[DAY0 + 8 * HOUR, DAY0 + 12 * HOUR]]), // exactly the need's time
      person(2, [[DAY0 + 9 * HOUR, DAY0 + 12 * HOUR]]), // misses its first hour
      person(3, []), // said nothing
    ];
    const input: PlanInput = { needs: [need], candidates, histories: new Map(), weights: DEFAULT_WEIGHTS };
    const strict = await planAssignments(input);
    expect(strict.pairs.map((p) => p.volunteerId)).toEqual([1]);
    expect(strict.metrics).toMatchObject({ plannedPlaces: 1, availablePlaces: 1 });
    expect(strict.metrics.fillRate).toBeCloseTo(1 / 3, 12);
    expect(strict.metrics.availableFillRate).toBeCloseTo(1 / 3, 12);

    const asked = await planAssignments({ ...input, includeUnavailable: true });
    expect(asked.pairs.map((p) => p.volunteerId).sort()).toEqual([1, 2, 3]);
    expect(asked.metrics).toMatchObject({ plannedPlaces: 3, availablePlaces: 1 });
    expect(asked.metrics.fillRate).toBeCloseTo(1, 12);
    expect(asked.metrics.availableFillRate).toBeCloseTo(1 / 3, 12);
  });

  it('reports fill rate, cadre coverage, distances and load spread of the plan', async () => {
    const input = randomInput(7);
    const plan = await planAssignments(input);
    const open = input.needs.reduce((sum, n) => sum + n.openPlaces, 0);
    expect(plan.metrics.openPlaces).toBe(open);
    expect(plan.metrics.fillRate).toBeCloseTo(plan.pairs.length / open, 12);
    expect(plan.metrics.loadGini).toBeGreaterThanOrEqual(0);
    expect(plan.metrics.loadGini).toBeLessThan(1);
  });
});
