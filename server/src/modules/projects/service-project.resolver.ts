import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../core/context';
import { connectionType, PageArgs, type Page } from '../../core/pagination';
import { parseId } from '../../core/validate';
import { Campaign } from '../campaigns/campaign.entity';
import { campaignById } from '../campaigns/campaign.loaders';
import { ServiceNeed } from '../needs/service-need.entity';
import { Site } from '../sites/site.entity';
import { siteById } from '../sites/site.loaders';
import { ServiceTeam } from '../teams/service-team.entity';
import { serviceTeamById } from '../teams/service-team.loaders';
import { ProjectPost, ServiceProject } from './service-project.entity';
import {
  CreateServiceProjectInput,
  ServiceProjectFilter,
  UpdateServiceProjectInput,
} from './service-project.inputs';
import {
  needsByProjectId,
  postsByProjectId,
  projectsByTeamId,
  serviceProjectById,
} from './service-project.loaders';
import { ServiceProjectService } from './service-project.service';

export const ServiceProjectConnection = connectionType(ServiceProject, 'ServiceProject');

@Resolver(() => ServiceProject)
export class ServiceProjectResolver {
  @Query(() => ServiceProject, { nullable: true })
  serviceProject(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ServiceProject | null> {
    actorOf(ctx);
    return serviceProjectById(ctx.loaders).load(parseId('id', id));
  }

  @Query(() => ServiceProjectConnection)
  serviceProjects(
    @Arg('filter', () => ServiceProjectFilter, { nullable: true }) filter: ServiceProjectFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<ServiceProject>> {
    return new ServiceProjectService(ctx.dataSource, actorOf(ctx)).list(filter ?? {}, page);
  }

  @Mutation(() => ServiceProject)
  createServiceProject(
    @Arg('input') input: CreateServiceProjectInput,
    @Ctx() ctx: Context,
  ): Promise<ServiceProject> {
    return new ServiceProjectService(ctx.dataSource, actorOf(ctx)).create(input);
  }

  @Mutation(() => ServiceProject)
  updateServiceProject(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateServiceProjectInput,
    @Ctx() ctx: Context,
  ): Promise<ServiceProject> {
    return new ServiceProjectService(ctx.dataSource, actorOf(ctx)).update(parseId('id', id), input);
  }

  @FieldResolver(() => ServiceTeam)
  async team(@Root() project: ServiceProject, @Ctx() ctx: Context): Promise<ServiceTeam> {
    return (await serviceTeamById(ctx.loaders).load(project.teamId))!;
  }

  @FieldResolver(() => Site)
  async site(@Root() project: ServiceProject, @Ctx() ctx: Context): Promise<Site> {
    return (await siteById(ctx.loaders).load(project.siteId))!;
  }

  @FieldResolver(() => Campaign)
  async campaign(@Root() project: ServiceProject, @Ctx() ctx: Context): Promise<Campaign> {
    return (await campaignById(ctx.loaders).load(project.campaignId))!;
  }

  @FieldResolver(() => [ProjectPost])
  posts(@Root() project: ServiceProject, @Ctx() ctx: Context): Promise<ProjectPost[]> {
    return postsByProjectId(ctx.loaders).load(project.id);
  }

  @FieldResolver(() => [ServiceNeed])
  needs(@Root() project: ServiceProject, @Ctx() ctx: Context): Promise<ServiceNeed[]> {
    return needsByProjectId(ctx.loaders).load(project.id);
  }
}

@Resolver(() => ServiceTeam)
export class ServiceTeamProjectsResolver {
  @FieldResolver(() => [ServiceProject])
  projects(@Root() team: ServiceTeam, @Ctx() ctx: Context): Promise<ServiceProject[]> {
    return projectsByTeamId(ctx.loaders).load(team.id);
  }
}
