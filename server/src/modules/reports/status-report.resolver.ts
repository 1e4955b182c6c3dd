import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../core/context';
import { FieldCosts } from '../../core/query-limits';
import { MilestoneKind } from '../campaigns/campaign.entity';
import { StatusReport } from './status-report.entity';
import { StatusReportKeyInput, StatusReportProgressInput } from './status-report.inputs';
import { reportDownloadPath, reportWordPath } from './status-report.http';
import { StatusReportService } from './status-report.service';
import { StatusReportOverview, StatusReportRow } from './status-report.types';

@Resolver(() => StatusReport)
export class StatusReportResolver {
  @Query(() => StatusReport, {
    nullable: true,
    description: 'A unit’s saved report for a milestone; null until a draft is saved.',
  })
  statusReport(@Arg('key', () => StatusReportKeyInput) key: StatusReportKeyInput, @Ctx() ctx: Context) {
    return new StatusReportService(ctx.dataSource, actorOf(ctx)).find(key);
  }

  @Query(() => [StatusReportRow], {
    description: 'The rows the unit would file for the milestone now, computed from its records.',
    complexity: FieldCosts.reportPreview,
  })
  statusReportPreview(
    @Arg('key', () => StatusReportKeyInput) key: StatusReportKeyInput,
    @Ctx() ctx: Context,
  ) {
    return new StatusReportService(ctx.dataSource, actorOf(ctx)).preview(key);
  }

  @Query(() => StatusReportOverview, {
    description: 'Provincial admin: who has filed the milestone, who is overdue, and province totals.',
    complexity: FieldCosts.reportOverview,
  })
  statusReportOverview(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('milestone', () => MilestoneKind) milestone: MilestoneKind,
    @Ctx() ctx: Context,
  ) {
    return new StatusReportService(ctx.dataSource, actorOf(ctx)).overview(campaignId, milestone);
  }

  @Mutation(() => StatusReport, {
    description:
      'Saves the unit’s draft: each project’s 志愿服务进展情况 in `progress` (at most 500 characters each; ' +
      'projects not listed keep their text, an empty text removes one). Filing needs a text for every project.',
  })
  saveStatusReportDraft(
    @Arg('key', () => StatusReportKeyInput) key: StatusReportKeyInput,
    @Arg('progressText', () => String, {
      nullable: true,
      description:
        'The unit-wide text of reports before per-project texts (at most 500 characters), used in blocks ' +
        'without their own text and to file a report with no project; unchanged when omitted.',
    })
    progressText: string | null | undefined,
    @Arg('progress', () => [StatusReportProgressInput], { nullable: true })
    progress: StatusReportProgressInput[] | null | undefined,
    @Ctx() ctx: Context,
  ) {
    return new StatusReportService(ctx.dataSource, actorOf(ctx)).saveDraft(key, progressText, progress ?? []);
  }

  @Mutation(() => StatusReport, { description: 'Files the report: its rows are frozen as they stand now.' })
  submitStatusReport(@Arg('key', () => StatusReportKeyInput) key: StatusReportKeyInput, @Ctx() ctx: Context) {
    return new StatusReportService(ctx.dataSource, actorOf(ctx), ctx.events).submit(key);
  }

  @FieldResolver(() => String, {
    description:
      'Where to GET the report as the form’s spreadsheet (CSV, UTF-8 with BOM), with the same token.',
  })
  downloadPath(@Root() report: StatusReport): string {
    return reportDownloadPath(report.id);
  }

  @FieldResolver(() => String, {
    description:
      'Where to GET the report as the notice’s Word form (.docx, one block per team project), with the same token.',
  })
  wordDownloadPath(@Root() report: StatusReport): string {
    return reportWordPath(report.id);
  }

  @FieldResolver(() => [StatusReportRow], {
    description: 'As filed once submitted; live while a draft.',
    complexity: FieldCosts.reportRows,
  })
  rows(@Root() report: StatusReport, @Ctx() ctx: Context) {
    return new StatusReportService(ctx.dataSource, actorOf(ctx)).rows(report);
  }
}
