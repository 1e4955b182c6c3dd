import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Account } from '../accounts/account.entity';
import { Campaign } from '../campaigns/campaign.entity';
import { Unit } from '../units/unit.entity';

/**
 * 活动总结材料: the Word document a unit hands in for a campaign's FINAL_MATERIALS milestone, one per
 * unit and campaign. A later upload replaces it while the milestone is open (see the service). The
 * bytes live in `summary_materials_chunk`, so this row stays small to list.
 */
@ObjectType({ description: '活动总结材料: the Word document (.docx) a unit handed in for a campaign.' })
@Entity('summary_materials')
@Index(['unitId', 'campaignId'], { unique: true })
export class SummaryMaterials {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, { description: '报送单位: a city or university union.' })
  @Column({ type: 'int' })
  unitId: number;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unitId' })
  unit?: Relation<Unit>;

  @Field(() => ID)
  @Index()
  @Column({ type: 'int' })
  campaignId: number;

  @ManyToOne(() => Campaign, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'campaignId' })
  campaign?: Relation<Campaign>;

  @Field({ description: 'The name of the file as uploaded.' })
  @Column({ type: 'varchar', length: 200 })
  fileName: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  byteSize: number;

  @Field({ description: 'SHA-256 of the file, hex: to tell one upload from another.' })
  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Field({ description: 'When the file now on record was received (UTC; shown in China time).' })
  @Column({ type: 'datetime' })
  submittedAt: Date;

  @Field(() => ID, { nullable: true, description: 'The account that uploaded the file now on record.' })
  @Column({ type: 'int', nullable: true })
  submittedByAccountId: number | null;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'submittedByAccountId' })
  submittedBy?: Relation<Account> | null;

  @Field(() => Int, { description: 'How many times the unit has uploaded (1 for the first file).' })
  @Column({ type: 'int', default: 1 })
  uploadCount: number;

  @Field({ description: 'When the first file was received.' })
  @CreateDateColumn()
  createdAt: Date;
}

/**
 * The file's bytes in pieces that fit a BLOB on every dialect (MariaDB/MySQL's BLOB holds
 * 64 KB; SQLite has no MEDIUMBLOB), written and replaced with their header row.
 */
@Entity('summary_materials_chunk')
@Index(['materialsId', 'seq'], { unique: true })
export class SummaryMaterialsChunk {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  materialsId: number;

  @ManyToOne(() => SummaryMaterials, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'materialsId' })
  materials?: Relation<SummaryMaterials>;

  @Column({ type: 'int' })
  seq: number;

  @Column({ type: 'blob' })
  bytes: Buffer;
}
