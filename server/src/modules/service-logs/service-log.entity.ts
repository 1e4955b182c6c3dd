import { GraphQLLocalDate } from 'graphql-scalars';
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
import { ServiceProject } from '../projects/service-project.entity';
import { Volunteer } from '../volunteers/volunteer.entity';

/** The notice asks teams to keep 志愿服务日志; a log is read project by project, day by day. */
@ObjectType({ description: '志愿服务日志: a team’s log entry for a project on a day.' })
@Entity('service_log')
@Index(['projectId', 'loggedOn'])
export class ServiceLog {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  projectId: number;

  @ManyToOne(() => ServiceProject, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'projectId' })
  project?: Relation<ServiceProject>;

  @Field(() => ID, {
    nullable: true,
    description: 'The author’s volunteer record, when they are a volunteer.',
  })
  @Index()
  @Column({ type: 'int', nullable: true })
  authorId: number | null;

  @ManyToOne(() => Volunteer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'authorId' })
  author?: Relation<Volunteer> | null;

  @Field(() => ID, { nullable: true, description: 'The account that wrote the entry (null: the system).' })
  @Index()
  @Column({ type: 'int', nullable: true })
  authorAccountId: number | null;

  @Field({ description: 'The author’s name as it was when they wrote the entry.' })
  @Column({ type: 'varchar', length: 100, default: '' })
  authorName: string;

  @Field(() => GraphQLLocalDate, { description: 'The day the log is about, in China time.' })
  @Column({ type: 'date' })
  loggedOn: string;

  @Field()
  @Column({ type: 'text' })
  content: string;

  @Field()
  @CreateDateColumn()
  createdAt: Date;

  @Field()
  @UpdateDateColumn()
  updatedAt: Date;
}
