import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { PairingKind, SiteKind } from './site.entity';

@InputType()
export class CreateSiteInput {
  @Field()
  name: string;

  @Field(() => SiteKind)
  kind: SiteKind;

  @Field()
  areaCode: string;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => Float)
  latitude: number;

  @Field(() => Float)
  longitude: number;

  @Field(() => Int, { nullable: true, defaultValue: 0 })
  peopleServed?: number;

  @Field(() => String, { nullable: true })
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  contactPhone?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The unit that owns the site: one you administer. Default: a coordinator’s own unit; the province when the admin names none.',
  })
  ownerUnitId?: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description:
      'Set to register the site as a long-term base at once (provincial admin only; see markLongTermBase).',
  })
  longTermBaseSince?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType()
export class UpdateSiteInput {
  @Field({ nullable: true })
  name?: string;

  @Field(() => SiteKind, { nullable: true })
  kind?: SiteKind;

  @Field({ nullable: true })
  areaCode?: string;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => Float, { nullable: true })
  latitude?: number;

  @Field(() => Float, { nullable: true })
  longitude?: number;

  @Field(() => Int, { nullable: true })
  peopleServed?: number;

  @Field(() => String, { nullable: true })
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  contactPhone?: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description:
      'null ends the long-term base status; changing it is for the admin and the owning unit’s coordinators ' +
      '(see markLongTermBase).',
  })
  longTermBaseSince?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType()
export class SiteFilter {
  @Field({ nullable: true })
  cityCode?: string;

  @Field({ nullable: true })
  areaCode?: string;

  @Field(() => SiteKind, { nullable: true })
  kind?: SiteKind;

  @Field(() => ID, { nullable: true, description: 'Sites with an approved, live pairing with this unit.' })
  pairedUnitId?: string;

  @Field(() => ID, { nullable: true, description: 'Sites this unit owns.' })
  ownerUnitId?: string;

  @Field({ nullable: true })
  isLongTermBase?: boolean;

  @Field({ nullable: true, description: 'Part of the name.' })
  search?: string;
}

@InputType()
export class PairUnitWithSiteInput {
  @Field(() => ID)
  unitId: string;

  @Field(() => ID)
  siteId: string;

  @Field(() => PairingKind)
  kind: PairingKind;

  @Field(() => GraphQLLocalDate)
  startedOn: string;
}
