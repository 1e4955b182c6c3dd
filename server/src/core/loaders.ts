import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { entityReader } from './entity-reader';

/**
 * The loaders of one request. Modules ask for a loader by name and it is built on first use,
 * so a request pays only for the loaders it needs and nothing is cached across requests.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  constructor(readonly dataSource: DataSource) {}

  get<K, V>(name: string, create: (dataSource: DataSource) => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = create(this.dataSource) as DataLoader<unknown, unknown>;
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }

  /** Drops every cached row, e.g. between events of one long-lived subscription. */
  clear(): void {
    for (const loader of this.loaders.values()) loader.clearAll();
  }
}

/** One row per id, `null` for ids that do not exist. */
export function byIdLoader<T extends ObjectLiteral & { id: number }>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
): DataLoader<number, T | null> {
  const reader = entityReader(dataSource, entity);
  return new DataLoader(async (ids) => {
    const rows = await reader.whereIn('id', ids);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * All rows whose `key` column equals each given value, ordered by id; `equal` narrows them in
 * SQL (e.g. one status), so rows the caller would drop are never read.
 */
export function manyByKeyLoader<T extends ObjectLiteral & { id: number }>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  key: keyof T & string,
  equal: Readonly<Partial<Record<keyof T & string, string | number>>> = {} as never,
): DataLoader<number, T[]> {
  const reader = entityReader(dataSource, entity);
  return new DataLoader(async (keys) => {
    const rows = await reader.whereIn(key, keys, equal as Record<string, string | number>);
    const groups = new Map<number, T[]>(keys.map((k) => [k, []]));
    for (const row of rows) groups.get(row[key] as number)?.push(row);
    return keys.map((k) => groups.get(k) ?? []);
  });
}
