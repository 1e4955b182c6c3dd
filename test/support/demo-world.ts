import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../seeds/seed';
import { startTestServer, type TestServer } from './test-server';
import { graphql } from '../graphql';

export interface DemoWorld {
  server: TestServer;
  /** The demo coordinator's access token. */
  coordinator: string;
  /** The coordinator's unit, and the 2019 campaign. */
  unitId: string;
  campaignId: string;
}

/** A server on the demo data (600 volunteers), signed in as the demo unit's coordinator. */
export async function startDemoWorld(): Promise<DemoWorld> {
  const server = await startTestServer({ seed: { volunteers: 600 } });
  const coordinator = await server.login(DEMO_ACCOUNTS.coordinator.username, DEMO_PASSWORD);
  const me = await server.gql(
    graphql(`
      query DemoWorldMeCampaign {
        me {
          unitId
        }
        campaign(year: 2019) {
          id
        }
      }
    `),
    {},
    { token: coordinator },
  );
  return { server, coordinator, unitId: me.data!.me.unitId!, campaignId: me.data!.campaign!.id };
}
