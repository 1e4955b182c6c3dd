import { useCallback, useEffect, useState, type CSSProperties, type DependencyList } from 'react';
import { Alert, Button, Space, Typography } from 'antd';
import { useSignedIn } from './auth';
import { describeError } from './errors';
import { isSignedOutError } from './session';

/** How many rows a list screen asks for at a time. */
export const PAGE_SIZE = 20;

/** One page of a cursor connection, as the list screens keep it. */
export interface CursorPage<Row> {
  rows: Row[];
  total: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

/** A page of the API's cursor connections (`edges { node }`, `totalCount`, `pageInfo`). */
export function pageOf<Row>(connection: {
  edges: readonly { node: Row }[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}): CursorPage<Row> {
  return {
    rows: connection.edges.map((edge) => edge.node),
    total: connection.totalCount,
    hasNextPage: connection.pageInfo.hasNextPage,
    endCursor: connection.pageInfo.endCursor ?? null,
  };
}

export interface CursorPages<Row> {
  /** The rows of the page shown (none until the current filter's first page is in). */
  rows: Row[];
  /** How many rows the current filter has in all (0 until its first page is in). */
  total: number;
  loading: boolean;
  /** What went wrong, in words, until the next page read succeeds. */
  problem: string | null;
  /** The page shown, from 1. */
  page: number;
  hasPrevious: boolean;
  hasNext: boolean;
  previous(): void;
  next(): void;
  /** Reads the page shown again. */
  reload(): void;
  /** Reports an error of the screen's own requests the same way: a signed-out session ends, else `problem`. */
  fail(error: unknown): void;
}

/**
 * A list read a page at a time through a cursor connection: `load(after)` reads the page after that
 * cursor (null: the first). `key` names the filter (the walk starts again at the first page when it
 * changes); `load` null waits (e.g. for the filters' choices). `deps` are what else `load` reads.
 */
export function useCursorPages<Row>(
  load: ((after: string | null) => Promise<CursorPage<Row>>) | null,
  key: string,
  deps: DependencyList,
): CursorPages<Row> {
  const { expired } = useSignedIn();
  const [problem, setProblem] = useState<string | null>(null);
  const [shown, setShown] = useState<(CursorPage<Row> & { key: string }) | null>(null);
  const [loading, setLoading] = useState(false);
  /** The `after` cursors of the pages walked so far under the current filter (the first: null). */
  const [paging, setPaging] = useState<{ key: string; cursors: (string | null)[] }>({
    key: '',
    cursors: [null],
  });
  const [reloads, setReloads] = useState(0);
  const cursors = paging.key === key ? paging.cursors : [null];
  const after = cursors[cursors.length - 1] ?? null;

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  const fail = useCallback(
    (error: unknown) => {
      if (isSignedOutError(error)) expired();
      else setProblem(describeError(error));
    },
    [expired],
  );

  const waiting = load === null;
  useEffect(() => {
    if (!load) return;
    let current = true;
    setLoading(true);
    load(after)
      .then((page) => {
        if (!current) return;
        setProblem(null);
        setShown({ key, ...page });
      })
      .catch((error: unknown) => current && fail(error))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
    // `load` is new at every render: what it reads is in `key` and `deps`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [waiting, key, after, reloads, fail, ...deps]);

  const page = shown?.key === key ? shown : null;
  return {
    rows: page?.rows ?? [],
    total: page?.total ?? 0,
    loading,
    problem,
    page: cursors.length,
    hasPrevious: cursors.length > 1,
    hasNext: page?.hasNextPage ?? false,
    previous: () => setPaging({ key, cursors: cursors.slice(0, -1) }),
    next: () => page && setPaging({ key, cursors: [...cursors, page.endCursor] }),
    reload,
    fail,
  };
}

/** `共 N 条 · 第 k 页` and 上一页/下一页 under a list; `unit` counts the rows (条, 个, 名…). */
export function CursorPager({
  pages,
  unit,
  total = pages.total,
}: {
  pages: CursorPages<unknown>;
  unit: string;
  total?: number;
}) {
  return (
    <Space style={{ marginTop: 16, width: '100%', justifyContent: 'flex-end' }} data-testid="pager">
      <Typography.Text type="secondary">
        共 {total} {unit} · 第 {pages.page} 页
      </Typography.Text>
      <Button disabled={!pages.hasPrevious || pages.loading} onClick={pages.previous}>
        上一页
      </Button>
      <Button disabled={!pages.hasNext || pages.loading} onClick={pages.next}>
        下一页
      </Button>
    </Space>
  );
}

/** The list's problem in words, with 重试. */
export function ProblemAlert({
  problem,
  onRetry,
  style = { marginBottom: 16 },
}: {
  problem: string | null;
  onRetry: () => void;
  /** Its spacing: a margin below by default; `{}` inside a container that spaces its children. */
  style?: CSSProperties;
}) {
  if (!problem) return null;
  return (
    <Alert
      style={style}
      type="error"
      showIcon
      title={problem}
      action={
        <Button size="small" onClick={onRetry}>
          重试
        </Button>
      }
    />
  );
}
