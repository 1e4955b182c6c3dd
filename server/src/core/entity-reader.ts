import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';
import { forUpdate } from './dialect';

/**
 * Reads whole entities by one column's values with a statement built once per entity, and
 * hydrates each row with the driver's own conversion (`prepareHydratedValue`, the function
 * TypeORM's `find` uses), so loaders get the same instances `find` would give.
 *
 * Why not `find`: for each batch it builds a query builder, re-parses and escapes the SQL and
 * runs the generic joined-result transformer; in the API benchmark that was a third of the
 * server's CPU for a nested query, against a few lines of work per row here.
 */
export class EntityReader<T extends ObjectLiteral> {
  private readonly metadata: EntityMetadata;
  private readonly columns: ColumnMetadata[];
  private readonly select: string;
  private readonly orderBy: string;

  constructor(
    private readonly dataSource: DataSource,
    entity: EntityTarget<T>,
  ) {
    this.metadata = dataSource.getMetadata(entity);
    const escape = (name: string) => dataSource.driver.escape(name);
    this.columns = this.metadata.columns.filter(
      (column) => !column.isVirtual && !column.isVirtualProperty && column.isSelect,
    );
    if (this.metadata.childEntityMetadatas.length || this.metadata.lazyRelations.length) {
      // Inheritance and lazy relations need TypeORM's own transformer; no entity here uses them.
      throw new Error(
        `EntityReader cannot read ${this.metadata.name}: it uses inheritance or lazy relations`,
      );
    }
    this.select = `SELECT ${this.columns.map((c) => escape(c.databaseName)).join(', ')} FROM ${escape(this.metadata.tablePath)}`;
    this.orderBy = this.metadata.primaryColumns.map((c) => escape(c.databaseName)).join(', ');
  }

  /**
   * Rows whose `property` is one of `values` and whose `equal` columns hold the given values,
   * ordered by primary key. Within a transaction, pass its `manager`; `forUpdate` locks the rows
   * on MariaDB/MySQL (SQLite has one writer at a time and no row locks).
   */
  async whereIn(
    property: string,
    values: readonly (string | number)[],
    equal: Readonly<Record<string, string | number>> = {},
    within: { manager?: EntityManager; forUpdate?: boolean } = {},
  ): Promise<T[]> {
    if (values.length === 0) return [];
    const escape = (name: string) => this.dataSource.driver.escape(name);
    const conditions = [`${escape(this.columnNamed(property))} IN (${values.map(() => '?').join(', ')})`];
    const parameters: (string | number)[] = [...values];
    for (const [name, value] of Object.entries(equal)) {
      conditions.push(`${escape(this.columnNamed(name))} = ?`);
      parameters.push(value);
    }
    const lock = within.forUpdate ? forUpdate(this.dataSource) : '';
    const sql = `${this.select} WHERE ${conditions.join(' AND ')} ORDER BY ${this.orderBy}${lock}`;
    const rows = (await (within.manager ?? this.dataSource).query(sql, parameters)) as Record<
      string,
      unknown
    >[];
    return rows.map((row) => this.hydrate(row));
  }

  /**
   * One page of a large read: the first `limit` rows meeting `condition` (SQL over this entity's
   * table, unaliased, with `?` parameters) whose primary key is above `after`, in primary-key
   * order. The caller pages on with the last row's key.
   */
  async page(condition: string, parameters: readonly unknown[], after: number, limit: number): Promise<T[]> {
    if (this.metadata.primaryColumns.length !== 1)
      throw new Error(`EntityReader pages ${this.metadata.name} by one key column only`);
    const key = this.orderBy;
    const sql = `${this.select} WHERE (${condition}) AND ${key} > ? ORDER BY ${key} LIMIT ${Math.floor(limit)}`;
    const rows = (await this.dataSource.query(sql, [...parameters, after])) as Record<string, unknown>[];
    return rows.map((row) => this.hydrate(row));
  }

  private columnNamed(property: string): string {
    const column = this.metadata.findColumnWithPropertyPath(property);
    if (!column) throw new Error(`${this.metadata.name} has no column ${property}`);
    return column.databaseName;
  }

  private hydrate(row: Record<string, unknown>): T {
    const entity = this.metadata.create(undefined, { fromDeserializer: true }) as T;
    const driver = this.dataSource.driver;
    for (const column of this.columns) {
      const value = row[column.databaseName];
      if (value === undefined) continue;
      column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
    }
    return entity;
  }
}

/** One reader per data source and entity, so each statement is built once, not per request. */
const readers = new WeakMap<DataSource, Map<EntityTarget<ObjectLiteral>, EntityReader<ObjectLiteral>>>();

export function entityReader<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
): EntityReader<T> {
  let byEntity = readers.get(dataSource);
  if (!byEntity) readers.set(dataSource, (byEntity = new Map()));
  let reader = byEntity.get(entity as EntityTarget<ObjectLiteral>);
  if (!reader) {
    reader = new EntityReader(dataSource, entity as EntityTarget<ObjectLiteral>);
    byEntity.set(entity as EntityTarget<ObjectLiteral>, reader);
  }
  return reader as EntityReader<T>;
}

/**
 * Converts raw rows holding some of an entity's columns, each selected under its property's name,
 * as the entity reader does (the driver's `prepareHydratedValue`), into plain objects: for reads of
 * thousands of rows where a few columns are wanted and TypeORM's entity transformer and its garbage
 * would cost more than the statement.
 */
export function columnsHydrator<T extends ObjectLiteral, K extends keyof T & string>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  properties: readonly K[],
): (row: Record<string, unknown>) => Pick<T, K> {
  const metadata = dataSource.getMetadata(entity);
  const columns = properties.map((name) => {
    const column = metadata.findColumnWithPropertyName(name);
    if (!column) throw new Error(`${metadata.name} has no column ${name}`);
    return { name, column };
  });
  return (row) => {
    const converted: Record<string, unknown> = {};
    for (const { name, column } of columns) {
      converted[name] = dataSource.driver.prepareHydratedValue(row[name], column);
    }
    return converted as Pick<T, K>;
  };
}
