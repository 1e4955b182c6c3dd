import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ConflictError } from './errors';

/**
 * `!` as the LIKE escape: SQLite has no default escape character and MySQL reads a backslash
 * in a string literal as an escape of its own, so `!` is the one spelling both take alike.
 */
export function escapeLike(text: string): string {
  return text.replace(/[!%_]/g, (c) => `!${c}`);
}

export const LIKE_ESCAPE = "ESCAPE '!'";

/** Adds `column LIKE '%text%'`, with the user's text matched literally. */
export function whereContains<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  column: string,
  param: string,
  text: string,
): SelectQueryBuilder<T> {
  return query.andWhere(`${column} LIKE :${param} ${LIKE_ESCAPE}`, { [param]: `%${escapeLike(text)}%` });
}

/** True for a unique-index violation on either driver. */
export function isUniqueViolation(error: unknown): boolean {
  const code =
    (error as { code?: unknown; driverError?: { code?: unknown } })?.code ??
    (error as { driverError?: { code?: unknown } })?.driverError?.code;
  return (
    code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

/**
 * Runs a write whose uniqueness the service has already checked; when a concurrent request
 * wins the race, the unique index answers and the caller gets the same CONFLICT as a lone request.
 */
export async function conflictOnDuplicate<T>(
  field: string,
  message: string,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(field, message);
    throw error;
  }
}
