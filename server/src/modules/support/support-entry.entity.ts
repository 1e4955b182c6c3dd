import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
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
import { DecimalScalar, decimalTransformer } from '../../core/decimal';
import { FUNDING_SOURCE_LABELS, labelsAsDescriptions, SUPPORT_KIND_LABELS } from '../code-lists/labels';
import { ServiceProject } from '../projects/service-project.entity';
import { Site } from '../sites/site.entity';
import { Volunteer } from '../volunteers/volunteer.entity';

export enum SupportKind {
  FUNDS = 'FUNDS',
  MATERIALS = 'MATERIALS',
}

export enum FundingSource {
  UNION_FUNDS = 'UNION_FUNDS',
  UNIT_FUNDS = 'UNIT_FUNDS',
  DONATION = 'DONATION',
  OTHER = 'OTHER',
}

registerEnumType(SupportKind, {
  name: 'SupportKind',
  valuesConfig: labelsAsDescriptions(SUPPORT_KIND_LABELS),
});

registerEnumType(FundingSource, {
  name: 'FundingSource',
  valuesConfig: labelsAsDescriptions(FUNDING_SOURCE_LABELS),
});

/**
 * 服务保障 ledger: the notice asks units to fund their activities, and the status report asks for
 * 物质或资金支持情况, so money and goods given to a site are recorded line by line.
 */
@ObjectType({
  description: '物质或资金支持: one line of funding or material support given through a project.',
})
@Entity('support_entry')
export class SupportEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => SupportKind)
  @Column({ type: 'varchar', length: 16 })
  kind: SupportKind;

  @Field(() => ID)
  @Index()
  @Column({ type: 'int' })
  projectId: number;

  @ManyToOne(() => ServiceProject, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'projectId' })
  project?: Relation<ServiceProject>;

  @Field(() => ID)
  @Index()
  @Column({ type: 'int' })
  siteId: number;

  @ManyToOne(() => Site, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'siteId' })
  site?: Relation<Site>;

  @Field(() => GraphQLLocalDate, { description: 'The China date the support was given.' })
  @Index()
  @Column({ type: 'date' })
  occurredOn: string;

  @Field(() => DecimalScalar, { nullable: true, description: '金额 in CNY (元), for FUNDS.' })
  @Column({ type: 'decimal', precision: 14, scale: 2, nullable: true, transformer: decimalTransformer(2) })
  amount: string | null;

  @Field(() => FundingSource, { nullable: true, description: '经费来源, for FUNDS.' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  fundingSource: FundingSource | null;

  @Field(() => String, { nullable: true, description: '物品名称, for MATERIALS, e.g. 课外读物.' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  itemName: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: '数量, for MATERIALS.' })
  @Column({ type: 'decimal', precision: 12, scale: 2, nullable: true, transformer: decimalTransformer(2) })
  quantity: string | null;

  @Field(() => String, { nullable: true, description: '单位 of the quantity, e.g. 册 or 箱.' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  quantityUnit: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: '折合金额 in CNY (元), for MATERIALS.' })
  @Column({ type: 'decimal', precision: 14, scale: 2, nullable: true, transformer: decimalTransformer(2) })
  estimatedValue: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The volunteer record of whoever entered the line, when they are a volunteer.',
  })
  @Column({ type: 'int', nullable: true })
  recordedById: number | null;

  @ManyToOne(() => Volunteer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recordedById' })
  recordedBy?: Relation<Volunteer> | null;

  @Field(() => ID, { nullable: true, description: 'The account that entered the line (null: the system).' })
  @Column({ type: 'int', nullable: true })
  recordedByAccountId: number | null;

  @Field({ description: '登记人: the name of whoever entered the line, as it was then.' })
  @Column({ type: 'varchar', length: 100, default: '' })
  recordedByName: string;

  @Field(() => Date, {
    nullable: true,
    description: 'Set when the line was voided (作废): it then counts in no total but is kept.',
  })
  @Column({ type: 'datetime', nullable: true })
  voidedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the line was voided.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  voidReason: string | null;

  @Field()
  @CreateDateColumn()
  createdAt: Date;

  @Field()
  @UpdateDateColumn()
  updatedAt: Date;
}
