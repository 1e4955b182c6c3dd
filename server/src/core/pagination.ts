import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadInputError } from './errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many items to return (1–${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}).`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor.' })
  after?: string | null;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** What a service returns for one page; `totalCount` is computed only when a client asks for it. */
export interface Page<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: () => Promise<number>;
}

/**
 * Declares `<Name>Connection` and `<Name>Edge` for a node type (Relay cursor connections).
 * Cursors are opaque to clients; inside they hold the last id seen, so paging is keyset-based
 * and stays fast at any depth.
 */
export function connectionType<T extends object>(node: new () => T, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    totalCount: () => Promise<number>;

    @Field(() => Int, { name: 'totalCount', description: 'How many items match, over all pages.' })
    total(): Promise<number> {
      return this.totalCount();
    }
  }
  return ConnectionType as unknown as new () => Page<T>;
}

const CURSOR_PREFIX = 'id:';

export function encodeCursor(id: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${id}`, 'utf8').toString('base64url');
}

export function decodeCursor(field: string, cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^id:(\d{1,16})$/.exec(text);
  const id = match ? Number(match[1]) : NaN;
  if (!Number.isSafeInteger(id) || id < 0) throw new BadInputError(field, `${field} is not a valid cursor`);
  return id;
}

export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new BadInputError('first', `first must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return size;
}

/** Runs one page of a filtered query, ordered by id, fetching one extra row to learn if more follow. */
export async function paginate<T extends ObjectLiteral & { id: number }>(
  query: SelectQueryBuilder<T>,
  args: PageArgs,
): Promise<Page<T>> {
  const size = pageSize(args.first);
  const afterId = args.after ? decodeCursor('after', args.after) : 0;
  const alias = query.alias;
  const countQuery = query.clone();
  const rows = await query
    .andWhere(`${alias}.id > :__afterId`, { __afterId: afterId })
    .orderBy(`${alias}.id`, 'ASC')
    .limit(size + 1)
    .getMany();
  const hasNextPage = rows.length > size;
  const nodes = hasNextPage ? rows.slice(0, size) : rows;
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: afterId > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: () => countQuery.getCount(),
  };
}
