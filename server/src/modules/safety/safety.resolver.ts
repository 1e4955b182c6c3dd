import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../core/context';
import { manyByKeyLoader, type RequestLoaders } from '../../core/loaders';
import { parseId } from '../../core/validate';
import { ServiceProject } from '../projects/service-project.entity';
import { serviceProjectById } from '../projects/service-project.loaders';
import { seesSitePhones } from '../projects/site-phones';
import { SafetyPlan } from './safety.entity';
import { SafetyPlanInput } from './safety.inputs';
import { SafetyPlanService } from './safety.service';

export const safetyPlansByProjectId = (loaders: RequestLoaders) =>
  loaders.get('safetyPlansByProjectId', (ds) => manyByKeyLoader(ds, SafetyPlan, 'projectId'));

@Resolver(() => SafetyPlan)
export class SafetyPlanResolver {
  @Mutation(() => SafetyPlan, {
    description:
      "Create or replace a project's safety plan (安全责任人, 危机预案, insurance): the team's leader or its " +
      "unit's coordinator. A project cannot start without one (PROJECT_NOT_SAFE_TO_START).",
  })
  setSafetyPlan(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('input') input: SafetyPlanInput,
    @Ctx() ctx: Context,
  ): Promise<SafetyPlan> {
    return new SafetyPlanService(ctx.dataSource, actorOf(ctx)).set(parseId('projectId', projectId), input);
  }

  @FieldResolver(() => String, { nullable: true })
  async responsiblePhone(@Root() plan: SafetyPlan, @Ctx() ctx: Context): Promise<string | null> {
    const project = await serviceProjectById(ctx.loaders).load(plan.projectId);
    return project && (await seesSitePhones(ctx, project.siteId)) ? plan.responsiblePhone : null;
  }
}

@Resolver(() => ServiceProject)
export class ServiceProjectSafetyResolver {
  @FieldResolver(() => SafetyPlan, { nullable: true, description: '安全责任制与危机预案; null until set.' })
  async safetyPlan(@Root() project: ServiceProject, @Ctx() ctx: Context): Promise<SafetyPlan | null> {
    return (await safetyPlansByProjectId(ctx.loaders).load(project.id))[0] ?? null;
  }
}
