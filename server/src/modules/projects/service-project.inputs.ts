import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ServiceProjectStatus } from './service-project.entity';

@InputType()
export class ProjectPostInput {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType()
export class CreateServiceProjectInput {
  @Field()
  name: string;

  @Field(() => ID)
  teamId: string;

  @Field(() => ID)
  siteId: string;

  @Field(() => ID)
  campaignId: string;

  @Field(() => GraphQLLocalDate)
  startsOn: string;

  @Field(() => GraphQLLocalDate)
  endsOn: string;

  @Field(() => [ID], { nullable: true, description: 'Needs of the same site that the project serves.' })
  needIds?: string[];

  @Field(() => [ProjectPostInput], { description: 'At least one post (岗位).' })
  posts: ProjectPostInput[];

  @Field(() => [String], {
    nullable: true,
    description: 'National 服务类别 codes; derived from the needs (plus 0002) when omitted.',
  })
  nationalCategoryCodes?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'National 服务对象 codes; derived from the needs when omitted.',
  })
  beneficiaryCodes?: string[];

  @Field(() => Int, {
    nullable: true,
    description:
      '服务对象人数; when omitted, the sum of the 受益人数 of the needs served, or none entered if it serves none.',
  })
  peopleServed?: number | null;

  @Field({ nullable: true, description: 'Defaults to the site’s area code.' })
  areaCode?: string;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType()
export class UpdateServiceProjectInput {
  @Field({ nullable: true })
  name?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  startsOn?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  endsOn?: string;

  @Field(() => [ID], { nullable: true, description: 'Replaces the needs served.' })
  needIds?: string[];

  @Field(() => [ProjectPostInput], {
    nullable: true,
    description: 'Posts to add; existing posts are kept because records refer to them.',
  })
  addPosts?: ProjectPostInput[];

  @Field(() => [String], { nullable: true })
  nationalCategoryCodes?: string[];

  @Field(() => [String], { nullable: true })
  beneficiaryCodes?: string[];

  @Field(() => Int, { nullable: true, description: '服务对象人数; null clears it (not entered).' })
  peopleServed?: number | null;

  @Field({ nullable: true })
  areaCode?: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ServiceProjectStatus, { nullable: true })
  status?: ServiceProjectStatus;
}

@InputType()
export class ServiceProjectFilter {
  @Field(() => ID, { nullable: true })
  teamId?: string;

  @Field(() => ID, { nullable: true })
  siteId?: string;

  @Field(() => ID, { nullable: true })
  campaignId?: string;

  @Field(() => ID, { nullable: true, description: 'Projects of the teams of this unit.' })
  unitId?: string;

  @Field(() => ServiceProjectStatus, { nullable: true })
  status?: ServiceProjectStatus;
}
