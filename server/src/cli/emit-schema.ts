/**
 * Writes the SDL to schema/schema.graphql, or with --check fails when the committed file is
 * stale. Needs no database. --help prints the usage.
 */
import fs from 'node:fs';
import path from 'node:path';
import { printAppSchema } from '../schema';
import { parseCli, UsageError, type CliSpec } from './args';

export const EMIT_SCHEMA_CLI = {
  command: 'npm run schema:emit --',
  script: 'dist/server/src/cli/emit-schema.js',
  summary:
    'Writes the GraphQL schema (SDL) of the server to schema/schema.graphql, in the current folder.\n' +
    'Needs no database. `npm run schema:check` is the same with --check.',
  usage: ['[--check]'],
  options: {
    check: {
      type: 'boolean',
      description: 'write nothing; exit with status 1 when schema/schema.graphql is stale',
    },
  },
  examples: ['npm run schema:emit', 'node dist/server/src/cli/emit-schema.js --check'],
} as const satisfies CliSpec;

export const SCHEMA_FILE = path.resolve('schema/schema.graphql');

async function main(): Promise<void> {
  const parsed = parseCli(EMIT_SCHEMA_CLI);
  if (!parsed) return;
  const sdl = await printAppSchema();
  if (parsed.values.check) {
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

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof UsageError ? error.message : error);
    process.exit(1);
  });
}
