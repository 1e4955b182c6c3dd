import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../core/context';
import { FieldCosts, PerOperation } from '../../core/query-limits';
import { SummaryMaterials } from './summary-materials.entity';
import { SubmitSummaryMaterialsInput } from './summary-materials.inputs';
import { SummaryMaterialsService, summaryMaterialsPath } from './summary-materials.service';
import { SummaryMaterialsOverview, SummaryMaterialsStatus } from './summary-materials.types';

@Resolver(() => SummaryMaterials)
export class SummaryMaterialsResolver {
  @Query(() => SummaryMaterialsStatus, {
    description:
      '活动总结材料 of one unit for a campaign: received or not, when, late, and where to get the draft. ' +
      'The unit’s coordinators and the provincial admin.',
  })
  summaryMaterials(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('campaignId', () => ID) campaignId: string,
    @Ctx() ctx: Context,
  ) {
    return new SummaryMaterialsService(ctx.dataSource, actorOf(ctx)).status(unitId, campaignId);
  }

  @Query(() => SummaryMaterialsOverview, {
    description: 'Provincial admin: every unit’s summary materials for a campaign (received, when, late).',
  })
  summaryMaterialsOverview(@Arg('campaignId', () => ID) campaignId: string, @Ctx() ctx: Context) {
    return new SummaryMaterialsService(ctx.dataSource, actorOf(ctx)).overview(campaignId);
  }

  @Mutation(() => SummaryMaterialsStatus, {
    description:
      '报送活动总结材料: hands in the unit’s Word document (.docx, at most 700 KB), which files the ' +
      'campaign’s FINAL_MATERIALS milestone. A later upload replaces it until the due date has passed; ' +
      'after it a unit with nothing on record may still hand in once (late). The unit’s own coordinator only.',
    complexity: FieldCosts.archiveExport,
  })
  @PerOperation({ group: 'summary materials uploads (submitSummaryMaterials)', max: 1 })
  submitSummaryMaterials(
    @Arg('input', () => SubmitSummaryMaterialsInput) input: SubmitSummaryMaterialsInput,
    @Ctx() ctx: Context,
  ) {
    return new SummaryMaterialsService(ctx.dataSource, actorOf(ctx)).submit(input);
  }

  @FieldResolver(() => String, {
    description: 'Where to GET the document as received (.docx), with the same token or session.',
  })
  downloadPath(@Root() materials: SummaryMaterials): string {
    return summaryMaterialsPath(materials.campaignId, materials.unitId, 'final');
  }
}
