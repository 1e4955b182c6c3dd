import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** What the steps share: how their rows reach the database and how they report progress. */

/** Told how many more rows were written, for the progress bar. */
export type Advance = (count: number) => void;

/** Rows per INSERT and per bulk UPDATE of ids. */
export const CHUNK = 500;

/** Inserts in chunks: keeps statements under both drivers' parameter limits. */
export async function insertChunks<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: readonly object[],
  advance?: Advance,
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await manager
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(chunk as never)
      .updateEntity(false)
      .execute();
    advance?.(chunk.length);
  }
}

export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
