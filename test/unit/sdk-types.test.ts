import { createClient } from '../../client-sdk/src';
import { ServiceNeedPostedDocument, VolunteersDocument } from '../../client-sdk/src/generated/graphql';

/**
 * What the SDK's types refuse. The checks are the `@ts-expect-error` lines: `npm test` type-checks
 * this file first, and a line that no longer fails to compile fails the run ("unused directive").
 */
describe('client SDK types', () => {
  it('refuses variables the operation does not have, at compile time', () => {
    const client = createClient({ url: 'http://127.0.0.1:9/graphql' });
    const calls = [
      () =>
        // @ts-expect-error -- "fitler" is not a variable of the volunteers query (it is "filter")
        client.request(VolunteersDocument, { first: 10, fitler: {} }),
      () =>
        // @ts-expect-error -- a variable of the wrong type
        client.request(VolunteersDocument, { first: 'ten' }),
      () =>
        // @ts-expect-error -- the same for subscriptions
        client.subscribe(ServiceNeedPostedDocument, { filtre: {} }),
      // and what is right compiles
      () => client.request(VolunteersDocument, { first: 10, filter: { unitId: '2' } }),
    ];
    expect(calls).toHaveLength(4); // nothing is sent: the calls are only compiled
  });

  it('types every operation of the schema by name: its variables and its result', () => {
    const client = createClient({ url: 'http://127.0.0.1:9/graphql' });
    const calls = [
      async () => {
        const page = await client.call('volunteers', { first: 10, filter: { unitId: '2' } });
        const name: string | undefined = page.edges[0]?.node.name;
        return name;
      },
      async () => {
        const need = await client.call('postServiceNeed', {
          input: {
            siteId: '3',
            campaignId: '1',
            title: '课后辅导',
            category: 'TUTORING',
            headcount: 2,
            startsAt: '2019-07-01T01:00:00Z',
            endsAt: '2019-07-01T03:00:00Z',
          },
        });
        const id: string = need.id;
        return id;
      },
      // @ts-expect-error -- no such operation
      () => client.call('postServiceNeeds', {}),
      // @ts-expect-error -- a misspelled variable
      () => client.call('volunteers', { fitler: {} }),
      // @ts-expect-error -- a required input left out
      () => client.call('postServiceNeed', {}),
      // @ts-expect-error -- the result has no such field
      async () => (await client.call('volunteers', {})).nodes,
    ];
    expect(calls).toHaveLength(6);
  });
});
