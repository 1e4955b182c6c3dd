import { startTestServer, type TestServer } from '../support/test-server';
import { testDbKind } from '../support/test-database';
import { graphql } from '../graphql';

const NESTED = graphql(`
  query Nested($first: Int!) {
    sites(first: $first) {
      edges {
        node {
          name
          needs {
            title
            assignments {
              status
              volunteer {
                name
                unit {
                  name
                }
              }
            }
          }
        }
      }
    }
  }
`);

describe(`nested queries are batched per request (${testDbKind()})`, () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ seed: { volunteers: 600 } });
  });

  afterAll(() => server.stop());

  async function statementsFor(first: number) {
    let rows = 0;
    const statements = await server.countStatements(async () => {
      const response = await server.gql(NESTED, { first });
      expect(response.errors).toBeUndefined();
      for (const edge of response.data!.sites.edges) {
        for (const need of edge.node.needs) rows += 1 + need.assignments.length;
      }
    });
    return { statements, rows };
  }

  it('runs the same few statements for sites → needs → assignments → volunteers → unit however many rows', async () => {
    const small = await statementsFor(2);
    const large = await statementsFor(48);
    // One statement per level: sites, needs, assignments, volunteers, units.
    expect(large.rows).toBeGreaterThan(small.rows * 5);
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(5);
  });

  it('does not share cached rows between requests', async () => {
    const first = await server.gql(
      graphql(`
        query DataloaderUnits {
          units(first: 1) {
            edges {
              node {
                id
                name
              }
            }
          }
        }
      `),
    );
    const id = first.data!.units.edges[0]!.node.id;
    await server.gql(
      graphql(`
        mutation DataloaderUpdateUnit($id: ID!) {
          updateUnit(id: $id, input: { name: "山东省教育工会（更名）" }) {
            id
          }
        }
      `),
      { id },
    );
    const again = await server.gql(
      graphql(`
        query DataloaderUnit($id: ID!) {
          unit(id: $id) {
            name
          }
        }
      `),
      { id },
    );
    expect(again.data!.unit!.name).toBe('山东省教育工会（更名）');
  });
});
