import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Account } from './account.entity';

/**
 * A browser's sign-in, held in an HttpOnly cookie (`<id>.<secret>`). Kept in the database rather
 * than in a signed token so that signing out ends it on every instance at once, and a stolen cookie
 * stops working the moment its owner signs out. Not a GraphQL type.
 */
@Entity('web_session')
export class WebSession {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'int' })
  accountId: number;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'accountId' })
  account?: Relation<Account>;

  /** SHA-256 (hex) of the cookie's secret part: a copy of this table signs no one in. */
  @Column({ type: 'varchar', length: 64 })
  secretHash: string;

  /** The account's token version at sign-in: a password change or deactivation ends the session. */
  @Column({ type: 'int' })
  tokenVersion: number;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;

  /** Moves forward while the session is used (idle timeout), never past `createdAt` + the maximum. */
  @Column({ type: 'datetime', precision: 3 })
  expiresAt: Date;

  /** Signed out (or ended by the server); an ended session never comes back. */
  @Column({ type: 'datetime', precision: 3, nullable: true })
  endedAt: Date | null;
}
