import { Field, Float, InputType, ObjectType } from 'type-graphql';
import { BadInputError } from '../../core/errors';

/** How much each part of a match counts; a campaign may set its own. */
export interface Weights {
  skill: number;
  availability: number;
  distance: number;
  pairing: number;
  load: number;
  honour: number;
}

/**
 * Defaults: fit and availability decide most; distance and pairing keep service local to the
 * unit's paired sites; load shares the work fairly; honours only break near-ties.
 */
export const DEFAULT_WEIGHTS: Readonly<Weights> = Object.freeze({
  skill: 0.35,
  availability: 0.25,
  distance: 0.15,
  pairing: 0.15,
  load: 0.08,
  honour: 0.02,
});

@ObjectType('MatchingWeights', { description: 'The weight of each part of a matching score.' })
export class MatchingWeights implements Weights {
  @Field(() => Float, { description: 'Skill and subject fit to the need’s category and required skills.' })
  skill: number;

  @Field(() => Float, { description: 'How much of the need’s window the volunteer is available for.' })
  availability: number;

  @Field(() => Float, { description: 'Closeness of the volunteer’s home to the site.' })
  distance: number;

  @Field(() => Float, { description: 'The volunteer’s unit is paired with the site.' })
  pairing: number;

  @Field(() => Float, { description: 'Fewer assignments so far this campaign: work shared fairly.' })
  load: number;

  @Field(() => Float, { description: 'Honours such as 劳模: a tie-breaker.' })
  honour: number;
}

@InputType('MatchingWeightsInput')
export class MatchingWeightsInput implements Partial<Weights> {
  @Field(() => Float, { nullable: true })
  skill?: number;

  @Field(() => Float, { nullable: true })
  availability?: number;

  @Field(() => Float, { nullable: true })
  distance?: number;

  @Field(() => Float, { nullable: true })
  pairing?: number;

  @Field(() => Float, { nullable: true })
  load?: number;

  @Field(() => Float, { nullable: true })
  honour?: number;
}

/** Fills missing weights from `base`, checks each is 0–1 and that they do not all vanish. */
export function resolveWeights(
  input: Partial<Weights> | null | undefined,
  base: Weights = DEFAULT_WEIGHTS,
): Weights {
  const weights = { ...base };
  for (const key of Object.keys(DEFAULT_WEIGHTS) as (keyof Weights)[]) {
    const value = input?.[key];
    if (value === undefined || value === null) continue;
    if (!Number.isFinite(value) || value < 0 || value > 1) {
      throw new BadInputError(`weights.${key}`, `weights.${key} must be between 0 and 1`);
    }
    weights[key] = value;
  }
  if (Object.values(weights).every((w) => w === 0)) {
    throw new BadInputError('weights', 'at least one weight must be above 0');
  }
  return weights;
}
