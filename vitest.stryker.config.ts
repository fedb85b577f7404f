/**
 * Vitest as StrykerJS runs it (stryker.config.js). The same jsdom setup as the unit tests
 * (vitest.config.ts: keep the two in step), with two differences:
 * - only the test files about the mutated modules: the comment path, the API client and its checks,
 *   the sanitiser, the mock's comment handlers. A mutant is judged by the tests written for it, and
 *   a test elsewhere that is red for its own reasons cannot stop the run;
 * - the test files that finish quickest first: each mutant's run stops at its first failing test,
 *   and most mutants are caught by a unit test in milliseconds, long before a whole-app journey.
 */
import { defineConfig, mergeConfig } from 'vitest/config'
import { BaseSequencer, type TestSpecification } from 'vitest/node'
import viteConfig from './vite.config.ts'

class QuickFilesFirst extends BaseSequencer {
  // Vitest's own order is failed first, then slowest first: the reverse, for mutants.
  override async sort(files: TestSpecification[]) {
    return (await super.sort(files)).reverse()
  }
}

export default defineConfig((env) =>
  mergeConfig(viteConfig(env), {
    test: {
      environment: 'jsdom',
      setupFiles: ['./test/setup.ts'],
      include: [
        'src/features/comments/**/*.test.{ts,tsx}',
        'src/lib/api-client.test.ts',
        'src/lib/early-responses.test.ts',
        'src/lib/sanitize-html*.test.ts',
        'mocks/handlers/*.test.ts',
        'test/contract.test.ts',
        'test/mock-validation.test.ts',
        'test/malformed-answers.test.ts',
        'test/comments.test.tsx',
        'test/community.test.tsx',
        'test/held-comments.test.tsx',
        'test/closed-thread.test.tsx',
        'test/own-comments.test.tsx',
        'test/posting-promises.test.tsx',
        'test/thread-updates.test.tsx',
        'test/thread-window.test.tsx',
        'test/faults.test.tsx',
        'test/article-page.test.tsx',
      ],
      env: { TZ: 'America/Toronto' },
      expect: { poll: { timeout: 3000 } },
      testTimeout: 15_000,
      hookTimeout: 60_000,
      restoreMocks: true,
      unstubGlobals: true,
      sequence: { sequencer: QuickFilesFirst },
    },
  }),
)
