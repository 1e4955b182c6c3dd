import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A 志愿服务日志 entry: what the team did for the project on a day.' })
export class WriteServiceLogInput {
  @Field(() => ID)
  projectId: string;

  @Field(() => GraphQLLocalDate, {
    description: 'The China date the entry is about: within the project, not in the future.',
  })
  loggedOn: string;

  @Field({ description: 'At most 5000 characters.' })
  content: string;
}

@InputType({ description: 'Changes to your own entry; omitted fields keep their value.' })
export class UpdateServiceLogInput {
  @Field(() => GraphQLLocalDate, { nullable: true })
  loggedOn?: string;

  @Field({ nullable: true })
  content?: string;
}

@InputType()
export class ServiceLogFilter {
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'From this China date, inclusive.' })
  from?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Up to this China date, inclusive.' })
  to?: string | null;

  @Field(() => ID, { nullable: true, description: 'Entries written by this volunteer.' })
  authorId?: string | null;
}
