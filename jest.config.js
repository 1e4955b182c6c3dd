// One run, five projects: pure unit tests once, every database test on SQLite and on MariaDB, the
// deployment topology once, and the web console in a browser once (on SQLite).
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
  // Still one test file at a time, but in a worker process that is replaced once it holds more than
  // this after a file: run in band, jest's one process grew past 2 GB over the suite on Node 24 and
  // every file ran about twice as slowly as at the start (garbage collection on a large heap).
  workerIdleMemoryLimit: '1GB',
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
    // The web console in Debian's Chromium against a real server on SQLite (test/browser/support.ts).
    {
      ...base,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
      setupFiles: [...base.setupFiles, '<rootDir>/test/setup-sqlite.ts'],
      // Builds console/dist first when it is missing or older than its sources.
      globalSetup: '<rootDir>/test/browser/global-setup.js',
    },
    {
      ...base,
      displayName: 'mariadb',
      testMatch: ['<rootDir>/test/db/**/*.test.ts'],
      setupFiles: [...base.setupFiles, '<rootDir>/test/setup-mariadb.ts'],
    },
  ],
};
