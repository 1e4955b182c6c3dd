import { FieldCosts } from '../../core/query-limits';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../core/context';
import { connectionType, PageArgs, type Page } from '../../core/pagination';
import { parseId } from '../../core/validate';
import { Campaign } from '../campaigns/campaign.entity';
import { campaignById } from '../campaigns/campaign.loaders';
import { ServiceProject } from '../projects/service-project.entity';
import { serviceProjectById } from '../projects/service-project.loaders';
import { Site } from '../sites/site.entity';
import { siteById } from '../sites/site.loaders';
import { serviceTeamById } from '../teams/service-team.loaders';
import { Unit } from '../units/unit.entity';
import { unitById } from '../units/unit.loaders';
import { canReadProjectSupport } from './support.access';
import { SupportEntry } from './support-entry.entity';
import {
  RecordSupportEntryInput,
  SupportEntryFilter,
  SupportScopeFilter,
  SupportTotalsDimension,
  UpdateSupportEntryInput,
} from './support.inputs';
import { liveSupportEntriesByProjectId } from './support.loaders';
import { SupportService } from './support.service';
import { SupportTotals, SupportTotalsRow } from './support.types';

export const SupportEntryConnection = connectionType(SupportEntry, 'SupportEntry');

@Resolver(() => SupportEntry)
export class SupportEntryResolver {
  @Query(() => SupportEntry, { nullable: true, description: 'A support line you may read.' })
  supportEntry(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<SupportEntry | null> {
    return new SupportService(ctx.dataSource, actorOf(ctx)).find(parseId('id', id));
  }

  @Query(() => SupportEntryConnection, {
    description:
      'The support ledger you may read: a coordinator their units’ projects, a team leader their teams’, ' +
      'a site contact their site’s; the admin all. Voided lines only with includeVoided.',
  })
  supportEntries(
    @Arg('filter', () => SupportEntryFilter, { nullable: true }) filter: SupportEntryFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<SupportEntry>> {
    return new SupportService(ctx.dataSource, actorOf(ctx)).list(filter ?? {}, page);
  }

  @Query(() => SupportTotals, {
    description:
      '物质或资金支持 totals of the lines you may read, grouped (by default per China-time quarter); ' +
      'voided lines never count.',
    complexity: FieldCosts.totals,
  })
  supportTotals(
    @Arg('filter', () => SupportScopeFilter, { nullable: true }) filter: SupportScopeFilter | null,
    @Arg('groupBy', () => [SupportTotalsDimension], { defaultValue: [SupportTotalsDimension.QUARTER] })
    groupBy: SupportTotalsDimension[],
    @Ctx() ctx: Context,
  ): Promise<SupportTotals> {
    return new SupportService(ctx.dataSource, actorOf(ctx)).totals(filter ?? {}, groupBy);
  }

  @Mutation(() => SupportEntry, {
    description: "Record funds or goods given through a project to its site (the project's runners only).",
  })
  recordSupportEntry(
    @Arg('input') input: RecordSupportEntryInput,
    @Ctx() ctx: Context,
  ): Promise<SupportEntry> {
    return new SupportService(ctx.dataSource, actorOf(ctx)).record(input);
  }

  @Mutation(() => SupportEntry, {
    description: 'Correct a line that is not voided; it is checked again whole.',
  })
  updateSupportEntry(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateSupportEntryInput,
    @Ctx() ctx: Context,
  ): Promise<SupportEntry> {
    return new SupportService(ctx.dataSource, actorOf(ctx)).update(parseId('id', id), input);
  }

  @Mutation(() => SupportEntry, {
    description:
      '作废: void a wrong line with a reason (at most 500 characters). It is kept and stops counting.',
  })
  voidSupportEntry(
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
    @Ctx() ctx: Context,
  ): Promise<SupportEntry> {
    return new SupportService(ctx.dataSource, actorOf(ctx)).void(parseId('id', id), reason);
  }

  @FieldResolver(() => ServiceProject)
  async project(@Root() entry: SupportEntry, @Ctx() ctx: Context): Promise<ServiceProject> {
    return (await serviceProjectById(ctx.loaders).load(entry.projectId))!;
  }

  @FieldResolver(() => Site)
  async site(@Root() entry: SupportEntry, @Ctx() ctx: Context): Promise<Site> {
    return (await siteById(ctx.loaders).load(entry.siteId))!;
  }
}

@Resolver(() => SupportTotalsRow)
export class SupportTotalsRowResolver {
  @FieldResolver(() => Campaign, { nullable: true })
  campaign(@Root() row: SupportTotalsRow, @Ctx() ctx: Context): Promise<Campaign | null> | null {
    return row.campaignId === null ? null : campaignById(ctx.loaders).load(row.campaignId);
  }

  @FieldResolver(() => Unit, { nullable: true })
  unit(@Root() row: SupportTotalsRow, @Ctx() ctx: Context): Promise<Unit | null> | null {
    return row.unitId === null ? null : unitById(ctx.loaders).load(row.unitId);
  }

  @FieldResolver(() => ServiceProject, { nullable: true })
  project(@Root() row: SupportTotalsRow, @Ctx() ctx: Context): Promise<ServiceProject | null> | null {
    return row.projectId === null ? null : serviceProjectById(ctx.loaders).load(row.projectId);
  }

  @FieldResolver(() => Site, { nullable: true })
  site(@Root() row: SupportTotalsRow, @Ctx() ctx: Context): Promise<Site | null> | null {
    return row.siteId === null ? null : siteById(ctx.loaders).load(row.siteId);
  }
}

@Resolver(() => ServiceProject)
export class ServiceProjectSupportResolver {
  @FieldResolver(() => [SupportEntry], {
    description: 'The project’s support lines that count (not voided); empty unless you may read its ledger.',
  })
  async supportEntries(@Root() project: ServiceProject, @Ctx() ctx: Context): Promise<SupportEntry[]> {
    const actor = actorOf(ctx);
    const team = await serviceTeamById(ctx.loaders).load(project.teamId);
    if (!team || !canReadProjectSupport(actor, team, project)) return [];
    return liveSupportEntriesByProjectId(ctx.loaders).load(project.id);
  }
}
