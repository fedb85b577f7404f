/**
 * `npm run test:engines`: the browser journeys (journeys/) in Chromium, Firefox ESR and WebKitGTK, each
 * at a desktop and a phone size, against the production build with its security headers. Writes
 * reports/engines.json ({ passed, failed, skipped, tests }) and prints a table. Exit code 1 when
 * anything failed. See docs/browsers.md.
 *
 *   --engine=firefox,webkit   only these engines (chromium, firefox, webkit)
 *   --size=phone              only this size (desktop, phone)
 *   --journey=permalink       only the journeys whose name contains this text
 *   --parallel=2              engines run side by side (default 2; 1 runs them one after the other)
 *   --reuse-build             serve the last build of this suite instead of building again
 *
 * Ports: see config.ts (ENGINES_*_PORT). Every server and browser started here is stopped by its PID,
 * also on Ctrl+C or SIGTERM.
 */
import '../../config/require-node-24.ts'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { CHROMIUM_PATH } from '../../config/chromium.ts'
import { cleanUpAll } from '../bench/processes.ts'
import { buildChecks } from './build-checks.ts'
import {
  BUILD_DIR,
  ENGINES,
  FIREFOX_PATH,
  JOURNEY_TIMEOUT_MS,
  LOG_DIR,
  MINIBROWSER_PATH,
  REPORT_FILE,
  SIZES,
  WEBKIT_DRIVER_PATH,
  type EngineName,
  type PortName,
  type Size,
} from './config.ts'
import type { Driver, Viewport } from './driver.ts'
import { launchPuppeteer } from './drivers/puppeteer.ts'
import { launchWebKit } from './drivers/webkit.ts'
import type { Journey } from './journey.ts'
import { journeys as allJourneys } from './journeys/index.ts'
import { ensurePortsFree } from './ports.ts'
import { printTable, type TestResult } from './report.ts'
import { buildApp, startAppServers, startSite } from './site.ts'
import { Tab } from './tab.ts'

// ——— Options ———

const args = process.argv.slice(2)
const option = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3)
const listOption = <T extends string>(name: string, allowed: readonly T[]): T[] => {
  const value = option(name)
  if (value === undefined) return [...allowed]
  const chosen = value.split(',').filter(Boolean)
  const unknown = chosen.filter((item) => !(allowed as readonly string[]).includes(item))
  if (unknown.length > 0 || chosen.length === 0) {
    throw new Error(`--${name}: expected some of ${allowed.join(', ')}; got ${value}`)
  }
  return chosen as T[]
}
const known = ['engine', 'size', 'journey', 'parallel']
const unknownArgs = args.filter(
  (arg) => arg !== '--reuse-build' && !known.some((name) => arg.startsWith(`--${name}=`)),
)
if (unknownArgs.length > 0) throw new Error(`unknown option(s): ${unknownArgs.join(' ')}`)

const engines = listOption('engine', ENGINES)
const sizeNames = listOption('size', ['desktop', 'phone'] as const)
const sizes = SIZES.filter((size) => sizeNames.includes(size.name))
const journeyFilter = option('journey')
const journeys = allJourneys.filter((journey) => !journeyFilter || journey.name.includes(journeyFilter))
if (journeys.length === 0) throw new Error(`--journey=${journeyFilter}: no journey's name contains it`)
const parallel = Number(option('parallel') ?? 2)
if (!Number.isInteger(parallel) || parallel < 1) throw new Error('--parallel must be a positive integer')

// ——— Interruptions ———

// Ctrl+C and SIGTERM stop every server and browser by PID (../bench/processes.ts). `npm run` does
// not pass a SIGTERM on to this script (its shell dies and leaves it running): losing the parent counts
// as an interruption too.
const parentPid = process.ppid
setInterval(() => {
  if (process.ppid !== parentPid) {
    console.error('engines: the parent process has gone; stopping')
    cleanUpAll()
    process.exit(143)
  }
}, 500).unref()

// ——— Running ———

const BINARIES: Record<EngineName, string[]> = {
  chromium: [CHROMIUM_PATH],
  firefox: [FIREFOX_PATH],
  webkit: [WEBKIT_DRIVER_PATH, MINIBROWSER_PATH, '/usr/bin/xvfb-run'],
}
const INSTALL_HINT: Record<EngineName, string> = {
  chromium: 'apt-get install chromium',
  firefox: 'apt-get install firefox-esr',
  webkit: 'apt-get install webkit2gtk-driver xvfb xauth',
}

const results: TestResult[] = []
const viewports: Partial<Record<EngineName, Partial<Record<string, Viewport>>>> = {}
const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 60)
const seconds = (since: number) => (performance.now() - since) / 1000
const runId = Date.now().toString(36).slice(-5)

function withTimeout<T>(promise: Promise<T>, ms: number, what: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s: ${what()}`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

/** Every journey of `engine` without a result yet fails with `error` (a browser that did not start). */
function failRemaining(engine: EngineName, error: unknown) {
  const message = error instanceof Error ? error.message : String(error)
  const done = new Set(
    results.filter((result) => result.engine === engine).map((result) => `${result.size} ${result.journey}`),
  )
  for (const size of sizes) {
    for (const journey of journeys) {
      if (done.has(`${size.name} ${journey.name}`)) continue
      results.push({
        engine,
        size: size.name,
        journey: journey.name,
        status: 'failed',
        seconds: 0,
        error: message,
      })
    }
  }
}

/** What a failed journey leaves to look at; a browser that no longer answers leaves nothing. */
function atMost<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return withTimeout(promise, ms, () => 'gave up').catch(() => undefined)
}

async function runJourney(driver: Driver, tab: Tab, journey: Journey, engine: EngineName, size: Size) {
  const started = performance.now()
  try {
    await withTimeout(
      (async () => {
        tab.step = 'opening a fresh browser context'
        await driver.newContext()
        const viewport = ((viewports[engine] ??= {})[size.name] ??= await driver.evaluate(() => ({
          width: window.innerWidth,
          height: window.innerHeight,
        })))
        if (viewport.width !== size.width || viewport.height !== size.height) {
          throw new Error(
            `the viewport is ${viewport.width}×${viewport.height}, not ${size.width}×${size.height}`,
          )
        }
        await journey.run({
          tab,
          site: tab.site,
          engine,
          size,
          unique: (label) => `${label} ${engine} ${size.name} ${runId}`,
        })
        const problems = await tab.problems()
        if (problems.length > 0) throw new Error(`problems in the page:\n    ${problems.join('\n    ')}`)
      })(),
      JOURNEY_TIMEOUT_MS,
      () => `${journey.name}: still ${tab.step}`,
    )
    results.push({
      engine,
      size: size.name,
      journey: journey.name,
      status: 'passed',
      seconds: seconds(started),
    })
    console.log(`  ✓ ${engine} ${size.name}: ${journey.name} (${seconds(started).toFixed(1)} s)`)
  } catch (error) {
    let message = error instanceof Error ? error.message : String(error)
    const screenshot = join(LOG_DIR, `${engine}-${size.name}-${slug(journey.name)}.png`)
    const png = await atMost(driver.screenshot(), 5000)
    if (png) {
      writeFileSync(screenshot, png)
      message += `\n    screenshot: ${screenshot}`
    }
    const problems = (await atMost(tab.problems(), 5000)) ?? []
    if (problems.length > 0 && !message.startsWith('problems in the page')) {
      message += `\n    and in the page:\n    ${problems.join('\n    ')}`
    }
    results.push({
      engine,
      size: size.name,
      journey: journey.name,
      status: 'failed',
      seconds: seconds(started),
      error: message,
    })
    console.log(
      `  ✗ ${engine} ${size.name}: ${journey.name} (${seconds(started).toFixed(1)} s)\n    ${message}`,
    )
  }
}

async function runEngine(engine: EngineName, previewOrigin: string) {
  const missing = BINARIES[engine].filter((path) => !existsSync(path))
  if (missing.length > 0) {
    failRemaining(engine, `not installed: ${missing.join(', ')} (${INSTALL_HINT[engine]})`)
    return
  }
  const started = performance.now()
  let driver: Driver | undefined
  const site = await startSite(engine, previewOrigin)
  try {
    driver = engine === 'webkit' ? await launchWebKit() : await launchPuppeteer(engine)
    console.log(`▶ ${engine}: started in ${seconds(started).toFixed(1)} s`)
    const tab = new Tab(driver, site)
    for (const size of sizes) {
      await driver.setViewport(size)
      for (const journey of journeys) {
        await runJourney(driver, tab, journey, engine, size)
      }
    }
  } catch (error) {
    failRemaining(engine, error)
  } finally {
    await atMost(driver?.close() ?? Promise.resolve(), 10_000)
    await site.close()
    console.log(`▶ ${engine}: done in ${seconds(started).toFixed(1)} s`)
  }
}

async function runBuildChecks(previewOrigin: string) {
  for (const check of buildChecks) {
    const started = performance.now()
    try {
      await check.run(previewOrigin)
      results.push({
        engine: 'build',
        size: '-',
        journey: check.name,
        status: 'passed',
        seconds: seconds(started),
      })
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      results.push({
        engine: 'build',
        size: '-',
        journey: check.name,
        status: 'failed',
        seconds: 0,
        error: message,
      })
      console.log(`  ✗ build: ${check.name}\n    ${message}`)
    }
  }
}

async function main() {
  const started = performance.now()
  const ports: PortName[] = ['mockApi', 'preview', ...engines.map((engine) => `${engine}Site` as const)]
  if (engines.includes('firefox')) ports.push('firefoxRemote')
  if (engines.includes('webkit')) ports.push('webkitDriver')
  await ensurePortsFree(ports)

  let buildSeconds = 0
  if (args.includes('--reuse-build') && existsSync(`${BUILD_DIR}/index.html`)) {
    console.log(`▶ reusing the build in ${BUILD_DIR}`)
  } else {
    console.log('▶ vite build (production)')
    buildSeconds = await buildApp()
    console.log(`  built in ${buildSeconds.toFixed(1)} s → ${BUILD_DIR}`)
  }
  const { preview } = await startAppServers()
  await runBuildChecks(preview.url)

  const queue = [...engines]
  await Promise.all(
    Array.from({ length: Math.min(parallel, queue.length) }, async () => {
      for (let engine = queue.shift(); engine; engine = queue.shift()) await runEngine(engine, preview.url)
    }),
  )

  const report = {
    passed: results.filter((result) => result.status === 'passed').length,
    failed: results.filter((result) => result.status === 'failed').length,
    skipped: 0,
    seconds: seconds(started),
    buildSeconds,
    viewports,
    tests: results,
  }
  mkdirSync(dirname(REPORT_FILE), { recursive: true })
  writeFileSync(REPORT_FILE, JSON.stringify(report, null, 2))
  printTable(results, sizes, engines, viewports)
  console.log(`\nIn ${report.seconds.toFixed(0)} s (the build: ${buildSeconds.toFixed(1)} s); ${REPORT_FILE}`)
  console.log(`engines: ${report.passed} passed, ${report.failed} failed`)
  return report.failed === 0
}

main().then(
  (ok) => {
    cleanUpAll()
    process.exit(ok ? 0 : 1)
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    cleanUpAll()
    process.exit(1)
  },
)
