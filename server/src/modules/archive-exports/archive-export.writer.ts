import type { EntityManager } from 'typeorm';

/**
 * Appends rows to one table with multi-row INSERTs built as plain parameterised SQL. TypeORM's
 * insert builder costs more per row than the database does (a million items took most of a
 * batch's time), so the batch's own tables are written this way: the columns are fixed here,
 * the values always travel as parameters.
 *
 * One statement may be in flight while the next is filled: the caller keeps reading and
 * checking rows while the database writes the previous ones. Statements run in order on the
 * manager's connection (the transaction's), and a failure surfaces at the next `add` that
 * sends, or at `close`.
 */
export class RowWriter {
  private rows: unknown[] = [];
  private count = 0;
  private inFlight: Promise<unknown> | null = null;

  /**
   * `rowsPerStatement`: 1,000 rows of five columns stay far under MariaDB's 16 MB packet even
   * with 500-character remarks, and under SQLite's 32,766 parameters.
   */
  constructor(
    private readonly manager: EntityManager,
    private readonly table: string,
    private readonly columns: readonly string[],
    private readonly rowsPerStatement = 250,
  ) {}

  async add(values: readonly unknown[]): Promise<void> {
    for (const value of values) this.rows.push(value);
    if (++this.count >= this.rowsPerStatement) await this.send();
  }

  /** Sends what is left and waits for every statement. */
  async close(): Promise<void> {
    await this.send();
    await this.wait();
  }

  private async send(): Promise<void> {
    await this.wait();
    if (this.count === 0) return;
    const row = `(${this.columns.map(() => '?').join(', ')})`;
    const sql = `INSERT INTO ${this.table} (${this.columns.join(', ')}) VALUES ${Array(this.count).fill(row).join(', ')}`;
    const params = this.rows;
    this.rows = [];
    this.count = 0;
    const sent = this.manager.query(sql, params);
    // Awaited by the next send or by close; until then a failure must not count as unhandled.
    sent.catch(() => undefined);
    this.inFlight = sent;
  }

  private async wait(): Promise<void> {
    const pending = this.inFlight;
    this.inFlight = null;
    if (pending) await pending;
  }
}
