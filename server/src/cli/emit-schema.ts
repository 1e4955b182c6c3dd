/**
 * Writes the SDL to schema/schema.graphql, or with --check fails when the committed file is
 * stale. Needs no database.
 */
import fs from 'node:fs';
import path from 'node:path';
import { printAppSchema } from '../schema';

export const SCHEMA_FILE = path.resolve('schema/schema.graphql');

async function main(): Promise<void> {
  const sdl = await printAppSchema();
  if (process.argv.includes('--check')) {
    const committed = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
    if (committed !== sdl) {
      console.error('schema/schema.graphql is stale: run `npm run schema:emit` and commit it');
      process.exit(1);
    }
    console.log('schema/schema.graphql is up to date');
    return;
  }
  fs.mkdirSync(path.dirname(SCHEMA_FILE), { recursive: true });
  fs.writeFileSync(SCHEMA_FILE, sdl);
  console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
