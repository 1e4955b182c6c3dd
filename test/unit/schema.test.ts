import fs from 'node:fs';
import path from 'node:path';
import { printAppSchema } from '../../server/src/schema';

describe('schema/schema.graphql', () => {
  it('matches the schema the code builds', async () => {
    const committed = fs.readFileSync(path.join(__dirname, '../../schema/schema.graphql'), 'utf8');
    const built = await printAppSchema();
    if (committed !== built) {
      throw new Error('schema/schema.graphql is stale: run `npm run schema:emit` and commit it');
    }
    expect(built).toContain('type Query');
  });
});
