import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../core/context';
import { connectionType, PageArgs, type Page } from '../../core/pagination';
import { parseId } from '../../core/validate';
import { Unit } from '../units/unit.entity';
import { unitById } from '../units/unit.loaders';
import { canReadVolunteer } from '../volunteers/volunteer.access';
import { Volunteer } from '../volunteers/volunteer.entity';
import { volunteerById } from '../volunteers/volunteer.loaders';
import { TrainingRecord } from './safety.entity';
import { RecordTrainingInput, TrainingRecordFilter, UpdateTrainingInput } from './training.inputs';
import { attendancesByTrainingId } from './training.loaders';
import { TrainingService } from './training.service';

export const TrainingRecordConnection = connectionType(TrainingRecord, 'TrainingRecord');

@Resolver(() => TrainingRecord)
export class TrainingRecordResolver {
  @Query(() => TrainingRecord, { nullable: true })
  trainingRecord(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<TrainingRecord | null> {
    return new TrainingService(ctx.dataSource, actorOf(ctx)).find(parseId('id', id));
  }

  @Query(() => TrainingRecordConnection, {
    description:
      "Trainings you may read: a coordinator their units', a team leader those their members or they " +
      'attended, a volunteer their own; the admin all.',
  })
  trainingRecords(
    @Arg('filter', () => TrainingRecordFilter, { nullable: true }) filter: TrainingRecordFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<TrainingRecord>> {
    return new TrainingService(ctx.dataSource, actorOf(ctx)).list(filter ?? {}, page);
  }

  @Mutation(() => TrainingRecord, {
    description:
      "Record a training your unit held and who attended; a SAFETY training sets the attendees' safetyTrainedOn.",
  })
  recordTraining(@Arg('input') input: RecordTrainingInput, @Ctx() ctx: Context): Promise<TrainingRecord> {
    return new TrainingService(ctx.dataSource, actorOf(ctx)).record(input);
  }

  @Mutation(() => TrainingRecord, { description: 'Correct a training or add attendees.' })
  updateTraining(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateTrainingInput,
    @Ctx() ctx: Context,
  ): Promise<TrainingRecord> {
    return new TrainingService(ctx.dataSource, actorOf(ctx)).update(parseId('id', id), input);
  }

  @FieldResolver(() => Unit)
  async unit(@Root() training: TrainingRecord, @Ctx() ctx: Context): Promise<Unit> {
    return (await unitById(ctx.loaders).load(training.unitId))!;
  }

  @FieldResolver(() => Int, { description: 'How many attended.' })
  async attendeeCount(@Root() training: TrainingRecord, @Ctx() ctx: Context): Promise<number> {
    return (await attendancesByTrainingId(ctx.loaders).load(training.id)).length;
  }

  @FieldResolver(() => [Volunteer], { description: 'The attendees you may read.' })
  async attendees(@Root() training: TrainingRecord, @Ctx() ctx: Context): Promise<Volunteer[]> {
    const actor = actorOf(ctx);
    const attendances = await attendancesByTrainingId(ctx.loaders).load(training.id);
    const volunteers = await volunteerById(ctx.loaders).loadMany(attendances.map((a) => a.volunteerId));
    return volunteers.filter(
      (v): v is Volunteer => v !== null && !(v instanceof Error) && canReadVolunteer(actor, v),
    );
  }
}
