import { Field, ID, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { Role } from '../../core/actor';
import { Site } from '../sites/site.entity';
import { Unit } from '../units/unit.entity';
import { Volunteer } from '../volunteers/volunteer.entity';

/**
 * Someone who signs in. The role decides which link is set: a coordinator's unit, a team
 * leader's or volunteer's volunteer record, a site contact's site; the provincial admin has none.
 */
@ObjectType({
  description: 'An account that signs in, with one role of DOMAIN.md and the record it acts for.',
})
@Entity('account')
export class Account {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'Lower-case letters, digits, `.`, `_` and `-`; unique.' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 50 })
  username: string;

  @Field()
  @Column({ type: 'varchar', length: 50 })
  displayName: string;

  /** scrypt$N$r$p$salt$hash (see password.ts); never a GraphQL field. */
  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  @Field(() => Role)
  @Column({ type: 'varchar', length: 24 })
  role: Role;

  @Field(() => ID, { nullable: true, description: 'UNIT_COORDINATOR: the unit they coordinate.' })
  @Index()
  @Column({ type: 'int', nullable: true })
  unitId: number | null;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'unitId' })
  unit?: Relation<Unit> | null;

  @Field(() => ID, { nullable: true, description: 'TEAM_LEADER and VOLUNTEER: the volunteer they are.' })
  @Index()
  @Column({ type: 'int', nullable: true })
  volunteerId: number | null;

  @ManyToOne(() => Volunteer, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'volunteerId' })
  volunteer?: Relation<Volunteer> | null;

  @Field(() => ID, { nullable: true, description: 'SITE_CONTACT: the site whose needs they post.' })
  @Index()
  @Column({ type: 'int', nullable: true })
  siteId: number | null;

  @ManyToOne(() => Site, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'siteId' })
  site?: Relation<Site> | null;

  @Field({ description: 'False once deactivated: the account can no longer sign in or use its tokens.' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Bumped to revoke every access token issued so far (password change, deactivation). */
  @Column({ type: 'int', default: 0 })
  tokenVersion: number;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  lastLoginAt: Date | null;

  @Field()
  @CreateDateColumn()
  createdAt: Date;

  @Field()
  @UpdateDateColumn()
  updatedAt: Date;
}

/**
 * A long-lived token another tool (the SDK) uses to act as an account. Only the SHA-256 of the
 * token is stored; the token itself is shown once, when it is created.
 */
@ObjectType({ description: 'An API token for another tool; the secret is shown only once, at creation.' })
@Entity('api_token')
export class ApiToken {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Index()
  @Column({ type: 'int' })
  accountId: number;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'accountId' })
  account?: Relation<Account>;

  @Field({ description: 'What the token is for, e.g. 报表同步脚本.' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field({ description: 'The first characters of the token, e.g. uvp_Xy3k9Q2a, to recognise it by.' })
  @Column({ type: 'varchar', length: 12 })
  tokenPrefix: string;

  /** SHA-256 hex of the token; never a GraphQL field. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Updated at most once a minute.' })
  @Column({ type: 'datetime', nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  revokedAt: Date | null;

  @Field()
  @CreateDateColumn()
  createdAt: Date;
}
