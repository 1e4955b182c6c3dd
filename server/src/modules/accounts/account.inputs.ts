import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Role } from '../../core/actor';
import { Account, ApiToken } from './account.entity';

@InputType({
  description:
    'The link the role needs, and only it: UNIT_COORDINATOR → unitId, TEAM_LEADER and VOLUNTEER → volunteerId, ' +
    'SITE_CONTACT → siteId, PROVINCIAL_ADMIN → none.',
})
export class CreateAccountInput {
  @Field({ description: 'Stored lower-case: 3–50 of a–z, 0–9, `.`, `_`, `-`.' })
  username: string;

  @Field()
  displayName: string;

  @Field({ description: '10–200 characters.' })
  password: string;

  @Field(() => Role)
  role: Role;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => ID, { nullable: true })
  volunteerId?: string | null;

  @Field(() => ID, { nullable: true })
  siteId?: string | null;
}

@InputType()
export class AccountFilter {
  @Field(() => Role, { nullable: true })
  role?: Role | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Part of the username or the display name.' })
  search?: string | null;
}

@ObjectType()
export class LoginResult {
  @Field({ description: 'Send it as `Authorization: Bearer <accessToken>`.' })
  accessToken: string;

  @Field()
  expiresAt: Date;

  @Field(() => Account)
  account: Account;
}

@ObjectType()
export class CreatedApiToken {
  @Field({ description: 'The token itself: shown only now, store it safely.' })
  token: string;

  @Field(() => ApiToken)
  apiToken: ApiToken;
}
