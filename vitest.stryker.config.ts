/**
 * Vitest as StrykerJS runs it (stryker.config.js): the project's config, with the test files that
 * finish quickest first. Each mutant's run stops at its first failing test, and most mutants are
 * caught by a unit test in milliseconds, long before the whole-app journeys would get to them.
 */
import { defineConfig, mergeConfig } from 'vitest/config'
import { BaseSequencer, type TestSpecification } from 'vitest/node'
import baseConfig from './vitest.config.ts'

class QuickFilesFirst extends BaseSequencer {
  // Vitest's own order is failed first, then slowest first: the reverse, for mutants.
  override async sort(files: TestSpecification[]) {
    return (await super.sort(files)).reverse()
  }
}

export default defineConfig((env) =>
  mergeConfig(baseConfig(env), { test: { sequence: { sequencer: QuickFilesFirst } } }),
)
