import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MatchingWeights } from './matching-weights';

export enum MatchingSolver {
  MIN_COST_FLOW = 'MIN_COST_FLOW',
  HIGHS = 'HIGHS',
  HEURISTIC = 'HEURISTIC',
  GREEDY = 'GREEDY',
}

registerEnumType(MatchingSolver, {
  name: 'MatchingSolver',
  description: 'What produced a plan, and so how far it is from the best one (see optimalityGap).',
  valuesConfig: {
    MIN_COST_FLOW: {
      description: 'Every part was solved to optimality by a min-cost flow: the plan is a proven optimum.',
    },
    HIGHS: {
      description:
        'Some parts needed the mixed-integer solver HiGHS (teams, overlapping needs, cadre rules); it proved ' +
        'the gap given in optimalityGap.',
    },
    HEURISTIC: {
      description:
        'Some part was too large for the mixed-integer solver, or its time ran out before it started: a ' +
        'feasible plan stands there, within the proven optimalityGap.',
    },
    GREEDY: { description: 'The greedy baseline of the benchmarks; no bound is proven.' },
  },
});

@ObjectType({ description: 'Each part of a matching score, from 0 to 1, before weighting.' })
export class ScorePartsView {
  @Field(() => Float)
  skill: number;

  @Field(() => Float)
  availability: number;

  @Field(() => Float)
  distance: number;

  @Field(() => Float)
  pairing: number;

  @Field(() => Float)
  load: number;

  @Field(() => Float)
  honour: number;
}

@ObjectType({ description: 'A volunteer proposed for a need, with why.' })
export class MatchSuggestion {
  @Field(() => ID)
  volunteerId: number;

  @Field(() => ID)
  needId: number;

  @Field(() => Float, { description: 'The weighted score, 0–1.' })
  score: number;

  @Field(() => ScorePartsView)
  parts: ScorePartsView;

  @Field(() => Float, {
    nullable: true,
    description: 'From the volunteer’s home to the site; null when unknown.',
  })
  distanceKm: number | null;

  @Field(() => ID, {
    nullable: true,
    description: 'In a plan: the team the volunteer goes with, for a need served by a whole team.',
  })
  teamId: number | null;
}

@ObjectType({ description: 'The numbers a coordinator judges a plan by.' })
export class MatchingMetrics {
  @Field(() => Int, { description: 'Places still open in the scope before the plan.' })
  openPlaces: number;

  @Field(() => Int, {
    description:
      'Places of those needs already held by proposals or assignments. A plan repairs around them: ' +
      'it never moves or withdraws anyone, it only fills what is missing.',
  })
  heldPlaces: number;

  @Field(() => Int, { description: 'New proposals in the plan: the only change it makes.' })
  plannedPlaces: number;

  @Field(() => Float, {
    description:
      'plannedPlaces / openPlaces. Only people whose stated availability covers a need are planned, unless ' +
      'the plan was asked to include others (includeUnavailable).',
  })
  fillRate: number;

  @Field(() => Int, {
    description: 'Planned places whose volunteer’s stated availability covers the need’s whole time.',
  })
  availablePlaces: number;

  @Field(() => Float, {
    description:
      'availablePlaces / openPlaces: the fill rate counting only people who said they are free. Equals ' +
      'fillRate unless includeUnavailable was given.',
  })
  availableFillRate: number;

  @Field(() => Float, {
    description: 'Of the needs the plan serves, the share with at least one union cadre.',
  })
  cadreCoverage: number;

  @Field(() => Float, { nullable: true })
  meanDistanceKm: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '95th percentile (nearest rank) of the planned distances.',
  })
  p95DistanceKm: number | null;

  @Field(() => Float, {
    description: 'Gini coefficient of the campaign load after the plan: 0 is perfectly even.',
  })
  loadGini: number;

  @Field(() => Float)
  totalScore: number;

  @Field(() => Int, { description: 'Volunteer–need pairs that passed the hard rules and were weighed.' })
  candidateEdges: number;

  @Field(() => Float, { description: 'Time to load, score and solve, in milliseconds.' })
  solveMillis: number;

  @Field(() => MatchingSolver)
  solver: MatchingSolver;

  @Field(() => Float, {
    description:
      'What the plan maximises: totalScore plus the cadre bonus for each need (or site and day) served with a union cadre.',
  })
  objective: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Proven: no plan of this scope under the same rules reaches a higher objective. Null for GREEDY.',
  })
  objectiveBound: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      '(objectiveBound − objective) / objectiveBound: 0 means the plan is a proven optimum, 0.001 that no ' +
      'plan is more than 0.1 % better. Null for GREEDY.',
  })
  optimalityGap: number | null;

  @Field(() => Float, { description: 'Of solveMillis, the time spent solving (flow and HiGHS).' })
  solverMillis: number;
}

@ObjectType({
  description: 'A proposed assignment of volunteers to the open needs of a scope; nothing is saved.',
})
export class MatchingPlan {
  @Field(() => [MatchSuggestion])
  assignments: MatchSuggestion[];

  @Field(() => MatchingMetrics)
  metrics: MatchingMetrics;

  @Field(() => MatchingWeights)
  weights: MatchingWeights;
}

export enum CadreCoverage {
  NEED = 'NEED',
  SITE_DAY = 'SITE_DAY',
}

registerEnumType(CadreCoverage, {
  name: 'CadreCoverage',
  description: 'What the cadre bonus and requirement count: each need, or each site on each day.',
  valuesConfig: {
    NEED: { description: '每个需求: each need served should have a union cadre among its people.' },
    SITE_DAY: {
      description:
        '每个帮扶点每天: each site, on each China-time day it is served, should have a union cadre among all the people of its needs that day.',
    },
  },
});

@InputType({
  description:
    'How union cadres weigh in a plan (the notice wants cadres with the volunteers). Coverage is reported ' +
    'either way (cadreCoverage).',
})
export class CadreRuleInput {
  @Field(() => Float, {
    nullable: true,
    defaultValue: 0,
    description:
      'Added to the objective for each need (or site and day, with per: SITE_DAY) served with at least one union ' +
      'cadre, from 0 to 10. A pair scores at most 1, so 0.2 trades a cadre on a need against 0.2 of one ' +
      'person’s score.',
  })
  bonus?: number;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'Serve a need (or a site on a day, with per: SITE_DAY) only with at least one union cadre among its ' +
      'people (a team-served need always has one).',
  })
  required?: boolean;

  @Field(() => CadreCoverage, { nullable: true, defaultValue: CadreCoverage.NEED })
  per?: CadreCoverage;
}

@InputType({
  description: 'Where to plan: a unit (and the units under it), a city, or — neither — the province.',
})
export class MatchingScopeInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'Volunteers of this unit and its sub-units; the needs open to them (theirs, and the site’s own needs at sites they own or hold an approved pairing with).',
  })
  unitId?: string;

  @Field({ nullable: true, description: 'Volunteers of the unions in this city; needs of sites in it.' })
  cityCode?: string;
}
