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
});
