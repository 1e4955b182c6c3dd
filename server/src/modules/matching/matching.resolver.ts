import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../core/context';
import { ExpensiveFields, FieldCosts, PerOperation } from '../../core/query-limits';
import { Campaign } from '../campaigns/campaign.entity';
import { ServiceNeed } from '../needs/service-need.entity';
import { serviceNeedById } from '../needs/service-need.loaders';
import { Volunteer } from '../volunteers/volunteer.entity';
import { readableVolunteer } from '../volunteers/volunteer.reads';
import { MatchingWeights, MatchingWeightsInput, resolveWeights } from './matching-weights';
import { MatchingExplanation, MatchSuggestions } from './matching-explanation.types';
import { CadreRuleInput, MatchingPlan, MatchingScopeInput, MatchSuggestion } from './matching.types';
import { MatchingService, PROPOSALS_PER_TRANSACTION } from './matching.service';
import { MatchingSettingsService } from './matching-settings.service';
import { TeamFormationService } from './team-formation.service';
import { TeamFormationProposal } from './team-formation.types';

const INCLUDE_UNAVAILABLE =
  'Also ask people whose stated availability does not cover a need’s time (by default they are left out). ' +
  'Their proposals are marked outsideAvailability, and proposing with it is recorded in the audit trail.';

@Resolver(() => MatchSuggestion)
export class MatchingResolver {
  @Query(() => [MatchSuggestion], {
    description: 'Volunteers you could propose for an open need, best first, with the parts of each score.',
    complexity: FieldCosts.suggestions,
  })
  @PerOperation(ExpensiveFields.suggestions)
  matchingSuggestions(
    @Arg('needId', () => ID) needId: string,
    @Arg('limit', () => Int, { defaultValue: 20 }) limit: number,
    @Arg('weights', () => MatchingWeightsInput, { nullable: true }) weights: MatchingWeightsInput | null,
    @Arg('includeUnavailable', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: INCLUDE_UNAVAILABLE,
    })
    includeUnavailable: boolean | null,
    @Ctx() ctx: Context,
  ): Promise<MatchSuggestion[]> {
    return new MatchingService(ctx.dataSource, actorOf(ctx), undefined, ctx.heavyWork).suggestions(
      needId,
      limit,
      weights,
      { includeUnavailable: includeUnavailable === true },
    );
  }

  @Query(() => MatchSuggestions, {
    description:
      'What `matchingSuggestions` gives, worked out by the same call, with the weights used and the people in ' +
      'your scope who offer the need’s category but were left out, each with the rules that left them out.',
    complexity: FieldCosts.suggestions,
  })
  @PerOperation(ExpensiveFields.suggestions)
  matchingSuggestionsExplained(
    @Arg('needId', () => ID) needId: string,
    @Arg('limit', () => Int, { defaultValue: 20 }) limit: number,
    @Arg('weights', () => MatchingWeightsInput, { nullable: true }) weights: MatchingWeightsInput | null,
    @Arg('includeUnavailable', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: INCLUDE_UNAVAILABLE,
    })
    includeUnavailable: boolean | null,
    @Ctx() ctx: Context,
  ): Promise<MatchSuggestions> {
    return new MatchingService(ctx.dataSource, actorOf(ctx), undefined, ctx.heavyWork).explainedSuggestions(
      needId,
      limit,
      weights,
      { includeUnavailable: includeUnavailable === true },
    );
  }

  @Query(() => MatchingExplanation, {
    nullable: true,
    description:
      'Why matching would or would not weigh one volunteer for an open need: the rules that leave them out ' +
      'and their score, as suggestions work them out. Null, as for an unknown id, when the volunteer is not ' +
      'yours to plan for.',
    complexity: FieldCosts.explanation,
  })
  @PerOperation(ExpensiveFields.explanations)
  matchingExplanation(
    @Arg('needId', () => ID) needId: string,
    @Arg('volunteerId', () => ID) volunteerId: string,
    @Arg('weights', () => MatchingWeightsInput, { nullable: true }) weights: MatchingWeightsInput | null,
    @Arg('includeUnavailable', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: INCLUDE_UNAVAILABLE,
    })
    includeUnavailable: boolean | null,
    @Ctx() ctx: Context,
  ): Promise<MatchingExplanation | null> {
    return new MatchingService(ctx.dataSource, actorOf(ctx), undefined, ctx.heavyWork).explanation(
      needId,
      volunteerId,
      weights,
      { includeUnavailable: includeUnavailable === true },
    );
  }

  @Query(() => MatchingPlan, {
    description:
      'A plan for the open needs of a scope: whole teams for team-served needs and people for the others, ' +
      'nobody on two needs whose times overlap, maximising the total score (plus the cadre bonus, if asked). ' +
      'metrics.solver and metrics.optimalityGap say how close to the best plan it is proven to be. Nothing is saved.',
    complexity: FieldCosts.planning,
  })
  @PerOperation(ExpensiveFields.planning)
  matchingPlan(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('scope', () => MatchingScopeInput, { nullable: true }) scope: MatchingScopeInput | null,
    @Arg('weights', () => MatchingWeightsInput, { nullable: true }) weights: MatchingWeightsInput | null,
    @Arg('includeUnavailable', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: INCLUDE_UNAVAILABLE,
    })
    includeUnavailable: boolean | null,
    @Arg('cadres', () => CadreRuleInput, { nullable: true }) cadres: CadreRuleInput | null,
    @Ctx() ctx: Context,
  ): Promise<MatchingPlan> {
    return new MatchingService(ctx.dataSource, actorOf(ctx), undefined, ctx.heavyWork).plan(
      campaignId,
      scope ?? {},
      weights,
      'optimal',
      { includeUnavailable: includeUnavailable === true, cadres },
    );
  }

  @Query(() => TeamFormationProposal, {
    description:
      'Teams proposed from the free volunteers of a unit (and the units under it) that meet the 7–10 + 1–2 ' +
      'rule and cover the categories of its paired sites’ open needs. Nothing is saved.',
    complexity: FieldCosts.planning,
  })
  @PerOperation(ExpensiveFields.planning)
  teamFormationProposal(
    @Arg('unitId', () => ID) unitId: string,
    @Ctx() ctx: Context,
  ): Promise<TeamFormationProposal> {
    return new TeamFormationService(ctx.dataSource, actorOf(ctx), ctx.heavyWork).propose(unitId);
  }

  @Mutation(() => MatchingPlan, {
    description:
      'Plan the open places of a scope and propose the plan (PROPOSED assignments). Existing proposals and ' +
      'assignments are kept: run it again after a decline or a new need and it proposes only the repair. ' +
      `The plan is written need by need, in transactions of up to ${PROPOSALS_PER_TRANSACTION} proposals (a need’s proposals are all ` +
      'or none). If one is refused because something changed since the plan was made, the proposals before ' +
      'it stay, `extensions.proposedBefore` says how many, and running it again proposes the rest.',
    complexity: FieldCosts.planning,
  })
  @PerOperation(ExpensiveFields.planning)
  proposeMatchingPlan(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('scope', () => MatchingScopeInput, { nullable: true }) scope: MatchingScopeInput | null,
    @Arg('weights', () => MatchingWeightsInput, { nullable: true }) weights: MatchingWeightsInput | null,
    @Arg('includeUnavailable', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: INCLUDE_UNAVAILABLE,
    })
    includeUnavailable: boolean | null,
    @Arg('cadres', () => CadreRuleInput, { nullable: true }) cadres: CadreRuleInput | null,
    @Ctx() ctx: Context,
  ): Promise<MatchingPlan> {
    return new MatchingService(ctx.dataSource, actorOf(ctx), ctx.events, ctx.heavyWork).proposePlan(
      campaignId,
      scope ?? {},
      weights,
      { includeUnavailable: includeUnavailable === true, cadres },
    );
  }

  @Mutation(() => MatchingWeights, { description: 'Set the campaign’s matching weights (provincial admin).' })
  setMatchingWeights(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('weights', () => MatchingWeightsInput) weights: MatchingWeightsInput,
    @Ctx() ctx: Context,
  ): Promise<MatchingWeights> {
    return new MatchingSettingsService(ctx.dataSource, actorOf(ctx)).setWeights(campaignId, weights);
  }

  @FieldResolver(() => Volunteer, {
    nullable: true,
    description: 'Null when you may not read the volunteer.',
  })
  volunteer(@Root() suggestion: MatchSuggestion, @Ctx() ctx: Context): Promise<Volunteer | null> {
    return readableVolunteer(ctx, suggestion.volunteerId);
  }

  @FieldResolver(() => ServiceNeed)
  async need(@Root() suggestion: MatchSuggestion, @Ctx() ctx: Context): Promise<ServiceNeed> {
    return (await serviceNeedById(ctx.loaders).load(suggestion.needId))!;
  }
}

@Resolver(() => Campaign)
export class CampaignMatchingWeightsResolver {
  @FieldResolver(() => MatchingWeights, { description: 'The weights matching uses for this campaign.' })
  matchingWeights(@Root() campaign: Campaign): MatchingWeights {
    return resolveWeights(campaign.matchingWeights);
  }
}
