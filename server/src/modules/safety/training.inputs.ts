import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { DecimalScalar } from '../../core/decimal';
import { TrainingTopicKind } from './safety.entity';

@InputType({ description: '培训记录: a training a unit held for its volunteers and cadres.' })
export class RecordTrainingInput {
  @Field(() => ID, { description: 'The unit that held it; attendees belong to it or the units under it.' })
  unitId: string;

  @Field({ description: '培训主题, at most 100 characters.' })
  topic: string;

  @Field(() => [TrainingTopicKind], {
    description: 'What it covered; SAFETY sets the attendees’ safetyTrainedOn to heldOn (if later).',
  })
  covers: TrainingTopicKind[];

  @Field(() => GraphQLLocalDate, { description: 'China date it was held; not in the future.' })
  heldOn: string;

  @Field(() => DecimalScalar, { description: 'Hours, > 0 and at most 24.00, two decimals at most.' })
  hours: string;

  @Field({ description: '培训人, at most 50 characters.' })
  trainer: string;

  @Field(() => [ID], { description: 'The volunteers who attended (at least one, at most 500).' })
  attendeeIds: string[];
}

@InputType({
  description:
    'Corrections to a training. Its date and topic kinds are fixed once recorded, because SAFETY ' +
    'trainings have cleared volunteers to serve; attendees can be added, not removed.',
})
export class UpdateTrainingInput {
  @Field({ nullable: true })
  topic?: string;

  @Field(() => DecimalScalar, { nullable: true })
  hours?: string;

  @Field({ nullable: true })
  trainer?: string;

  @Field(() => [ID], { nullable: true, description: 'Volunteers to add to the attendance.' })
  addAttendeeIds?: string[];
}

@InputType()
export class TrainingRecordFilter {
  @Field(() => ID, { nullable: true, description: 'Trainings held by this unit or the units under it.' })
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Trainings this volunteer attended.' })
  volunteerId?: string | null;

  @Field(() => TrainingTopicKind, { nullable: true, description: 'Trainings that covered this kind.' })
  covers?: TrainingTopicKind | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  from?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  to?: string | null;
}
