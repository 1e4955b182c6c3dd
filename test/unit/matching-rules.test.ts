import { EMPTY_HISTORY, type AssignmentHistory } from '../../server/src/modules/assignments/assignment.rules';
import { ServiceCategory } from '../../server/src/modules/code-lists/service-category';
import type { Candidate, OpenNeed } from '../../server/src/modules/matching/matching-data';
import {
  MATCHING_RULE_INFO,
  MatchingRule,
  matchingRefusals,
  type ExplainedNeed,
} from '../../server/src/modules/matching/matching-rules';
import { DEFAULT_WEIGHTS, type Weights } from '../../server/src/modules/matching/matching-weights';
import { candidateEdges, type PlanInput } from '../../server/src/modules/matching/planner';
import { plannable, planningRefusals } from '../../server/src/modules/matching/planning-rules';
import { scorePair } from '../../server/src/modules/matching/scoring';

const HOUR = 3_600_000;
const DAY0 = Date.UTC(2019, 6, 1);
const CATEGORIES = [ServiceCategory.TUTORING, ServiceCategory.SAFETY_TALK, ServiceCategory.MEDICAL_SERVICE];
const HONOUR_ONLY: Weights = { skill: 0, availability: 0, distance: 0, pairing: 0, load: 0, honour: 1 };

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NEED: OpenNeed = {
  id: 1,
  siteId: 1,
  category: ServiceCategory.TUTORING,
  requiredSkills: [],
  startsAt: DAY0 + 9 * HOUR,
  endsAt: DAY0 + 12 * HOUR,
  latitude: 36.65,
  longitude: 117.0,
  pairedUnitIds: new Set([1]),
  openPlaces: 2,
};

/** The need as an explanation sees it; `open: null` when it has no open place. */
const explained = (need: OpenNeed, open: OpenNeed | null = need): ExplainedNeed => ({
  id: need.id,
  category: need.category,
  startsAt: new Date(need.startsAt),
  endsAt: new Date(need.endsAt),
  open: open ?? undefined,
});

function person(overrides: Partial<Candidate> = {}): Candidate {
  return {
    id: 7,
    unitId: 1,
    isCadre: false,
    serviceCategories: [ServiceCategory.TUTORING],
    skills: new Set(),
    hasHonour: false,
    latitude: 36.6,
    longitude: 117.1,
    windows: [[DAY0, DAY0 + 24 * HOUR]],
    load: 0,
    active: true,
    safetyTrainedOn: '2019-03-20',
    ...overrides,
  };
}

function history(overrides: Partial<AssignmentHistory> = {}): AssignmentHistory {
  return { ...EMPTY_HISTORY, ...overrides };
}

describe('planningRefusals: the rules plannable decides by', () => {
  const window = { id: NEED.id, startsAt: new Date(NEED.startsAt), endsAt: new Date(NEED.endsAt) };

  it('is empty for someone free, trained and serving, and plannable says yes', () => {
    expect(planningRefusals(person(), window, undefined)).toEqual([]);
    expect(plannable(person(), window, undefined)).toBe(true);
  });

  it.each<[string, Candidate, AssignmentHistory | undefined, string]>([
    ['inactive', person({ active: false }), undefined, 'INACTIVE'],
    ['untrained', person({ safetyTrainedOn: null }), undefined, 'NO_SAFETY_TRAINING'],
    ['declined', person(), history({ declinedNeedIds: new Set([1]) }), 'DECLINED_BEFORE'],
    ['on the need', person(), history({ assignedNeedIds: new Set([1]) }), 'ALREADY_ASSIGNED'],
    [
      'booked elsewhere',
      person(),
      history({
        booked: [{ needId: 2, startsAt: new Date(DAY0 + 11 * HOUR), endsAt: new Date(DAY0 + 13 * HOUR) }],
      }),
      'DOUBLE_BOOKED',
    ],
    ['cancelled', person(), history({ cancelledNeedIds: new Set([1]) }), 'CANCELLED_BY_COORDINATOR'],
    [
      'not free',
      person({ windows: [[DAY0 + 10 * HOUR, DAY0 + 24 * HOUR]] }),
      undefined,
      'OUTSIDE_AVAILABILITY',
    ],
  ])('names one rule for someone %s, and plannable says no', (_, volunteer, past, rule) => {
    expect(planningRefusals(volunteer, window, past)).toEqual([rule]);
    expect(plannable(volunteer, window, past)).toBe(false);
  });

  it('leaves availability out when the coordinator asked for people outside it', () => {
    const busy = person({ windows: [] });
    expect(planningRefusals(busy, window, undefined, true)).toEqual([]);
    expect(plannable(busy, window, undefined, true)).toBe(true);
  });

  it('names every rule broken, in a fixed order', () => {
    const past = history({ declinedNeedIds: new Set([1]), cancelledNeedIds: new Set([1]) });
    expect(
      planningRefusals(person({ active: false, safetyTrainedOn: null, windows: [] }), window, past),
    ).toEqual([
      'INACTIVE',
      'NO_SAFETY_TRAINING',
      'DECLINED_BEFORE',
      'CANCELLED_BY_COORDINATOR',
      'OUTSIDE_AVAILABILITY',
    ]);
  });
});

describe('matchingRefusals: why suggestions leave a person out', () => {
  it('is empty for a candidate, with the score suggestions show', () => {
    const { rules, score } = matchingRefusals(person(), explained(NEED), undefined, DEFAULT_WEIGHTS, false);
    expect(rules).toEqual([]);
    expect(score).toEqual(scorePair(person(), NEED, DEFAULT_WEIGHTS));
  });

  it('names the category, a score of 0, and a need with no open place', () => {
    const medic = person({ serviceCategories: [ServiceCategory.MEDICAL_SERVICE] });
    expect(matchingRefusals(medic, explained(NEED), undefined, DEFAULT_WEIGHTS, false).rules).toEqual([
      MatchingRule.CATEGORY_NOT_OFFERED,
    ]);
    expect(matchingRefusals(person(), explained(NEED), undefined, HONOUR_ONLY, false).rules).toEqual([
      MatchingRule.ZERO_SCORE,
    ]);
    expect(
      matchingRefusals(person({ hasHonour: true }), explained(NEED), undefined, HONOUR_ONLY, false).rules,
    ).toEqual([]);
    const full = matchingRefusals(person(), explained(NEED, null), undefined, DEFAULT_WEIGHTS, false);
    expect(full).toEqual({ rules: [MatchingRule.NO_OPEN_PLACES], score: null });
  });

  it('has a Chinese label and a description for every rule', () => {
    for (const rule of Object.values(MatchingRule)) {
      expect(MATCHING_RULE_INFO[rule].label).toMatch(/^[\u4e00-\u9fff]+$/);
      expect(MATCHING_RULE_INFO[rule].description.length).toBeGreaterThan(10);
    }
  });

  it('agrees with candidateEdges on every pair of 500 random worlds', () => {
    let refused = 0;
    let weighed = 0;
    const seen = new Set<MatchingRule>();
    for (let seed = 1; seed <= 500; seed++) {
      const rand = mulberry32(seed);
      const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
      const needs: OpenNeed[] = Array.from({ length: int(1, 3) }, (_, i) => {
        const startsAt = DAY0 + int(0, 3) * 4 * HOUR;
        return {
          ...NEED,
          id: i + 1,
          category: CATEGORIES[int(0, 2)]!,
          startsAt,
          endsAt: startsAt + int(2, 6) * HOUR,
        };
      });
      const candidates: Candidate[] = Array.from({ length: int(1, 8) }, (_, i) =>
        person({
          id: i + 1,
          serviceCategories: CATEGORIES.filter(() => rand() < 0.6),
          hasHonour: rand() < 0.3,
          windows: rand() < 0.8 ? [[DAY0, DAY0 + int(4, 24) * HOUR]] : [],
          active: rand() < 0.9,
          safetyTrainedOn: rand() < 0.85 ? '2019-03-20' : null,
        }),
      );
      const histories = new Map<number, AssignmentHistory>();
      for (const volunteer of candidates) {
        if (rand() < 0.4) continue;
        const need = needs[int(0, needs.length - 1)]!;
        histories.set(
          volunteer.id,
          history({
            declinedNeedIds: new Set(rand() < 0.3 ? [need.id] : []),
            assignedNeedIds: new Set(rand() < 0.2 ? [need.id] : []),
            cancelledNeedIds: new Set(rand() < 0.3 ? [need.id] : []),
            booked:
              rand() < 0.4
                ? [{ needId: 99, startsAt: new Date(need.startsAt), endsAt: new Date(need.endsAt) }]
                : [],
          }),
        );
      }
      const input: PlanInput = {
        needs,
        candidates,
        histories,
        weights: seed % 4 === 0 ? HONOUR_ONLY : DEFAULT_WEIGHTS,
        includeUnavailable: seed % 3 === 0,
      };
      const edges = candidateEdges(input);
      const pairs = new Set(Array.from(edges.volunteer, (v, i) => `${v}:${edges.need[i]}`));
      needs.forEach((need, n) =>
        candidates.forEach((volunteer, v) => {
          const { rules } = matchingRefusals(
            volunteer,
            explained(need),
            histories.get(volunteer.id),
            input.weights,
            input.includeUnavailable!,
          );
          expect({ seed, need: need.id, volunteer: volunteer.id, weighed: rules.length === 0 }).toEqual({
            seed,
            need: need.id,
            volunteer: volunteer.id,
            weighed: pairs.has(`${v}:${n}`),
          });
          rules.forEach((rule) => seen.add(rule));
          if (rules.length) refused++;
          else weighed++;
        }),
      );
    }
    // Both sides are exercised, and every rule bites somewhere.
    expect(refused).toBeGreaterThan(100);
    expect(weighed).toBeGreaterThan(100);
    expect([...seen].sort()).toEqual(
      Object.values(MatchingRule)
        .filter((rule) => rule !== MatchingRule.NO_OPEN_PLACES)
        .sort(),
    );
  });
});
