import { Volunteer } from '../../server/src/modules/volunteers/volunteer.entity';
import { testDbKind } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';
import { graphql } from '../graphql';

const VOLUNTEERS = graphql(`
  query PaginationVolunteers($first: Int, $after: String, $filter: VolunteerFilter) {
    volunteers(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          id
          unitId
        }
      }
    }
  }
`);

interface Page {
  totalCount: number;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  edges: { cursor: string; node: { id: string; unitId: string } }[];
}

const SEEDED_VOLUNTEERS = 600;

describe(`cursor pagination on a seeded database (${testDbKind()})`, () => {
  let server: TestServer;

  async function page(variables: Record<string, unknown>): Promise<Page> {
    const response = await server.gql(VOLUNTEERS, variables);
    expect(response.errors).toBeUndefined();
    return response.data!.volunteers;
  }

  /** Follows endCursor from the first page until hasNextPage is false; returns every page. */
  async function walk(first: number, filter?: Record<string, unknown>): Promise<Page[]> {
    const pages: Page[] = [];
    let after: string | null = null;
    for (;;) {
      const current = await page({ first, after, filter });
      pages.push(current);
      if (!current.pageInfo.hasNextPage) return pages;
      expect(current.pageInfo.endCursor).not.toBeNull();
      after = current.pageInfo.endCursor;
      // A safety net: a cursor that never advances would loop for ever.
      if (pages.length > SEEDED_VOLUNTEERS) throw new Error('pagination does not end');
    }
  }

  const idsOf = (pages: Page[]) => pages.flatMap((p) => p.edges.map((edge) => edge.node.id));

  /** Sends a request that must fail with `code` naming `field`, and proves it wrote nothing. */
  beforeAll(async () => {
    server = await startTestServer({ seed: { volunteers: SEEDED_VOLUNTEERS } });
  });

  afterAll(() => server.stop());

  it('walks volunteers(first: 100) by endCursor, seeing every volunteer exactly once and matching totalCount', async () => {
    const pages = await walk(100);
    const ids = idsOf(pages);
    expect(pages[0]!.totalCount).toBe(SEEDED_VOLUNTEERS);
    expect(ids).toHaveLength(pages[0]!.totalCount);
    expect(new Set(ids).size).toBe(ids.length);
    expect(pages).toHaveLength(6);
    expect(pages.map((p) => p.edges.length)).toEqual([100, 100, 100, 100, 100, 100]);
    // Every page reports the same total, over all pages, not what is left.
    for (const p of pages) expect(p.totalCount).toBe(SEEDED_VOLUNTEERS);
  });

  it('orders pages by id and makes each page start right after the previous endCursor', async () => {
    const pages = await walk(100);
    const ids = idsOf(pages).map(Number);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(pages[0]!.pageInfo.hasPreviousPage).toBe(false);
    for (const [i, p] of pages.entries()) {
      expect(p.pageInfo.startCursor).toBe(p.edges[0]!.cursor);
      expect(p.pageInfo.endCursor).toBe(p.edges[p.edges.length - 1]!.cursor);
      if (i > 0) expect(p.pageInfo.hasPreviousPage).toBe(true);
    }
  });

  it('answers an empty page after the last one', async () => {
    const pages = await walk(100);
    const beyond = await page({ first: 100, after: pages[pages.length - 1]!.pageInfo.endCursor });
    expect(beyond.edges).toEqual([]);
    expect(beyond.pageInfo).toMatchObject({ hasNextPage: false, startCursor: null, endCursor: null });
    expect(beyond.totalCount).toBe(SEEDED_VOLUNTEERS);
  });

  it('returns 20 volunteers when first is omitted', async () => {
    const first = await page({});
    expect(first.edges).toHaveLength(20);
    expect(first.pageInfo.hasNextPage).toBe(true);
  });

  it('rejects first: 101 (BAD_USER_INPUT, first) and writes nothing', async () => {
    await server.expectRejected(VOLUNTEERS, { first: 101 }, 'BAD_USER_INPUT', 'first');
  });

  it('rejects first: 0 (BAD_USER_INPUT, first) and writes nothing', async () => {
    await server.expectRejected(VOLUNTEERS, { first: 0 }, 'BAD_USER_INPUT', 'first');
  });

  it('rejects a negative first (BAD_USER_INPUT, first) and writes nothing', async () => {
    await server.expectRejected(VOLUNTEERS, { first: -1 }, 'BAD_USER_INPUT', 'first');
  });

  it.each([
    ['random text', 'not-a-cursor!!'],
    ['base64 of something else', Buffer.from('volunteer:42').toString('base64url')],
    ['base64 of a non-numeric id', Buffer.from('id:abc').toString('base64url')],
    ['base64 of an empty id', Buffer.from('id:').toString('base64url')],
    ['base64 of an id in exponent form', Buffer.from('id:1e3').toString('base64url')],
  ])('rejects a garbage cursor, %s (BAD_USER_INPUT, after), and writes nothing', async (_label, after) => {
    await server.expectRejected(VOLUNTEERS, { first: 10, after }, 'BAD_USER_INPUT', 'after');
  });

  it("pages through one unit's volunteers only, across pages, matching totalCount and the database", async () => {
    const all = await page({ first: 1 });
    const unitId = all.edges[0]!.node.unitId;
    const stored = await server.dataSource.getRepository(Volunteer).countBy({ unitId: Number(unitId) });
    expect(stored).toBeGreaterThan(10);

    const pages = await walk(5, { unitId });
    const nodes = pages.flatMap((p) => p.edges.map((edge) => edge.node));
    expect(pages.length).toBeGreaterThan(2);
    expect(nodes.every((node) => node.unitId === unitId)).toBe(true);
    expect(nodes).toHaveLength(stored);
    expect(new Set(nodes.map((node) => node.id)).size).toBe(stored);
    for (const p of pages) expect(p.totalCount).toBe(stored);
    expect(pages.slice(0, -1).every((p) => p.edges.length === 5)).toBe(true);
  });
});
