import { Field, ID, InputType } from 'type-graphql';
import { AssignmentStatus } from './assignment.entity';

@InputType({ description: 'Narrows the assignments you may see; every field is optional.' })
export class AssignmentFilter {
  @Field(() => ID, { nullable: true })
  needId?: string | null;

  @Field(() => ID, { nullable: true })
  volunteerId?: string | null;

  @Field(() => AssignmentStatus, { nullable: true })
  status?: AssignmentStatus | null;
}
