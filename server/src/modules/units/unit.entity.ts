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
import { UNIT_KIND_LABELS, labelsAsDescriptions } from '../code-lists/labels';

export enum UnitKind {
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  UNIVERSITY = 'UNIVERSITY',
}

registerEnumType(UnitKind, {
  name: 'UnitKind',
  valuesConfig: labelsAsDescriptions(UNIT_KIND_LABELS),
});

/** A trade-union unit: the province union, a city education union or a university union. */
@ObjectType({ description: 'A trade-union unit (省教育工会, 市教育工会 or 高校工会); units form a tree.' })
@Entity('unit')
export class Unit {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'A short stable code, e.g. SD-370100 for 济南市教育工会.' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => UnitKind)
  @Column({ type: 'varchar', length: 16 })
  kind: UnitKind;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column({ type: 'int', nullable: true })
  parentId: number | null;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parentId' })
  parent?: Relation<Unit> | null;

  @Field({ description: 'The 6-digit code of the city the unit is in (GB/T 2260), e.g. 370100.' })
  @Column({ type: 'varchar', length: 6 })
  cityCode: string;

  @Field()
  @CreateDateColumn()
  createdAt: Date;

  @Field()
  @UpdateDateColumn()
  updatedAt: Date;
}
