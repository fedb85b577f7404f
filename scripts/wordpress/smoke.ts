/**
 * `node scripts/wordpress/smoke.ts`: starts the local WordPress (or reuses a running one), checks every
 * endpoint and error of the contract against the live plugin, measures answer times, checks the PHP
 * debug log, and stops what it started. Exit code 1 when a check fails.
 */
import assert from 'node:assert/strict'
import { readDebugLog, resetWordPress, startWordPress, stopWordPress } from './site.ts'
import { apiClient, coreClient } from './smoke-client.ts'
import { articleChecks } from './smoke-articles.ts'
import { commentChecks } from './smoke-comments.ts'
import { communityChecks } from './smoke-community.ts'
import { timingChecks } from './smoke-timings.ts'
import { adminChecks } from './smoke-admin.ts'
import { appChecks } from './smoke-app.ts'
import type { Check } from './smoke-client.ts'

const site = await startWordPress({ quiet: true })
console.log(
  `WordPress ${site.reused ? 'reused' : 'started'}: ${site.apiBase} (up + seeded in ${String(site.timings.total)} s)`,
)
const resetSeconds = resetWordPress()
const debugLogAtStart = readDebugLog().length
const api = apiClient(site)
const core = coreClient(site)
const timings: Record<string, string> = {}

const checks: Check[] = [
  ...articleChecks(site, api),
  ...commentChecks(site, api, core),
  ...communityChecks(site, api, core),
  ...adminChecks(site),
  ...appChecks(site, timings),
  ...timingChecks(site, api, timings),
  [
    'the PHP debug log stays empty during the checks (but for the deliberate fatal of /__dev/fatal)',
    async () => {
      const lines = readDebugLog()
        .slice(debugLogAtStart)
        .split('\n')
        .filter(Boolean)
        // Not the plugin's: the deliberate fatal, and WordPress 6.1's bundled Requests library on PHP 8.2.
        .filter(
          (line) => !line.includes('deliberate fatal error') && !line.includes('/wp-includes/Requests/'),
        )
      assert.deepEqual(lines, [])
      await Promise.resolve()
    },
  ],
]

let passed = 0
const failures: string[] = []
for (const [name, run] of checks) {
  try {
    await run()
    passed++
    console.log(`  ✓ ${name}`)
  } catch (error) {
    failures.push(name)
    console.log(
      `  ✗ ${name}\n      ${error instanceof Error ? error.message.split('\n').join('\n      ') : String(error)}`,
    )
  }
}

const resetAgain = resetWordPress()
console.log('\nTimings (ms, median / p95 over the samples):')
for (const [name, value] of Object.entries(timings)) console.log(`  ${name.padEnd(44)} ${value}`)
console.log(`  ${'up + seeded (s)'.padEnd(44)} ${String(site.timings.total)}`)
console.log(`  ${'reset to the seed (s)'.padEnd(44)} ${String(resetSeconds)} / ${String(resetAgain)}`)
console.log(
  `\n${String(passed)} passed, ${String(failures.length)} failed${failures.length ? `: ${failures.join('; ')}` : ''}`,
)
if (!site.reused) await stopWordPress({ quiet: true })
process.exitCode = failures.length ? 1 : 0
