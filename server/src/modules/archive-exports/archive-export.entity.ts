import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
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
import { ServiceProject } from '../projects/service-project.entity';
import { ServiceRecord } from '../service-records/service-record.entity';
import { Unit } from '../units/unit.entity';

export enum ArchiveExportScope {
  UNIT = 'UNIT',
  TEAM = 'TEAM',
  PROJECT = 'PROJECT',
}

registerEnumType(ArchiveExportScope, {
  name: 'ArchiveExportScope',
  valuesConfig: {
    UNIT: { description: '整个单位: every team of the unit.' },
    TEAM: { description: '一支志愿服务队.' },
    PROJECT: { description: '一个志愿服务项目.' },
  },
});

/**
 * One export batch for the national archive (chinavolunteer.cn). It is kept so that a record is
 * never exported twice unless a coordinator explicitly asks for a re-export.
 */
@ObjectType({
  description: '导出批次: one export of approved service records for entry into the national system.',
})
@Entity('archive_export')
export class ArchiveExport {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Index()
  @Column({ type: 'int' })
  unitId: number;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unitId' })
  unit?: Relation<Unit>;

  @Field(() => ArchiveExportScope)
  @Column({ type: 'varchar', length: 16 })
  scope: ArchiveExportScope;

  // No FK: it points at a unit, team or project depending on scope.
  @Field(() => ID, { description: 'The id of the unit, team or project named by scope.' })
  @Column({ type: 'int' })
  scopeId: number;

  @Field(() => GraphQLLocalDate, { description: 'First service day covered, China date.' })
  @Column({ type: 'date' })
  rangeStart: string;

  @Field(() => GraphQLLocalDate, { description: 'Last service day covered, China date.' })
  @Column({ type: 'date' })
  rangeEnd: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  recordCount: number;

  @Field(() => String, {
    nullable: true,
    description: 'SHA-256 (hex) of the file handed out, to tell copies apart.',
  })
  @Column({ type: 'varchar', length: 64, nullable: true })
  fileSha256: string | null;

  @Field(() => Int, { description: 'Rows that failed a rule of the national system: listed, not exported.' })
  @Column({ type: 'int', default: 0 })
  issueCount: number;

  @Field(() => ID, { nullable: true, description: 'The earlier batch this one deliberately exports again.' })
  @Column({ type: 'int', nullable: true })
  reexportOfId: number | null;

  @ManyToOne(() => ArchiveExport, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reexportOfId' })
  reexportOf?: Relation<ArchiveExport> | null;

  // The account that made the batch; null when the system did (the export CLI). Not a foreign key:
  // the column is older than the account table and was left as it was; the batch's audit event
  // names the account too.
  @Field(() => ID, { nullable: true })
  @Column({ type: 'int', nullable: true })
  createdById: number | null;

  @Field()
  @CreateDateColumn()
  createdAt: Date;
}

/** Which records a batch contained, and where each sat in the file, so a batch can be reproduced. */
@ObjectType({ description: 'A service record as it appeared in an export batch.' })
@Entity('archive_export_item')
@Index(['exportId', 'serviceRecordId'], { unique: true })
@Index(['exportId', 'rowNumber'], { unique: true })
export class ArchiveExportItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  exportId: number;

  @ManyToOne(() => ArchiveExport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'exportId' })
  export?: Relation<ArchiveExport>;

  @Field(() => ID)
  @Index()
  @Column({ type: 'int' })
  serviceRecordId: number;

  @ManyToOne(() => ServiceRecord, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'serviceRecordId' })
  serviceRecord?: Relation<ServiceRecord>;

  @Field(() => Int, { description: '序号 in the exported file.' })
  @Column({ type: 'int' })
  rowNumber: number;

  @Field(() => Int, {
    description: '分组号: rows sharing 项目 + 岗位 + start + end, i.e. one entry in the national UI.',
  })
  @Column({ type: 'int' })
  groupNumber: number;

  // The volunteer and post whose cells the batch stored once (archive-export-snapshot.entity);
  // null on items of batches made before those snapshots, whose cells hold the whole row.
  @Column({ type: 'int', nullable: true })
  volunteerId: number | null;

  @Column({ type: 'int', nullable: true })
  postId: number | null;

  // Not a GraphQL field (it may hold ID numbers and mobiles): the row's cells as exported, JSON,
  // so the file is rebuilt byte for byte whatever changes afterwards. With volunteerId and
  // postId set, only the record's own cells (archive-export.cells); otherwise the whole row
  // without 序号 and 分组号.
  @Column({ type: 'text' })
  cells: string;
}

/**
 * 校验报告: a rule of the national system that a candidate record broke. The record is listed
 * here with the rule and its row, never dropped silently, and is not marked exported.
 */
@ObjectType({ description: '校验报告: a record left out of a batch because it breaks a national rule.' })
@Entity('archive_export_issue')
@Index(['exportId', 'position'], { unique: true })
export class ArchiveExportIssue {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  exportId: number;

  @ManyToOne(() => ArchiveExport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'exportId' })
  export?: Relation<ArchiveExport>;

  @Field(() => Int, { description: 'Order in the validation report.' })
  @Column({ type: 'int' })
  position: number;

  @Field(() => ID)
  @Index()
  @Column({ type: 'int' })
  serviceRecordId: number;

  @ManyToOne(() => ServiceRecord, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'serviceRecordId' })
  serviceRecord?: Relation<ServiceRecord>;

  @Field({ description: 'Stable rule code, e.g. DOCUMENT_CHECK_DIGIT or SEGMENT_OVERLAP.' })
  @Column({ type: 'varchar', length: 40 })
  rule: string;

  @Field({ description: 'The column at fault, by its Chinese header, e.g. 证件号码.' })
  @Column({ type: 'varchar', length: 40 })
  columnName: string;

  @Field()
  @Column({ type: 'varchar', length: 300 })
  message: string;

  // Not a GraphQL field (personal data): the row as it would have been exported.
  @Column({ type: 'text' })
  cells: string;
}

/** Part 3 (项目信息) of a batch as it was made, so a re-export is the same even after a project is renamed. */
@Entity('archive_export_project')
@Index(['exportId', 'position'], { unique: true })
export class ArchiveExportProject {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  exportId: number;

  @ManyToOne(() => ArchiveExport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'exportId' })
  export?: Relation<ArchiveExport>;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'int' })
  projectId: number;

  @ManyToOne(() => ServiceProject, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'projectId' })
  project?: Relation<ServiceProject>;

  // The row's cells, JSON, in PROJECT_COLUMNS order (contact name and phone included).
  @Column({ type: 'text' })
  cells: string;
}
