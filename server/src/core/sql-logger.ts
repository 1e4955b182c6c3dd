import { capLogLine, redactLiterals } from './log';
import type { Logger, QueryRunner } from 'typeorm';

/**
 * TypeORM logger that counts SQL statements (the N+1 tests and benchmarks read `statements`)
 * and prints them only when asked to.
 */
export class SqlLogger implements Logger {
  statements = 0;

  constructor(private readonly print: boolean) {}

  logQuery(query: string, parameters?: unknown[], _runner?: QueryRunner): void {
    this.statements++;
    if (this.print)
      console.log(`[sql] ${query}${parameters?.length ? ` -- ${JSON.stringify(parameters)}` : ''}`);
  }

  /**
   * The values are request data (names, document numbers, password hashes): printed only when
   * LOG_SQL asks for statements, never by default, nor the values the driver's message quotes
   * ("Duplicate entry '370102…'"); the line is capped either way.
   */
  logQueryError(error: string | Error, query: string, parameters?: unknown[]): void {
    const values = this.print && parameters?.length ? ` -- ${JSON.stringify(parameters)}` : '';
    const reason = this.print ? String(error) : redactLiterals(String(error));
    console.error(capLogLine(`[sql] failed: ${query}${values}: ${reason}`));
  }

  logQuerySlow(time: number, query: string): void {
    if (this.print) console.warn(`[sql] slow (${time} ms): ${query}`);
  }

  logSchemaBuild(message: string): void {
    if (this.print) console.log(`[schema] ${message}`);
  }

  logMigration(message: string): void {
    if (this.print) console.log(`[migration] ${message}`);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') console.warn(`[typeorm] ${String(message)}`);
  }
}
