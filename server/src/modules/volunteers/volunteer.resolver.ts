import DataLoader from 'dataloader';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuditAction, maskDocumentNumber, maskMobile, recordAudit } from '../../core/audit';
import { actorOf, type Context } from '../../core/context';
import { connectionType, PageArgs, type Page } from '../../core/pagination';
import { FieldCosts, PerOperation } from '../../core/query-limits';
import { parseId } from '../../core/validate';
import { Unit } from '../units/unit.entity';
import { unitById } from '../units/unit.loaders';
import { seesHomeLocation, seesPersonalData, volunteerListScope } from './volunteer.access';
import { Volunteer, VolunteerAvailability } from './volunteer.entity';
import { CreateVolunteerInput, UpdateVolunteerInput, VolunteerFilter } from './volunteer.inputs';
import { availabilityByVolunteerId } from './volunteer.loaders';
import { readableVolunteer } from './volunteer.reads';
import { VolunteerService } from './volunteer.service';
import { RosterImportService } from './roster-import.service';
import { ImportVolunteerRosterInput, VolunteerRosterImport } from './roster-import.types';

/** Reads and checks up to 5,000 rows and writes them: priced like an archive export. */
const ROSTER_IMPORT_COST = FieldCosts.archiveExport;

export const VolunteerConnection = connectionType(Volunteer, 'Volunteer');

@Resolver(() => Volunteer)
export class VolunteerResolver {
  @Query(() => Volunteer, { nullable: true })
  volunteer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Volunteer | null> {
    volunteerListScope(actorOf(ctx)); // FORBIDDEN for roles that read no volunteers, whatever the id
    // Null both for an unknown id and for someone else's volunteer: ids are not to be probed.
    return readableVolunteer(ctx, parseId('id', id));
  }

  @Query(() => Volunteer, {
    nullable: true,
    description: 'A volunteer by their stable volunteer number; null when unknown or not yours to read.',
  })
  volunteerByNumber(
    @Arg('volunteerNumber') volunteerNumber: string,
    @Ctx() ctx: Context,
  ): Promise<Volunteer | null> {
    return new VolunteerService(ctx.dataSource, actorOf(ctx)).getByNumber(volunteerNumber);
  }

  @Query(() => VolunteerConnection)
  volunteers(
    @Arg('filter', () => VolunteerFilter, { nullable: true }) filter: VolunteerFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<Volunteer>> {
    return new VolunteerService(ctx.dataSource, actorOf(ctx)).list(filter ?? {}, page, ctx.loaders);
  }

  @Mutation(() => Volunteer)
  createVolunteer(@Arg('input') input: CreateVolunteerInput, @Ctx() ctx: Context): Promise<Volunteer> {
    return new VolunteerService(ctx.dataSource, actorOf(ctx)).create(input);
  }

  @Mutation(() => Volunteer)
  updateVolunteer(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateVolunteerInput,
    @Ctx() ctx: Context,
  ): Promise<Volunteer> {
    return new VolunteerService(ctx.dataSource, actorOf(ctx)).update(parseId('id', id), input);
  }

  @Mutation(() => VolunteerRosterImport, {
    description:
      '导入名册: creates every volunteer of a roster file (.xlsx or .csv, the columns of the roster form) in one ' +
      'transaction, or none. Every row is checked with the rules of createVolunteer; each problem is listed ' +
      'with its line and column, and then nothing is written. dryRun checks without writing. Coordinators ' +
      'of the unit (or a unit above it) only; at most 700 KB and 5,000 rows.',
    complexity: ROSTER_IMPORT_COST,
  })
  @PerOperation({ group: 'roster imports (importVolunteerRoster)', max: 1 })
  importVolunteerRoster(
    @Arg('input') input: ImportVolunteerRosterInput,
    @Ctx() ctx: Context,
  ): Promise<VolunteerRosterImport> {
    return new RosterImportService(ctx.dataSource, actorOf(ctx)).import(input);
  }

  @FieldResolver(() => String, {
    description:
      'Masked (370102********123X) unless you are their coordinator, team leader or the volunteer.',
  })
  async documentNumber(@Root() volunteer: Volunteer, @Ctx() ctx: Context): Promise<string> {
    return (await this.personal(volunteer, ctx))
      ? volunteer.documentNumber
      : maskDocumentNumber(volunteer.documentNumber);
  }

  @FieldResolver(() => String, { description: 'Masked (138****5678) under the same rule as documentNumber.' })
  async mobile(@Root() volunteer: Volunteer, @Ctx() ctx: Context): Promise<string> {
    return (await this.personal(volunteer, ctx)) ? volunteer.mobile : maskMobile(volunteer.mobile);
  }

  @FieldResolver(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Null unless you may see personal data.',
  })
  async birthDate(@Root() volunteer: Volunteer, @Ctx() ctx: Context): Promise<string | null> {
    return (await this.personal(volunteer, ctx)) ? volunteer.birthDate : null;
  }

  @FieldResolver(() => Float, { nullable: true })
  async homeLatitude(@Root() volunteer: Volunteer, @Ctx() ctx: Context): Promise<number | null> {
    return (await this.homeLocation(volunteer, ctx)) ? volunteer.homeLatitude : null;
  }

  @FieldResolver(() => Float, { nullable: true })
  async homeLongitude(@Root() volunteer: Volunteer, @Ctx() ctx: Context): Promise<number | null> {
    return (await this.homeLocation(volunteer, ctx)) ? volunteer.homeLongitude : null;
  }

  @FieldResolver(() => Unit)
  async unit(@Root() volunteer: Volunteer, @Ctx() ctx: Context): Promise<Unit> {
    return (await unitById(ctx.loaders).load(volunteer.unitId))!;
  }

  @FieldResolver(() => [VolunteerAvailability])
  availability(@Root() volunteer: Volunteer, @Ctx() ctx: Context): Promise<VolunteerAvailability[]> {
    return availabilityByVolunteerId(ctx.loaders).load(volunteer.id);
  }

  /** Whether the caller sees this volunteer's personal data; each such read is audited once per request. */
  private async personal(volunteer: Volunteer, ctx: Context): Promise<boolean> {
    const actor = actorOf(ctx);
    if (!seesPersonalData(actor, volunteer)) return false;
    await personalDataReads(ctx).load(volunteer.id);
    return true;
  }

  private async homeLocation(volunteer: Volunteer, ctx: Context): Promise<boolean> {
    if (!seesHomeLocation(actorOf(ctx), volunteer)) return false;
    if (volunteer.homeLatitude !== null) await personalDataReads(ctx).load(volunteer.id);
    return true;
  }
}

/** Batches the audit events of one request's unmasked reads into one insert. */
function personalDataReads(ctx: Context): DataLoader<number, true> {
  return ctx.loaders.get(
    'personalDataReads',
    (dataSource) =>
      new DataLoader<number, true>(async (ids) => {
        await recordAudit(
          dataSource.manager,
          actorOf(ctx),
          ...ids.map((id) => ({
            action: AuditAction.READ_PERSONAL_DATA,
            entityType: 'Volunteer',
            entityId: id,
          })),
        );
        return ids.map(() => true as const);
      }),
  );
}
