import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, specifiedRules, validate, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { depthLimitRule, measureComplexity, QueryLimits } from '../../server/src/core/query-limits';
import { buildAppSchema } from '../../server/src/schema';

const root = path.join(__dirname, '../..');
const documentsDir = path.join(root, 'console/src/graphql');

describe('web console generated documents', () => {
  it('match what codegen makes from the committed schema and console/src/graphql', () => {
    const output = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'console-codegen-')), 'generated.ts');
    execFileSync(
      process.execPath,
      [path.join(root, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', 'console/codegen.js'],
      { cwd: root, env: { ...process.env, CONSOLE_CODEGEN_OUTPUT: output }, stdio: 'pipe' },
    );
    const committed = fs.readFileSync(path.join(root, 'console/src/graphql/generated.ts'), 'utf8');
    // Stale after a schema or document change: run `npm run console:generate` and commit the result.
    expect(fs.readFileSync(output, 'utf8')).toBe(committed);
  }, 120_000);

  it("each pass the server's depth and cost limits as the screens send them (a page of 20)", async () => {
    const schema = await buildAppSchema();
    const document: DocumentNode = parse(
      fs
        .readdirSync(documentsDir)
        .filter((f) => f.endsWith('.graphql'))
        .map((f) => fs.readFileSync(path.join(documentsDir, f), 'utf8'))
        .join('\n'),
    );
    expect(validate(schema, document, [...specifiedRules, depthLimitRule(QueryLimits.maxDepth)])).toEqual([]);
    const operations = document.definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
    );
    expect(operations.length).toBeGreaterThan(0);
    const costs: Record<string, number | string> = {};
    for (const operation of operations) {
      // The variables the screens send that change the price: a page of 20, every optional part on.
      const declared = new Set((operation.variableDefinitions ?? []).map((d) => d.variable.name.value));
      const variables: Record<string, unknown> = {};
      if (declared.has('first')) variables.first = 20;
      if (declared.has('withUnitSites')) variables.withUnitSites = true;
      if (declared.has('id')) variables.id = '1';
      const fragments = document.definitions.filter((d) => d.kind === 'FragmentDefinition');
      const single: DocumentNode = { ...document, definitions: [operation, ...fragments] };
      const cost = measureComplexity(schema, single, operation, variables);
      const name = operation.name?.value ?? '(anonymous)';
      if (cost === null) costs[name] = 'not priced';
      else if (cost.exceededFieldLimit || cost.complexity > QueryLimits.maxComplexity)
        costs[name] = cost.complexity;
    }
    // Operations over the limits (the server would refuse them), with their cost.
    expect(costs).toEqual({});
  });
});
