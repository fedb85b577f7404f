/**
 * The WordPress plugin's answer times, as `npm run bench` reports them: a site of the bench's own (its
 * own ports and folder, never another's `npm run wordpress`), measured by the smoke checks' timing code
 * (scripts/wordpress/smoke-timings.ts: median and p95 over 50 requests on loopback), then stopped.
 */
import { scratchDir, type WordPressOptions } from '../wordpress/layout.ts'
import { startWordPress, stopWordPress } from '../wordpress/site.ts'
import { apiClient } from '../wordpress/smoke-client.ts'
import { timingChecks } from '../wordpress/smoke-timings.ts'

const BENCH_WORDPRESS: WordPressOptions = {
  port: Number(process.env.BENCH_WP_PORT ?? 8451),
  dbPort: Number(process.env.BENCH_WP_DB_PORT ?? 3451),
  dir: scratchDir('bench'),
  quiet: true,
}

export interface WordPressTimings {
  /** "median / p95" in ms, by what was asked (the smoke checks' names). */
  timings: Record<string, string>
  /** Checks that failed while measuring (their timings, if any, are still given). */
  failures: string[]
  startSeconds: number
}

export async function measureWordPress(log: (line: string) => void): Promise<WordPressTimings> {
  // Its ports are the bench's own: a site still up there was left by a bench killed outright.
  await stopWordPress(BENCH_WORDPRESS)
  const site = await startWordPress({ ...BENCH_WORDPRESS, reuse: false })
  log(`  WordPress up and seeded in ${site.timings.total ?? '?'} s at ${site.url}`)
  try {
    const timings: Record<string, string> = {}
    const failures: string[] = []
    for (const [name, run] of timingChecks(site, apiClient(site), timings)) {
      try {
        await run()
      } catch (error) {
        failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`)
      }
    }
    return { timings, failures, startSeconds: site.timings.total ?? Number.NaN }
  } finally {
    await stopWordPress(BENCH_WORDPRESS)
  }
}
