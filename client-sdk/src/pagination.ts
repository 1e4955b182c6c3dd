/** What every connection query of the API returns. */
export interface Connection<TNode> {
  edges: readonly { node: TNode }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Walks a connection page by page (at most 100 per page, the server's limit), yielding nodes as
 * they arrive, so a tool can stream a province's volunteers without holding them all.
 *
 * @example
 * ```ts
 * for await (const volunteer of paginate((after) => client.volunteers.page({ unitId }, { after }))) {
 *   console.log(volunteer.name);
 * }
 * ```
 */
export async function* paginate<TNode>(
  fetchPage: (after: string | null) => Promise<Connection<TNode>>,
): AsyncGenerator<TNode, void, undefined> {
  let after: string | null = null;
  for (;;) {
    const page: Connection<TNode> = await fetchPage(after);
    for (const edge of page.edges) yield edge.node;
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
    after = page.pageInfo.endCursor;
  }
}
