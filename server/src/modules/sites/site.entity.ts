import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
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
import { labelsAsDescriptions, SITE_KIND_LABELS } from '../code-lists/labels';
import { Unit } from '../units/unit.entity';

export enum SiteKind {
  VILLAGE = 'VILLAGE',
  SCHOOL = 'SCHOOL',
  COMMUNITY = 'COMMUNITY',
  CLINIC = 'CLINIC',
}

/**
 * Whether a pairing counts. A unit that asks to pair with a site another unit owns waits for the
 * owner's (or the province's) approval: pairing must never widen a unit's rights over what another
 * unit owns, so only an ACTIVE pairing counts anywhere a pairing counts.
 */
export enum PairingStatus {
  REQUESTED = 'REQUESTED',
  ACTIVE = 'ACTIVE',
  REFUSED = 'REFUSED',
}

export enum PairingKind {
  BUREAU_PAIRED = 'BUREAU_PAIRED',
  SCHOOL_PAIRED = 'SCHOOL_PAIRED',
  SELF_PAIRED = 'SELF_PAIRED',
}

registerEnumType(SiteKind, {
  name: 'SiteKind',
  valuesConfig: labelsAsDescriptions(SITE_KIND_LABELS),
});

registerEnumType(PairingStatus, {
  name: 'PairingStatus',
  valuesConfig: {
    REQUESTED: { description: "Asked by a unit that does not own the site: waits for the owner's approval." },
    ACTIVE: { description: 'Approved (or made by the owner or the province): the pairing counts.' },
    REFUSED: { description: 'Refused by the site’s owner or the province; the unit may ask again.' },
  },
});

registerEnumType(PairingKind, {
  name: 'PairingKind',
  valuesConfig: {
    BUREAU_PAIRED: { description: "The education bureau's paired site (所在市教育局结对扶贫帮扶点)" },
    SCHOOL_PAIRED: { description: "The school's paired site (所在学校结对扶贫帮扶点)" },
    SELF_PAIRED: { description: 'Paired by the unit itself within the province (自行省内结对)' },
  },
});

/** 结对扶贫帮扶点: a place in a poor area that units serve. */
@ObjectType({ description: '结对扶贫帮扶点: a paired poverty-alleviation site.' })
@Entity('site')
export class Site {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => SiteKind)
  @Column({ type: 'varchar', length: 16 })
  kind: SiteKind;

  @Field({ description: '6-digit county code (GB/T 2260), e.g. 371721 for 曹县.' })
  @Index()
  @Column({ type: 'varchar', length: 6 })
  areaCode: string;

  @Field({ description: 'The city part of the area code, e.g. 371700 for 菏泽市.' })
  @Index()
  @Column({ type: 'varchar', length: 6 })
  cityCode: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  address: string | null;

  @Field(() => Float)
  @Column({ type: 'double' })
  latitude: number;

  @Field(() => Float)
  @Column({ type: 'double' })
  longitude: number;

  @Field(() => Int, { description: '服务对象人数: how many people the site serves.' })
  @Column({ type: 'int', default: 0 })
  peopleServed: number;

  @Field(() => ID, {
    nullable: true,
    description:
      'The unit that owns the site (registered it); null when the province (省教育工会) owns it. ' +
      "Only the owner's coordinators and the provincial admin change the site, its needs and its contact accounts.",
  })
  @Index()
  @Column({ type: 'int', nullable: true })
  ownerUnitId: number | null;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'ownerUnitId' })
  ownerUnit?: Relation<Unit> | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 50, nullable: true })
  contactName: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Null unless you own the site or work on one of its projects.',
  })
  @Column({ type: 'varchar', length: 20, nullable: true })
  contactPhone: string | null;

  @Field({ description: 'A long-term volunteer service base (志愿服务基地).' })
  @Column({ type: 'boolean', default: false })
  isLongTermBase: boolean;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  longTermBaseSince: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field()
  @CreateDateColumn()
  createdAt: Date;

  @Field()
  @UpdateDateColumn()
  updatedAt: Date;
}

/** A unit's pairing with a site (结对). */
@ObjectType({ description: 'A unit paired with a site (结对).' })
@Entity('pairing')
@Index(['unitId', 'siteId'], { unique: true })
export class Pairing {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  unitId: number;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unitId' })
  unit?: Relation<Unit>;

  @Field(() => ID)
  @Index()
  @Column({ type: 'int' })
  siteId: number;

  @ManyToOne(() => Site, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'siteId' })
  site?: Relation<Site>;

  @Field(() => PairingKind)
  @Column({ type: 'varchar', length: 16 })
  kind: PairingKind;

  @Field(() => PairingStatus)
  @Column({ type: 'varchar', length: 16, default: PairingStatus.ACTIVE })
  status: PairingStatus;

  @Field(() => GraphQLLocalDate)
  @Column({ type: 'date' })
  startedOn: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  endedOn: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the site’s owner refused the request, when they said (REFUSED only).',
  })
  @Column({ type: 'varchar', length: 500, nullable: true })
  refusalReason: string | null;
}
