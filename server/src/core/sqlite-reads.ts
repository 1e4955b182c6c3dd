import type { DataSource } from 'typeorm';
import { ServerBusyError, type HeavyWork } from './heavy-work';
import { SQLITE_READ_JOBS } from './sqlite-read.jobs';
import { isSqlite } from './dialect';

/**
 * Long read-only statements on SQLite off the event loop. better-sqlite3 steps a statement
 * synchronously, so one GROUP BY over every record of the province (the totals behind the
 * province overview: 0.5–1 s each at 150,000 records) held the loop, /healthz included, for its
 * whole run. Registered by the server for a file-backed SQLite store; elsewhere (MariaDB/MySQL,
 * whose driver is asynchronous; the CLI; an in-memory store) statements run where they are asked.
 */
export class SqliteReads {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly work: HeavyWork,
    private readonly file: string,
    /** Statements at once, each in a thread; more wait their turn, up to `maxWaiting`. */
    private readonly maxRunning = 2,
    private readonly maxWaiting = 100,
  ) {}

  async rows<T>(sql: string, parameters: readonly unknown[]): Promise<T[]> {
    if (this.running >= this.maxRunning) {
      if (this.waiting.length >= this.maxWaiting) throw new ServerBusyError(5, 'other long reads');
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    try {
      return await this.work.inWorker<T[]>(SQLITE_READ_JOBS, 'readRows', {
        file: this.file,
        sql,
        parameters: [...parameters],
      });
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}

const registered = new WeakMap<DataSource, SqliteReads>();

/** Sends `readOnlyRows` of a file-backed SQLite data source to threads of `work`. */
export function offloadSqliteReads(dataSource: DataSource, work: HeavyWork): void {
  if (!isSqlite(dataSource)) return;
  const file = (dataSource.options as { database?: string }).database;
  if (!file || file === ':memory:') return;
  registered.set(dataSource, new SqliteReads(work, file));
}

/**
 * Runs a read-only statement (already escaped: `?` placeholders and their values): in a thread
 * when the server registered one for this store, on the data source's connection otherwise. The
 * thread reads the last committed state, as a statement outside a transaction does anyway.
 */
export function readOnlyRows<T>(
  dataSource: DataSource,
  sql: string,
  parameters: readonly unknown[],
): Promise<T[]> {
  const reads = registered.get(dataSource);
  return reads ? reads.rows<T>(sql, parameters) : dataSource.query(sql, [...parameters]);
}
