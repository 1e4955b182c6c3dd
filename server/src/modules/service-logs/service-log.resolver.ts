import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../core/context';
import { connectionType, PageArgs, type Page } from '../../core/pagination';
import { parseId } from '../../core/validate';
import { ServiceProject } from '../projects/service-project.entity';
import { serviceProjectById } from '../projects/service-project.loaders';
import { ServiceLog } from './service-log.entity';
import { ServiceLogFilter, UpdateServiceLogInput, WriteServiceLogInput } from './service-log.inputs';
import { ServiceLogService } from './service-log.service';

export const ServiceLogConnection = connectionType(ServiceLog, 'ServiceLog');

@Resolver(() => ServiceLog)
export class ServiceLogResolver {
  @Query(() => ServiceLogConnection, {
    description:
      "A project's 志愿服务日志, in the order written: for its team, its unit's coordinators, its site's contact and the admin.",
  })
  serviceLogs(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('filter', () => ServiceLogFilter, { nullable: true }) filter: ServiceLogFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<ServiceLog>> {
    return new ServiceLogService(ctx.dataSource, actorOf(ctx)).list(
      parseId('projectId', projectId),
      filter ?? {},
      page,
    );
  }

  @Mutation(() => ServiceLog, {
    description: "Write a log entry for a project of your team (or of your unit's teams, as coordinator).",
  })
  writeServiceLog(@Arg('input') input: WriteServiceLogInput, @Ctx() ctx: Context): Promise<ServiceLog> {
    return new ServiceLogService(ctx.dataSource, actorOf(ctx)).write(input);
  }

  @Mutation(() => ServiceLog, { description: 'Edit one of your own log entries.' })
  updateServiceLog(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateServiceLogInput,
    @Ctx() ctx: Context,
  ): Promise<ServiceLog> {
    return new ServiceLogService(ctx.dataSource, actorOf(ctx)).update(parseId('id', id), input);
  }

  @FieldResolver(() => ServiceProject)
  async project(@Root() log: ServiceLog, @Ctx() ctx: Context): Promise<ServiceProject> {
    return (await serviceProjectById(ctx.loaders).load(log.projectId))!;
  }
}
