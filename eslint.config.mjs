// Lint catches what the compiler does not: a promise nobody awaits (its failure is lost, or a
// transaction ends before the write it was meant to hold), a promise handed where a plain value is
// expected (an async callback to a listener that ignores what it returns), and the hooks of the
// console reading values their effect does not list. The promise rules need type information, so
// each file is linted with the tsconfig that compiles it.
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const promises = {
  '@typescript-eslint/no-floating-promises': 'error',
  '@typescript-eslint/no-misused-promises': 'error',
  '@typescript-eslint/await-thenable': 'error',
};

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/dist-*/**',
      '**/node_modules/**',
      '**/generated/**',
      'console/src/graphql/generated.ts',
      'test/graphql/**',
      'data/**',
      'exports/**',
      '.exp/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: promises,
  },
  {
    files: ['console/src/**/*.tsx', 'console/src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // React ignores what an event handler returns, and the console's async handlers catch their
      // own failures to show them; a promise returned to an element's attribute is not lost.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
);
