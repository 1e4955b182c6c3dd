// One run, four projects: pure unit tests once, every database test on SQLite and on MariaDB, and the
// deployment topology once.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];
const base = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc },
  setupFiles: ['reflect-metadata'],
};
const reporters = ['default'];
if (process.env.JEST_JSON_OUTPUT) reporters.push(['<rootDir>/test/support/summary-reporter.js', {}]);

module.exports = {
  testTimeout: 60000,
  reporters,
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    // The deployment itself (deploy/): its own MariaDB, Redis, replicas and nginx, once.
    { ...base, displayName: 'deploy', testMatch: ['<rootDir>/test/deploy/**/*.test.ts'] },
    {
      ...base,
      displayName: 'sqlite',
      testMatch: ['<rootDir>/test/db/**/*.test.ts'],
      setupFiles: [...base.setupFiles, '<rootDir>/test/setup-sqlite.ts'],
    },
    {
      ...base,
      displayName: 'mariadb',
      testMatch: ['<rootDir>/test/db/**/*.test.ts'],
      setupFiles: [...base.setupFiles, '<rootDir>/test/setup-mariadb.ts'],
    },
  ],
};
