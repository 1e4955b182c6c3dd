import { residentId } from '../support/fixtures';
import { startTestServer, type TestServer } from '../support/test-server';
import { testDbKind } from '../support/test-database';
import { graphql } from '../graphql';

describe(`the HTTP server (${testDbKind()})`, () => {
  let server: TestServer;
  let origin: string;

  beforeAll(async () => {
    server = await startTestServer();
    origin = new URL(server.url).origin;
  });

  afterAll(() => server.stop());

  it('reports health with the database reachable', async () => {
    const response = await fetch(`${origin}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('serves GraphiQL to a browser from its own files, with no CDN', async () => {
    const page = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('GraphiQL');
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBe(4);
    for (const url of urls) {
      expect(url.startsWith('/graphiql/')).toBe(true);
      const asset = await fetch(origin + url);
      expect(asset.status).toBe(200);
      expect((await asset.text()).length).toBeGreaterThan(5000);
    }
  });

  it('answers GraphQL over HTTP GET, and blocks simple cross-site GETs', async () => {
    const url = `${server.url}?query=${encodeURIComponent('{ serviceCategories { category nationalCode } }')}`;
    const response = await fetch(url, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    const body = (await response.json()) as any;
    expect(body.data.serviceCategories).toContainEqual({ category: 'TUTORING', nationalCode: '0003' });
    const forged = await fetch(url, { headers: { accept: 'application/json' } });
    expect(forged.status).toBe(400);
    expect(((await forged.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('masks unexpected failures as INTERNAL_SERVER_ERROR without leaking SQL', async () => {
    const unit = await server.gql(
      graphql(`
        mutation ServerCreateUnit {
          createUnit(input: { code: "P", name: "山东省教育工会", kind: PROVINCE, cityCode: "370100" }) {
            id
          }
        }
      `),
    );
    const created = await server.gql(
      graphql(`
        mutation ServerCreateVolunteer($input: CreateVolunteerInput!) {
          createVolunteer(input: $input) {
            id
          }
        }
      `),
      {
        input: {
          name: '张伟',
          documentNumber: residentId(),
          mobile: '13800000001',
          unitId: unit.data!.createUnit.id,
          homeAreaCode: '370102',
        },
      },
    );
    expect(created.errors).toBeUndefined();
    // Break the database under the server: reading that table now fails inside the driver.
    await server.dataSource.query('DROP TABLE volunteer_availability');
    const logged: unknown[] = [];
    const consoleError = jest.spyOn(console, 'error').mockImplementation((...args) => void logged.push(args));
    try {
      const response = await server.gql(
        graphql(`
          query ServerVolunteers {
            volunteers {
              edges {
                node {
                  name
                  availability {
                    startsAt
                  }
                }
              }
            }
          }
        `),
      );
      expect(response.errors).toHaveLength(1);
      expect(response.errors![0]).toMatchObject({
        message: 'Internal server error',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(JSON.stringify(response)).not.toMatch(/volunteer_availability|SELECT|stacktrace/i);
      expect(logged.length).toBeGreaterThan(0);
    } finally {
      consoleError.mockRestore();
    }
  });
});
