// Lets a child process run the TypeScript sources directly (`node -r ./test/support/swc-register.js
// server/src/cli/export.ts`), compiled on load by the same SWC settings as jest, so a test can run and
// kill a real process without a build step.
const fs = require('node:fs');
const Module = require('node:module');
const { transformSync } = require('@swc/core');

require('reflect-metadata');

Module._extensions['.ts'] = function compile(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = transformSync(source, {
    filename,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};
