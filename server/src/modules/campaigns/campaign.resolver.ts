import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../core/context';
import { parseId } from '../../core/validate';
import { Campaign, CampaignPhase, ReportingMilestone } from './campaign.entity';
import { CreateCampaignInput, UpdateCampaignInput } from './campaign.inputs';
import { campaignById, milestonesByCampaignId, phasesByCampaignId } from './campaign.loaders';
import { CampaignService } from './campaign.service';

@Resolver(() => Campaign)
export class CampaignResolver {
  @Query(() => Campaign, { nullable: true, description: 'A campaign by id or by year.' })
  campaign(
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() ctx: Context,
  ): Promise<Campaign | null> {
    actorOf(ctx);
    if (id) return campaignById(ctx.loaders).load(parseId('id', id));
    return year === null
      ? Promise.resolve(null)
      : new CampaignService(ctx.dataSource, actorOf(ctx)).findByYear(year);
  }

  @Query(() => [Campaign], { description: 'Every campaign, newest first.' })
  campaigns(@Ctx() ctx: Context): Promise<Campaign[]> {
    return new CampaignService(ctx.dataSource, actorOf(ctx)).list();
  }

  @Mutation(() => Campaign)
  createCampaign(@Arg('input') input: CreateCampaignInput, @Ctx() ctx: Context): Promise<Campaign> {
    return new CampaignService(ctx.dataSource, actorOf(ctx)).create(input);
  }

  @Mutation(() => Campaign, {
    description:
      'Provincial admin. New dates must still hold every need of the campaign (cancelled ones aside): otherwise BAD_USER_INPUT on startsOn or endsOn, and nothing changes.',
  })
  updateCampaign(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateCampaignInput,
    @Ctx() ctx: Context,
  ): Promise<Campaign> {
    return new CampaignService(ctx.dataSource, actorOf(ctx)).update(parseId('id', id), input);
  }

  @FieldResolver(() => [CampaignPhase])
  phases(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<CampaignPhase[]> {
    return phasesByCampaignId(ctx.loaders).load(campaign.id);
  }

  @FieldResolver(() => [ReportingMilestone])
  milestones(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<ReportingMilestone[]> {
    return milestonesByCampaignId(ctx.loaders).load(campaign.id);
  }
}
