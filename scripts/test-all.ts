/**
 * `npm test`: every check a fresh clone must pass, in order — types, lint, unit and component tests
 * (Vitest), browser journeys (Playwright: desktop, phone, production build), the same journeys' core in
 * three engines (`npm run test:engines`: Chromium, Firefox ESR, WebKitGTK) — then one line with the
 * totals, `N passed, M failed`, which CI reads. Type-checking, lint and formatting count as one check each.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'

interface SuiteResult {
  name: string
  passed: number
  failed: number
  skipped: number
  seconds: number
}

const REPORTS = 'reports'
rmSync(REPORTS, { recursive: true, force: true })
mkdirSync(REPORTS, { recursive: true })

function run(command: string, args: string[]): { ok: boolean; seconds: number } {
  const started = performance.now()
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '1' } })
  return { ok: status === 0, seconds: (performance.now() - started) / 1000 }
}

function check(name: string, args: string[]): SuiteResult {
  console.log(`\n▶ ${name}`)
  const { ok, seconds } = run('npx', args)
  return { name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, seconds }
}

/** Reads a JSON report; a suite that crashed before writing one counts as one failure. */
function readReport(path: string): unknown {
  if (!existsSync(path)) return null
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return null
  }
}

function vitest(): SuiteResult {
  console.log('\n▶ Vitest (unit and component tests)')
  const reportPath = `${REPORTS}/vitest.json`
  const { ok, seconds } = run('npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportPath}`,
  ])
  const report = readReport(reportPath) as {
    numPassedTests: number
    numFailedTests: number
    numPendingTests: number
    numTodoTests: number
  } | null
  if (!report) return { name: 'vitest', passed: 0, failed: 1, skipped: 0, seconds }
  return {
    name: 'vitest',
    passed: report.numPassedTests,
    // A crash outside any test (a broken setup file) fails the run without failing a test.
    failed: report.numFailedTests || (ok ? 0 : 1),
    skipped: report.numPendingTests + report.numTodoTests,
    seconds,
  }
}

function playwright(): SuiteResult {
  console.log('\n▶ Playwright (Chromium: desktop, phone, production build)')
  const reportPath = `${REPORTS}/playwright.json`
  const { ok, seconds } = run('npx', ['playwright', 'test'])
  const report = readReport(reportPath) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number }
  } | null
  if (!report) return { name: 'playwright', passed: 0, failed: 1, skipped: 0, seconds }
  const { expected, unexpected, flaky, skipped } = report.stats
  return {
    name: 'playwright',
    passed: expected + flaky,
    failed: unexpected || (ok ? 0 : 1),
    skipped,
    seconds,
  }
}

function engines(): SuiteResult {
  console.log('\n▶ Engines (Chromium, Firefox ESR, WebKitGTK: desktop and phone, production build)')
  const reportPath = `${REPORTS}/engines.json`
  const { ok, seconds } = run('npm', ['run', '--silent', 'test:engines'])
  const report = readReport(reportPath) as { passed: number; failed: number; skipped: number } | null
  if (!report) return { name: 'engines', passed: 0, failed: 1, skipped: 0, seconds }
  return {
    name: 'engines',
    passed: report.passed,
    failed: report.failed || (ok ? 0 : 1),
    skipped: report.skipped,
    seconds,
  }
}

const results = [
  check('typecheck', ['tsc', '-b', '--noEmit']),
  check('lint', ['eslint', '.', '--max-warnings=0']),
  check('format', ['prettier', '--check', '--log-level=warn', '.']),
  vitest(),
  playwright(),
  engines(),
]

console.log('\nSuite        passed  failed  skipped  seconds')
for (const result of results) {
  console.log(
    `${result.name.padEnd(12)} ${String(result.passed).padStart(6)}  ${String(result.failed).padStart(6)}  ${String(result.skipped).padStart(7)}  ${result.seconds.toFixed(1).padStart(7)}`,
  )
}
const passed = results.reduce((sum, result) => sum + result.passed, 0)
const failed = results.reduce((sum, result) => sum + result.failed, 0)
writeFileSync(`${REPORTS}/summary.json`, JSON.stringify({ passed, failed, suites: results }, null, 2))
console.log(`\n${passed} passed, ${failed} failed`)
process.exitCode = failed > 0 ? 1 : 0
