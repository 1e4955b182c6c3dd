import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../core/context';
import { connectionType, PageArgs, type Page } from '../../core/pagination';
import { parseId } from '../../core/validate';
import { Campaign } from '../campaigns/campaign.entity';
import { campaignById } from '../campaigns/campaign.loaders';
import { Site } from '../sites/site.entity';
import { siteById } from '../sites/site.loaders';
import { Unit } from '../units/unit.entity';
import { unitById } from '../units/unit.loaders';
import { ServiceNeed, ServiceNeedStatus } from './service-need.entity';
import { PostServiceNeedInput, ServiceNeedFilter, UpdateServiceNeedInput } from './service-need.inputs';
import { needsBySiteId, needsBySiteIdWithStatus, serviceNeedById } from './service-need.loaders';
import { ServiceNeedService } from './service-need.service';

export const ServiceNeedConnection = connectionType(ServiceNeed, 'ServiceNeed');

@Resolver(() => ServiceNeed)
export class ServiceNeedResolver {
  @Query(() => ServiceNeed, { nullable: true })
  serviceNeed(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ServiceNeed | null> {
    actorOf(ctx);
    return serviceNeedById(ctx.loaders).load(parseId('id', id));
  }

  @Query(() => ServiceNeedConnection)
  serviceNeeds(
    @Arg('filter', () => ServiceNeedFilter, { nullable: true }) filter: ServiceNeedFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<ServiceNeed>> {
    return new ServiceNeedService(ctx.dataSource, actorOf(ctx)).list(filter ?? {}, page);
  }

  @Mutation(() => ServiceNeed, {
    description:
      'Post a new service request for a site. Its window must end in the future and lie within its ' +
      "campaign's dates, read as whole days in China time (startsOn 00:00 to endsOn 24:00); " +
      'BAD_USER_INPUT names startsAt or endsAt otherwise.',
  })
  postServiceNeed(@Arg('input') input: PostServiceNeedInput, @Ctx() ctx: Context): Promise<ServiceNeed> {
    return new ServiceNeedService(ctx.dataSource, actorOf(ctx), ctx.events).post(input);
  }

  @Mutation(() => ServiceNeed, {
    description:
      "Change a need. A window moved by startsAt or endsAt must still lie within its campaign's dates.",
  })
  updateServiceNeed(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateServiceNeedInput,
    @Ctx() ctx: Context,
  ): Promise<ServiceNeed> {
    return new ServiceNeedService(ctx.dataSource, actorOf(ctx), ctx.events).update(parseId('id', id), input);
  }

  @FieldResolver(() => Site)
  async site(@Root() need: ServiceNeed, @Ctx() ctx: Context): Promise<Site> {
    return (await siteById(ctx.loaders).load(need.siteId))!;
  }

  @FieldResolver(() => Unit, {
    nullable: true,
    description: 'The unit that posted the need; null: the site or the province.',
  })
  async postedByUnit(@Root() need: ServiceNeed, @Ctx() ctx: Context): Promise<Unit | null> {
    return need.postedByUnitId === null ? null : await unitById(ctx.loaders).load(need.postedByUnitId);
  }

  @FieldResolver(() => Campaign)
  async campaign(@Root() need: ServiceNeed, @Ctx() ctx: Context): Promise<Campaign> {
    return (await campaignById(ctx.loaders).load(need.campaignId))!;
  }
}

@Resolver(() => Site)
export class SiteNeedsResolver {
  @FieldResolver(() => [ServiceNeed], { description: "The site's service needs, optionally of one status." })
  async needs(
    @Root() site: Site,
    @Arg('status', () => ServiceNeedStatus, { nullable: true }) status: ServiceNeedStatus | null,
    @Ctx() ctx: Context,
  ): Promise<ServiceNeed[]> {
    return status
      ? needsBySiteIdWithStatus(ctx.loaders, status).load(site.id)
      : needsBySiteId(ctx.loaders).load(site.id);
  }
}
