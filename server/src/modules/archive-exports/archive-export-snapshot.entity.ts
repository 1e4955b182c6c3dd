import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ArchiveExport } from './archive-export.entity';

/**
 * What a batch's rows share, stored once per batch rather than on each of its items: a
 * volunteer's cells (name, document, mobile, area, registered) and a post's (project, post,
 * site, team). An item keeps only its record's own cells and points here by volunteer and post,
 * so a million-row batch writes a third of the bytes, and its files are still rebuilt from what
 * the batch stored. Not GraphQL types: they hold ID numbers and mobiles.
 */

@Entity('archive_export_person')
@Index(['exportId', 'volunteerId'], { unique: true })
export class ArchiveExportPerson {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  exportId: number;

  @ManyToOne(() => ArchiveExport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'exportId' })
  export?: Relation<ArchiveExport>;

  // No FK: a snapshot, keyed as the batch's items are.
  @Column({ type: 'int' })
  volunteerId: number;

  // JSON, PERSON_CELLS order (archive-export.cells).
  @Column({ type: 'text' })
  cells: string;
}

@Entity('archive_export_post')
@Index(['exportId', 'postId'], { unique: true })
export class ArchiveExportPost {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  exportId: number;

  @ManyToOne(() => ArchiveExport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'exportId' })
  export?: Relation<ArchiveExport>;

  // No FK: a snapshot, keyed as the batch's items are.
  @Column({ type: 'int' })
  postId: number;

  @Column({ type: 'int' })
  projectId: number;

  // JSON, POST_CELLS order (archive-export.cells).
  @Column({ type: 'text' })
  cells: string;
}
