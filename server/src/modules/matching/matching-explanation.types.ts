import { Field, Float, ID, ObjectType } from 'type-graphql';
import { MatchingWeights } from './matching-weights';
import { MatchingRule } from './matching-rules';
import { MatchSuggestion, ScorePartsView } from './matching.types';

@ObjectType({ description: 'A volunteer matching left out of a need, and every rule that left them out.' })
export class RefusedCandidate {
  @Field(() => ID)
  volunteerId: number;

  @Field(() => [MatchingRule], { description: 'Never empty; in a fixed order.' })
  rules: MatchingRule[];
}

@ObjectType({
  description:
    'Suggestions for one need with what they were worked out from: the weights used, and the people in ' +
    'scope who offer the need’s category but were left out, each with the rules that left them out.',
})
export class MatchSuggestions {
  @Field(() => [MatchSuggestion], { description: 'The same list `matchingSuggestions` gives.' })
  suggestions: MatchSuggestion[];

  @Field(() => MatchingWeights, { description: 'The weights the scores were worked out with.' })
  weights: MatchingWeights;

  @Field(() => [RefusedCandidate], {
    description:
      'Everyone in your scope who offers the need’s category and is not a candidate, by volunteer id. ' +
      'Candidates beyond `limit` are not refused: they are ranked lower.',
  })
  refused: RefusedCandidate[];
}

@ObjectType({ description: 'Whether matching would weigh one volunteer for one need, and why (not).' })
export class MatchingExplanation {
  @Field(() => ID)
  volunteerId: number;

  @Field(() => ID)
  needId: number;

  @Field({
    description:
      'No rule leaves them out: they are among the candidates suggestions rank (within `limit` or not).',
  })
  eligible: boolean;

  @Field(() => [MatchingRule], {
    description: 'Every rule that leaves them out, in a fixed order; empty when eligible.',
  })
  rules: MatchingRule[];

  @Field(() => Float, {
    nullable: true,
    description:
      'The weighted score, 0–1, as a suggestion would show it; null when the need has no open place.',
  })
  score: number | null;

  @Field(() => ScorePartsView, { nullable: true, description: 'Null when the need has no open place.' })
  parts: ScorePartsView | null;

  @Field(() => Float, {
    nullable: true,
    description: 'From the volunteer’s home to the site, rounded as in suggestions; null when unknown.',
  })
  distanceKm: number | null;

  @Field(() => MatchingWeights, { description: 'The weights the score was worked out with.' })
  weights: MatchingWeights;
}
