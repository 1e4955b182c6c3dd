import { Field, ID, InputType } from 'type-graphql';
import { UnitKind } from './unit.entity';

@InputType()
export class CreateUnitInput {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => UnitKind)
  kind: UnitKind;

  @Field(() => ID, { nullable: true, description: 'Required for every unit but the province union.' })
  parentId?: string | null;

  @Field()
  cityCode: string;
}

@InputType()
export class UpdateUnitInput {
  @Field({ nullable: true })
  name?: string;

  @Field(() => ID, { nullable: true })
  parentId?: string;

  @Field({ nullable: true })
  cityCode?: string;
}

@InputType()
export class UnitFilter {
  @Field(() => UnitKind, { nullable: true })
  kind?: UnitKind;

  @Field(() => ID, { nullable: true, description: 'Direct children of this unit.' })
  parentId?: string;

  @Field({ nullable: true })
  cityCode?: string;

  @Field({ nullable: true, description: 'Part of the name.' })
  search?: string;
}
