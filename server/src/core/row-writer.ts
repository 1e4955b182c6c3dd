import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/** Bound parameters per statement: under SQLite's 32,766 and MySQL's 65,535. */
const MAX_PARAMETERS = 30_000;

export interface RowWriterOptions {
  /** Rows gathered before they are sent: bounds the memory held and each statement's packet. */
  rowsPerBatch?: number;
  /**
   * Writers of the rows these rows refer to: their rows are written first, since a foreign key
   * is checked statement by statement (MariaDB/MySQL, and SQLite with foreign keys on).
   */
  writtenFirst?: readonly RowWriter<ObjectLiteral>[];
  /** Told how many rows each batch held once it is written, e.g. for a progress bar. */
  onWritten?: (count: number) => void;
}

/**
 * Streams many rows of one entity into its table in the caller's transaction, with multi-row
 * INSERTs of bound parameters. Each value is converted by the driver as `save` would
 * (`preparePersistentValue`: transformers, dates, JSON), so callers write plain entity values and
 * never SQL or a dialect's date format, and what is stored is what the API would store. Columns
 * left out take their defaults; nothing is read back.
 *
 * Unlike `insertRows` (bulk-insert.ts), rows are added one at a time and never all held, and a
 * date repeated down a column is converted once (see `prepare`): the driver's date conversion
 * made seeding a million records twice as slow. One batch may be in flight while the next is
 * filled; batches run in order on the manager's connection, and a failure surfaces at the next
 * `add` that sends, or at `flush`.
 *
 * The seeds write their records with it, and an archive export batch its items, snapshots and
 * issues.
 */
export class RowWriter<T extends ObjectLiteral> {
  private properties: string[] | null = null;
  private columns: ColumnMetadata[] = [];
  private lastDates: ({ key: number; prepared: unknown } | undefined)[] = [];
  private values: unknown[] = [];
  private count = 0;
  private inFlight: Promise<unknown> | null = null;
  private readonly rowsPerBatch: number;

  constructor(
    private readonly manager: EntityManager,
    private readonly entity: EntityTarget<T>,
    private readonly options: RowWriterOptions = {},
  ) {
    this.rowsPerBatch = options.rowsPerBatch ?? 1000;
  }

  /** Adds a row; every row of one writer names the same properties (the first row's are the columns). */
  async add(row: Partial<T>): Promise<void> {
    const properties = this.properties ?? this.describe(row);
    for (const [i, property] of properties.entries()) {
      this.values.push(this.prepare(i, (row as Record<string, unknown>)[property]));
    }
    if (++this.count >= this.rowsPerBatch) await this.send();
  }

  /** Sends what is left and waits for every batch: after it, the rows are in the table. */
  async flush(): Promise<void> {
    await this.send();
    await this.wait();
  }

  private describe(row: Partial<T>): string[] {
    const metadata = this.manager.connection.getMetadata(this.entity);
    const properties = Object.keys(row);
    this.columns = properties.map((property) => {
      const column = metadata.findColumnWithPropertyPath(property);
      if (!column) throw new Error(`${metadata.name} has no column ${property}`);
      return column;
    });
    this.properties = properties;
    return properties;
  }

  /**
   * The driver's form of a value; a date's is reused while a column repeats the instant of the
   * row before (rows written in groups share their times), keyed by the instant and converted
   * from a copy (MySQL's driver hands the Date itself back, which the caller might change).
   */
  private prepare(index: number, value: unknown): unknown {
    if (value === undefined || value === null) return null;
    const driver = this.manager.connection.driver;
    const column = this.columns[index]!;
    // Only dates are worth remembering: other values convert cheaply, and remembering each one
    // (an archive batch's cells differ on every row) is garbage on every row.
    if (!(value instanceof Date)) return driver.preparePersistentValue(value, column);
    const key = value.getTime();
    const last = this.lastDates[index];
    if (last && last.key === key) return last.prepared;
    const prepared = driver.preparePersistentValue(new Date(key), column);
    this.lastDates[index] = { key, prepared };
    return prepared;
  }

  private async send(): Promise<void> {
    await this.wait();
    if (this.count === 0) return;
    for (const writer of this.options.writtenFirst ?? []) await writer.flush();
    const [values, count] = [this.values, this.count];
    this.values = [];
    this.count = 0;
    const sent = this.insert(values, count).then(() => this.options.onWritten?.(count));
    // Awaited by the next send or by flush; until then a failure must not count as unhandled.
    sent.catch(() => undefined);
    this.inFlight = sent;
  }

  private async insert(values: unknown[], count: number): Promise<void> {
    const driver = this.manager.connection.driver;
    const metadata = this.manager.connection.getMetadata(this.entity);
    const width = this.columns.length;
    const head = `INSERT INTO ${driver.escape(metadata.tablePath)} (${this.columns
      .map((c) => driver.escape(c.databaseName))
      .join(', ')}) VALUES `;
    const tuple = `(${this.columns.map(() => '?').join(', ')})`;
    const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / width));
    for (let start = 0; start < count; start += perStatement) {
      const rows = Math.min(perStatement, count - start);
      await this.manager.query(
        head + Array(rows).fill(tuple).join(', '),
        values.slice(start * width, (start + rows) * width),
      );
    }
  }

  private async wait(): Promise<void> {
    const pending = this.inFlight;
    this.inFlight = null;
    if (pending) await pending;
  }
}
