import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../core/context';
import { connectionType, PageArgs, type Page } from '../../core/pagination';
import { ExpensiveFields, FieldCosts, PerOperation } from '../../core/query-limits';
import { parseId } from '../../core/validate';
import { ArchiveExport, ArchiveExportIssue } from './archive-export.entity';
import { downloadPaths } from './archive-export.http';
import {
  ArchiveExportDownloads,
  ArchiveExportFilter,
  CreateArchiveExportInput,
} from './archive-export.inputs';
import { ArchiveExportService } from './archive-export.service';

export const ArchiveExportConnection = connectionType(ArchiveExport, 'ArchiveExport');

const service = (ctx: Context) => new ArchiveExportService(ctx.dataSource, actorOf(ctx), ctx.heavyWork);

@Resolver(() => ArchiveExport)
export class ArchiveExportResolver {
  @Query(() => ArchiveExportConnection, {
    description:
      "Export batches: the admin all, a coordinator their units' (metadata only, no personal data).",
  })
  archiveExports(
    @Arg('filter', () => ArchiveExportFilter, { nullable: true }) filter: ArchiveExportFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<ArchiveExport>> {
    return service(ctx).list(filter ?? {}, page);
  }

  @Query(() => ArchiveExport, { nullable: true })
  archiveExport(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ArchiveExport | null> {
    return service(ctx).get(parseId('id', id));
  }

  @Mutation(() => ArchiveExport, {
    description:
      '志愿服务记录导出（供录入全国志愿服务信息系统参考）: exports the approved records of a scope and dates not yet ' +
      'exported, checked against the national system’s rules. Rows that break one are listed in `issues` and the ' +
      'report file and are not marked exported; the rest are marked in the same transaction as the batch. ' +
      'For the unit’s coordinator only (the files hold ID numbers and mobiles). NOTHING_TO_EXPORT when no record would be exported; its extensions then name the records still waiting and the rules they break (failingRecords, issueCount, issues).',
    complexity: FieldCosts.archiveExport,
  })
  @PerOperation(ExpensiveFields.archiveExport)
  createArchiveExport(
    @Arg('input', () => CreateArchiveExportInput) input: CreateArchiveExportInput,
    @Ctx() ctx: Context,
  ): Promise<ArchiveExport> {
    return service(ctx).create(input);
  }

  @Mutation(() => ArchiveExport, {
    description:
      'Exports a batch again on purpose: a new batch (reexportOf) whose files are the original’s, byte for byte.',
    complexity: FieldCosts.archiveExport,
  })
  @PerOperation(ExpensiveFields.archiveExport)
  reexportArchiveExport(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ArchiveExport> {
    return service(ctx).reexport(parseId('id', id));
  }

  @FieldResolver(() => ArchiveExportDownloads)
  downloads(@Root() batch: ArchiveExport): ArchiveExportDownloads {
    return downloadPaths(batch.id);
  }

  @FieldResolver(() => [ArchiveExportIssue], {
    description:
      'Rules broken by rows left out (the first `first`, at most 1,000; the report file lists them all).',
  })
  issues(
    @Root() batch: ArchiveExport,
    @Arg('first', () => Int, { defaultValue: 100 }) first: number,
    @Ctx() ctx: Context,
  ): Promise<ArchiveExportIssue[]> {
    return service(ctx).issues(batch, first);
  }
}
