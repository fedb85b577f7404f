// @ts-check
/**
 * Mutation testing (`npm run mutate`, see docs/testing.md): StrykerJS changes the code where a bug
 * loses or duplicates a reader's words or lets bad data in, one small change at a time, and checks
 * that some test fails each time. A change no test notices ("survived") is a behaviour nobody checks.
 * Not run by CI: it takes minutes, and a second run only re-tests what changed (incremental).
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  // Only the test files that import a mutated module run, and per mutant only the tests that reach it.
  // Forks, as Vitest runs by default: the tests' TZ applies to a whole process, not to a thread.
  vitest: { configFile: 'vitest.stryker.config.ts', related: true, pool: 'forks' },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/features/comments/api/**/*.ts',
    'src/features/comments/lib/**/*.ts',
    'src/lib/api-client.ts',
    'src/lib/api-schemas.ts',
    'src/lib/sanitize-html.ts',
    'mocks/handlers/comments.ts',
    'mocks/handlers/one-comment.ts',
    '!**/*.test.*',
  ],
  // The sandbox is a copy of the project without the builds, the reports and the local WordPress (its
  // database socket cannot be copied); a test checks that the README's code map names real paths.
  ignorePatterns: ['/.wordpress', '/dist*', '/test-results', '/playwright-report', '/reports'],
  // Two cores shared with other work: one mutant at a time per core at most.
  concurrency: 2,
  // Whole-app tests are slow on a busy machine: a mutant that only slows them down is not a timeout.
  timeoutMS: 20_000,
  timeoutFactor: 2,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  clearTextReporter: { allowColor: true, reportTests: false, reportMutants: true, reportScoreTable: true },
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: null },
}
