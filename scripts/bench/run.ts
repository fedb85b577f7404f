/**
 * `npm run bench`: the performance budgets, measured and printed as one table, saved to
 * reports/bench.json (each Lighthouse report in reports/lighthouse/). A report, not a test: it exits 0
 * when budgets fail, unless `--strict`; 1 when a part could not be measured.
 *
 *   --only=first-load,lighthouse,thread,wordpress   run only these parts (the build runs when one of the
 *                     first three does: they need it)
 *   --runs=3          Lighthouse runs per page (medians are printed)
 *   --thread-runs=3   huge-thread runs at 4× CPU slowdown (plus one unthrottled, unless --no-unthrottled)
 *   --clicks=50       "Voir plus de commentaires" clicks per thread run
 *   --with-tests      also run `npm test` and time it (otherwise the last reports/summary.json is read)
 *   --reuse-build     keep the last bench build instead of building again (its time is then not shown)
 *   --strict          exit 1 when a budget fails
 *
 * The production build goes to a directory of its own (not dist/, which others' preview servers may be
 * serving) and is served by `vite preview` on port 4320, proxying /api and /images to the standalone
 * mock server on 8820; the hello-world reference is served by a second `vite preview` on 4321. The
 * `wordpress` part starts a local WordPress of its own on 8451 (MariaDB on 3451) and stops it.
 */
import '../../config/require-node-24.ts'
import { CHROMIUM_PATH } from '../../config/chromium.ts'
import { execSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { isartaArticle } from '../../mocks/data/seed-isarta.ts'
import { firstLoad } from './first-load.ts'
import { measurePageJavaScript, serviceWorkerKilobytes } from './page-javascript.ts'
import { CATEGORIES, runLighthouse, type LighthouseRun } from './lighthouse.ts'
import { cleanUpAll, runTimed, startServer, type Server } from './processes.ts'
import { IDLE_WINDOW_MS, launchChromium, runThread, type ThreadRun } from './thread.ts'
import { measureWordPress } from './wordpress.ts'

const PARTS = ['first-load', 'lighthouse', 'thread', 'wordpress'] as const
type Part = (typeof PARTS)[number]

const PORTS = {
  preview: Number(process.env.BENCH_PREVIEW_PORT ?? 4320),
  hello: Number(process.env.BENCH_HELLO_PORT ?? 4321),
  mock: Number(process.env.BENCH_MOCK_API_PORT ?? 8820),
}
const WORK_DIR = join(tmpdir(), 'chronique-bench')
const APP_DIR = join(WORK_DIR, 'app')
const HELLO_DIR = join(WORK_DIR, 'hello-world')
const REPORT = 'reports/bench.json'
const LIGHTHOUSE_REPORTS = 'reports/lighthouse'
const VITE = 'node_modules/vite/bin/vite.js'
const HELLO_CONFIG = 'scripts/bench/hello-world/vite.config.ts'

/** The budgets decided in issue 16 (docs/performance.md says why). */
const BUDGETS = {
  /** The app's own code on the first load (entry + static imports, libraries' chunk excluded). */
  firstLoadOwnKB: 14,
  /** The libraries' chunk: what the stack requires, and it must not grow. */
  libraryKB: 92.9,
  /** Every script a page fetches until the network is idle, measured in a browser. */
  pageJavaScriptKB: 125,
  lighthouseScore: 100,
  lighthousePerformance: 98,
  lcpRatio: 1.6,
  cls: 0,
  tbtMs: 50,
  firstPageMs: 150,
  clickWorkMs: 50,
  clickWorkMaxMs: 100,
  /** "The DOM stays bounded": elements after the last page at most this many times those after page 10. */
  domGrowth: 1.5,
}

// ——— Options ———

const args = process.argv.slice(2)
const flag = (name: string) => args.includes(`--${name}`)
const option = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1]
const numberOption = (name: string, fallback: number) => {
  const value = Number(option(name) ?? fallback)
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`)
  return value
}
const only = option('only')?.split(',').filter(Boolean)
const unknownParts = only?.filter((part) => !(PARTS as readonly string[]).includes(part)) ?? []
if (unknownParts.length > 0) throw new Error(`--only: unknown part(s) ${unknownParts.join(', ')}`)
const parts = new Set<Part>((only as Part[] | undefined) ?? PARTS)
const lighthouseRuns = numberOption('runs', 3)
const threadRuns = numberOption('thread-runs', 3)
const clicks = numberOption('clicks', 50)

// ——— Results ———

type Status = 'ok' | 'FAIL' | 'info' | 'error'
interface Row {
  metric: string
  value: string
  budget: string
  status: Status
}
const rows: Row[] = []
const results: Record<string, unknown> = {}
const errors: string[] = []

function row(metric: string, value: string, budget?: { text: string; ok: boolean }) {
  rows.push({
    metric,
    value,
    budget: budget?.text ?? '—',
    status: budget ? (budget.ok ? 'ok' : 'FAIL') : 'info',
  })
}

const log = (line: string) => console.log(line)
const median = (values: number[]) => {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b)
  if (sorted.length === 0) return Number.NaN
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}
const maxOf = (values: number[]) => Math.max(...values.filter((value) => !Number.isNaN(value)))
const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : 'n/a')
const kb = (value: number) => `${value.toFixed(1)} kB`

async function part(name: string, body: () => Promise<void> | void) {
  log(`\n▶ ${name}`)
  try {
    await body()
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    errors.push(`${name}: ${message}`)
    rows.push({
      metric: name,
      value: message.split('\n')[0]?.slice(0, 80) ?? '',
      budget: '—',
      status: 'error',
    })
    log(`  ✗ ${message}`)
  }
}

// ——— Build ———

let isBuilt = false

async function build() {
  if (
    flag('reuse-build') &&
    existsSync(join(APP_DIR, '.vite/manifest.json')) &&
    existsSync(join(HELLO_DIR, 'index.html'))
  ) {
    log(`  reusing ${APP_DIR}`)
    isBuilt = true
    return
  }
  mkdirSync(WORK_DIR, { recursive: true })
  const app = await runTimed(process.execPath, [VITE, 'build', '--outDir', APP_DIR, '--emptyOutDir'], {
    quiet: true,
  })
  if (!app.ok) throw new Error(`vite build failed:\n${app.output.slice(-2000)}`)
  log(`  vite build: ${app.seconds.toFixed(1)} s → ${APP_DIR}`)
  row('vite build (wall clock)', `${app.seconds.toFixed(1)} s`)
  results.buildSeconds = app.seconds

  const hello = await runTimed(
    process.execPath,
    [VITE, 'build', '--config', HELLO_CONFIG, '--outDir', HELLO_DIR, '--emptyOutDir'],
    { quiet: true },
  )
  if (!hello.ok) throw new Error(`hello-world build failed:\n${hello.output.slice(-2000)}`)
  isBuilt = true
}

function helloWorldKilobytes(): number {
  const assets = join(HELLO_DIR, 'assets')
  const bytes = readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .reduce((sum, file) => sum + gzipSync(readFileSync(join(assets, file)), { level: 9 }).length, 0)
  return bytes / 1000
}

// ——— First-load JavaScript ———

function reportFirstLoad() {
  const pages = firstLoad(APP_DIR)
  results.firstLoad = pages
  for (const [page, { kilobytes, libraryKilobytes, files }] of Object.entries(pages)) {
    const own = Math.round((kilobytes - libraryKilobytes) * 100) / 100
    log(`  ${page}: ${kb(kilobytes)} gzip in ${files.length} files (the app's own ${kb(own)})`)
    row(`First-load JS, ${page}: the app's own code (gzip -9)`, kb(own), {
      text: `≤ ${BUDGETS.firstLoadOwnKB} kB`,
      ok: own <= BUDGETS.firstLoadOwnKB,
    })
    row(`First-load JS, ${page}: libraries (gzip -9)`, kb(libraryKilobytes), {
      text: `≤ ${BUDGETS.libraryKB} kB`,
      ok: libraryKilobytes <= BUDGETS.libraryKB,
    })
    row(`First-load JS, ${page}: in all`, `${kb(kilobytes)} in ${files.length} files`)
  }
  const hello = helloWorldKilobytes()
  results.helloWorldKilobytes = hello
  row('JS of the React hello-world (gzip -9)', kb(hello))
}

/** Every script the list and the article fetch until the network is idle, in Chromium. */
async function reportPageJavaScript() {
  const browser = await launchChromium()
  try {
    const app = `http://127.0.0.1:${PORTS.preview}`
    const targets = { list: `${app}/`, article: `${app}/articles/${isartaArticle.slug}` }
    const measured: Record<string, unknown> = {}
    for (const [page, url] of Object.entries(targets)) {
      const result = await measurePageJavaScript({ browser, url, distDir: APP_DIR })
      measured[page] = result
      log(`  ${page}: ${result.files.map((file) => `${file.file} ${file.gzipKilobytes}`).join(', ')}`)
      row(
        `All JS until the network is idle, ${page} (gzip -9; sent)`,
        `${kb(result.kilobytes)}; ${kb(result.transferKilobytes)} in ${result.files.length} files`,
        { text: `≤ ${BUDGETS.pageJavaScriptKB} kB`, ok: result.kilobytes <= BUDGETS.pageJavaScriptKB },
      )
    }
    const worker = serviceWorkerKilobytes(APP_DIR)
    row('  plus the offline worker (sw.js, fetched by the browser, gzip -9)', kb(worker))
    results.pageJavaScript = { ...measured, serviceWorkerKilobytes: worker }
  } finally {
    await browser.close()
  }
}

// ——— Servers ———

const servers: Server[] = []
const logFile = (name: string) => join(WORK_DIR, `${name}.log`)

async function startAppServers() {
  servers.push(
    await startServer({
      name: 'mock API',
      args: ['mocks/standalone-server.ts'],
      port: PORTS.mock,
      env: { PORT: String(PORTS.mock), HOST: '127.0.0.1' },
      readyUrl: `http://127.0.0.1:${PORTS.mock}/api/categories`,
      logFile: logFile('mock-api'),
    }),
  )
  servers.push(
    await startServer({
      name: 'vite preview (app)',
      args: [
        VITE,
        'preview',
        '--outDir',
        APP_DIR,
        '--port',
        String(PORTS.preview),
        '--strictPort',
        '--host',
        '127.0.0.1',
      ],
      port: PORTS.preview,
      env: { CHRONIQUE_PREVIEW_API: `http://127.0.0.1:${PORTS.mock}` },
      readyUrl: `http://127.0.0.1:${PORTS.preview}/api/categories`,
      logFile: logFile('preview-app'),
    }),
  )
  log(`  app on ${servers.at(-1)?.url} (pid ${servers.at(-1)?.pid}), mock API pid ${servers.at(-2)?.pid}`)
}

async function startHelloServer(): Promise<Server> {
  const server = await startServer({
    name: 'vite preview (hello-world)',
    args: [
      VITE,
      'preview',
      '--config',
      HELLO_CONFIG,
      '--outDir',
      HELLO_DIR,
      '--port',
      String(PORTS.hello),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    port: PORTS.hello,
    readyUrl: `http://127.0.0.1:${PORTS.hello}/`,
    logFile: logFile('preview-hello'),
  })
  servers.push(server)
  return server
}

// ——— Lighthouse ———

async function lighthouse() {
  const app = `http://127.0.0.1:${PORTS.preview}`
  mkdirSync(LIGHTHOUSE_REPORTS, { recursive: true })
  const hello = await startHelloServer()
  const targets = {
    'hello-world': `${hello.url}/`,
    list: `${app}/`,
    article: `${app}/articles/${isartaArticle.slug}`,
  }
  const runs: Record<keyof typeof targets, LighthouseRun[]> = { 'hello-world': [], list: [], article: [] }
  // Interleaved, so a busy moment on the machine does not fall on one page only.
  for (let run = 1; run <= lighthouseRuns; run++) {
    for (const [name, url] of Object.entries(targets) as [keyof typeof targets, string][]) {
      const result = await runLighthouse(url, join(LIGHTHOUSE_REPORTS, `${name}-${run}.json`))
      runs[name].push(result)
      log(
        `  run ${run} ${name.padEnd(11)} perf ${result.scores.performance} a11y ${result.scores.accessibility} ` +
          `bp ${result.scores['best-practices']} seo ${result.scores.seo} · LCP ${ms(result.lcpMs)} ` +
          `TBT ${ms(result.tbtMs)} CLS ${result.cls.toFixed(3)} · benchmarkIndex ${Math.round(result.benchmarkIndex)}` +
          (result.runtimeError ? ` · ERROR ${result.runtimeError}` : ''),
      )
    }
  }

  const summarize = (list: LighthouseRun[]) => ({
    scores: Object.fromEntries(
      CATEGORIES.map((category) => [category, median(list.map((run) => run.scores[category]))]),
    ) as Record<(typeof CATEGORIES)[number], number>,
    lcpMs: median(list.map((run) => run.lcpMs)),
    fcpMs: median(list.map((run) => run.fcpMs)),
    cls: median(list.map((run) => run.cls)),
    tbtMs: median(list.map((run) => run.tbtMs)),
    speedIndexMs: median(list.map((run) => run.speedIndexMs)),
    benchmarkIndex: median(list.map((run) => run.benchmarkIndex)),
    lcpElement: list.find((run) => run.lcpElement)?.lcpElement ?? null,
    // Every finding of any run, with how many runs had it.
    findings: Object.values(
      list
        .flatMap((run) => run.findings)
        .reduce<Record<string, LighthouseRun['findings'][number] & { runs: number }>>((all, finding) => {
          const seen = all[finding.id]
          all[finding.id] = seen ? { ...seen, runs: seen.runs + 1 } : { ...finding, runs: 1 }
          return all
        }, {}),
    ),
  })
  const summary = {
    'hello-world': summarize(runs['hello-world']),
    list: summarize(runs.list),
    article: summarize(runs.article),
  }
  results.lighthouse = { runsPerPage: lighthouseRuns, medians: summary, runs }

  const helloLcp = summary['hello-world'].lcpMs
  row(`Lighthouse hello-world: LCP (median of ${lighthouseRuns})`, ms(helloLcp))
  for (const page of ['list', 'article'] as const) {
    const { scores, lcpMs, cls, tbtMs, findings, lcpElement } = summary[page]
    for (const category of CATEGORIES) {
      const minimum = category === 'performance' ? BUDGETS.lighthousePerformance : BUDGETS.lighthouseScore
      row(`Lighthouse ${page}: ${category}`, String(scores[category]), {
        text: minimum === 100 ? '100' : `≥ ${minimum}`,
        ok: scores[category] >= minimum,
      })
    }
    row(`Lighthouse ${page}: LCP`, ms(lcpMs))
    const ratio = lcpMs / helloLcp
    row(`Lighthouse ${page}: LCP ÷ hello-world LCP`, `${ratio.toFixed(2)} (${ms(lcpMs)} / ${ms(helloLcp)})`, {
      text: `≤ ${BUDGETS.lcpRatio.toFixed(2)}`,
      ok: ratio <= BUDGETS.lcpRatio,
    })
    row(`Lighthouse ${page}: CLS`, cls.toFixed(3), { text: '0', ok: cls <= BUDGETS.cls })
    row(`Lighthouse ${page}: TBT`, ms(tbtMs), { text: `≤ ${BUDGETS.tbtMs} ms`, ok: tbtMs <= BUDGETS.tbtMs })
    if (lcpElement) log(`  ${page} LCP element: ${lcpElement}`)
    for (const finding of findings) {
      log(
        `  ${page} finding (${finding.runs}/${lighthouseRuns} runs) [${finding.category}] ${finding.id}: ${finding.display}`,
      )
    }
  }
}

// ——— Huge thread ———

async function thread() {
  const browser = await launchChromium()
  try {
    const baseUrl = `http://127.0.0.1:${PORTS.preview}`
    const throttled: ThreadRun[] = []
    for (let run = 1; run <= threadRuns; run++) {
      log(`  run ${run}/${threadRuns}, CPU 4× slower`)
      throttled.push(
        await runThread({ browser, baseUrl, slug: isartaArticle.slug, cpuThrottling: 4, clicks, log }),
      )
    }
    const unthrottled = flag('no-unthrottled')
      ? []
      : [await runThread({ browser, baseUrl, slug: isartaArticle.slug, cpuThrottling: 1, clicks, log })]
    results.thread = { clicks, throttled, unthrottled }

    const summarize = (list: ThreadRun[]) => {
      // Per click: the median over runs, then statistics over the clicks.
      const perClick = (pick: (sample: ThreadRun['clicks'][number]) => number) =>
        Array.from({ length: clicks }, (_, index) =>
          median(list.map((run) => (run.clicks[index] ? pick(run.clicks[index]) : Number.NaN))),
        )
      const work = perClick((sample) => sample.workMs)
      return {
        dataToPaintMs: median(list.map((run) => run.dataToPaintMs)),
        reachedToPaintMs: median(list.map((run) => run.reachedToPaintMs)),
        readyToPaintMs: median(list.map((run) => run.readyToPaintMs)),
        firstPageLongestTaskMs: median(list.map((run) => run.firstPageLongestTaskMs)),
        readyToDomMs: median(list.map((run) => run.readyToDomMs)),
        codeArrivedLast: list.filter((run) => run.codeArrivedLast).length,
        paintMethods: [...new Set(list.map((run) => run.paintMethod))].join(', '),
        firstPageDom: median(list.map((run) => run.firstPageDomElements)),
        work,
        script: perClick((sample) => sample.scriptMs),
        layout: perClick((sample) => sample.layoutMs),
        style: perClick((sample) => sample.styleMs),
        longest: perClick((sample) => sample.longestTaskMs),
        clickToFrame: perClick((sample) => sample.clickToFrameMs),
        dom: perClick((sample) => sample.domElements),
        comments: perClick((sample) => sample.comments),
        heapStartMB: median(list.map((run) => run.heapStartMB)),
        heapEndMB: median(list.map((run) => run.heapEndMB)),
        idleWorkMs: median(list.map((run) => run.idleWorkMs)),
      }
    }
    const at = (values: number[], click: number) => values[Math.min(click, clicks) - 1] ?? Number.NaN
    const checkpoints = [...new Set([1, 10, 25, 50, clicks])].filter((click) => click <= clicks)
    const last = clicks
    const report = (label: string, list: ThreadRun[], withBudgets: boolean) => {
      if (list.length === 0) return
      const s = summarize(list)
      const budget = (text: string, ok: boolean) => (withBudgets ? { text, ok } : undefined)
      const stopped = list.filter((run) => run.error !== null)
      if (withBudgets || stopped.length > 0) {
        row(
          `Thread ${label}: runs that reached click ${clicks}`,
          `${list.length - stopped.length} of ${list.length}` +
            [...new Set(stopped.map((run) => run.error?.split(' — ')[0]))]
              .map((error) => `; ${error ?? ''}`)
              .join(''),
          budget('all', stopped.length === 0),
        )
      }
      row(
        `Thread ${label}: first page, reader at the thread with its data and code → paint`,
        ms(s.reachedToPaintMs),
        budget(`≤ ${BUDGETS.firstPageMs} ms`, s.reachedToPaintMs <= BUDGETS.firstPageMs),
      )
      row(
        `Thread ${label}: first page, data → paint (the article's first render included)`,
        ms(s.dataToPaintMs),
      )
      row(
        `Thread ${label}: first page, data and code → paint (in the DOM after; longest task)`,
        `${ms(s.readyToPaintMs)} (${ms(s.readyToDomMs)}; ${ms(s.firstPageLongestTaskMs)})`,
      )
      const maxWork = maxOf(s.work)
      row(
        `Thread ${label}: "Voir plus", work per click, median`,
        ms(median(s.work)),
        budget(`≤ ${BUDGETS.clickWorkMs} ms`, median(s.work) <= BUDGETS.clickWorkMs),
      )
      row(
        `Thread ${label}: "Voir plus", work per click, max`,
        ms(maxWork),
        budget(`≤ ${BUDGETS.clickWorkMaxMs} ms`, maxWork <= BUDGETS.clickWorkMaxMs),
      )
      for (const click of checkpoints) {
        row(
          `Thread ${label}: click ${click} (work; script/layout/style; longest task)`,
          `${ms(at(s.work, click))}; ${Math.round(at(s.script, click))}/${Math.round(at(s.layout, click))}/${Math.round(at(s.style, click))}; ${ms(at(s.longest, click))}`,
          budget(`≤ ${BUDGETS.clickWorkMaxMs} ms`, at(s.work, click) <= BUDGETS.clickWorkMaxMs),
        )
      }
      row(
        `Thread ${label}: click to next frame, median / max`,
        `${ms(median(s.clickToFrame))} / ${ms(maxOf(s.clickToFrame))}`,
      )
      // Growth from page 10 on: by then a windowed list has reached its steady size.
      const base = last >= 20 ? 10 : 1
      const growth = at(s.dom, last) / at(s.dom, base)
      row(
        `Thread ${label}: DOM elements, first page / ${checkpoints.join(' / ')} clicks`,
        [s.firstPageDom, ...checkpoints.map((click) => at(s.dom, click))]
          .map((n) => (Number.isFinite(n) ? String(Math.round(n)) : 'n/a'))
          .join(' / '),
      )
      row(
        `Thread ${label}: DOM growth, ${last} clicks ÷ ${base} click${base > 1 ? 's' : ''}`,
        `${growth.toFixed(2)} (${Math.round(at(s.comments, last))} comments shown)`,
        budget(`≤ ${BUDGETS.domGrowth} (bounded)`, growth <= BUDGETS.domGrowth),
      )
      row(
        `Thread ${label}: main-thread work in ${IDLE_WINDOW_MS / 1000} s without input, after ${last} clicks`,
        ms(s.idleWorkMs),
      )
      row(
        `Thread ${label}: JS heap after GC, first page → ${last} clicks`,
        `${s.heapStartMB.toFixed(1)} → ${s.heapEndMB.toFixed(1)} MB`,
      )
      log(
        `  ${label}: paint measured by ${s.paintMethods}; the thread's code arrived after its data in ${s.codeArrivedLast}/${list.length} runs`,
      )
    }
    report(`4× CPU (median of ${threadRuns})`, throttled, true)
    report('unthrottled (1 run)', unthrottled, false)
  } finally {
    await browser.close()
  }
}

// ——— WordPress ———

/** The plugin's answer times, in the order the contract's readers meet them; no budget. */
const WORDPRESS_ROWS: [timing: string, metric: string][] = [
  ['GET /articles', 'WordPress: the article list'],
  ['GET /articles/{slug} (Isarta)', 'WordPress: an article (Isarta)'],
  ['thread, 5,000 comments, page 1', 'WordPress: 5,000-comment thread, page 1'],
  ['thread, 5,000 comments, page 20', 'WordPress: 5,000-comment thread, page 20'],
  ['POST …/comments', 'WordPress: posting a comment'],
  ['thread, short (page 1)', 'WordPress: a short thread, page 1'],
  ['thread, 5,000 comments, popular, page 1', 'WordPress: 5,000-comment thread, popular, page 1'],
  ['GET /articles?q=quebec', 'WordPress: search ("quebec")'],
]

async function wordpress() {
  const { timings, failures, startSeconds } = await measureWordPress(log)
  results.wordpress = { timings, failures, startSeconds }
  row('WordPress: up, installed and seeded (s)', String(startSeconds))
  for (const [timing, metric] of WORDPRESS_ROWS) {
    const samples = timing.startsWith('POST') ? 20 : 50
    row(`${metric} (ms, median / p95 of ${samples})`, timings[timing] ?? 'not measured')
  }
  for (const failure of failures) log(`  ✗ ${failure}`)
  if (failures.length > 0) throw new Error(failures.join('; '))
}

// ——— npm test ———

/**
 * First of all when asked: npm test empties reports/ as it starts, and would compete with the
 * measurements for the CPU.
 */
async function runTests() {
  const { ok, seconds } = await runTimed('npm', ['test'], { quiet: false })
  row('npm test (wall clock, this run)', `${seconds.toFixed(0)} s${ok ? '' : ' — tests failed'}`)
  results.npmTestSeconds = seconds
}

function readTestDurations() {
  const summaryPath = 'reports/summary.json'
  if (!existsSync(summaryPath)) {
    row('npm test (last run)', 'no reports/summary.json: run npm test or --with-tests')
    return
  }
  const summary = JSON.parse(readFileSync(summaryPath, 'utf8')) as {
    passed: number
    failed: number
    suites: { name: string; seconds: number }[]
  }
  const total = summary.suites.reduce((sum, suite) => sum + suite.seconds, 0)
  const when = statSync(summaryPath).mtime.toISOString().slice(0, 16).replace('T', ' ')
  row(
    `npm test, last run (${when} UTC)`,
    `${total.toFixed(0)} s: ${summary.suites.map((suite) => `${suite.name} ${suite.seconds.toFixed(0)}`).join(', ')}`,
  )
  results.lastNpmTest = {
    at: when,
    seconds: total,
    suites: summary.suites,
    passed: summary.passed,
    failed: summary.failed,
  }
}

// ——— Main ———

function printTable() {
  const widths = [
    Math.max(6, ...rows.map((r) => r.metric.length)),
    Math.max(5, ...rows.map((r) => r.value.length)),
    Math.max(6, ...rows.map((r) => r.budget.length)),
  ] as const
  const line = (cells: [string, string, string, string]) =>
    `${cells[0].padEnd(widths[0])}  ${cells[1].padEnd(widths[1])}  ${cells[2].padEnd(widths[2])}  ${cells[3]}`
  log(`\n${line(['Metric', 'Value', 'Budget', 'Status'])}`)
  log('-'.repeat(widths[0] + widths[1] + widths[2] + 14))
  for (const r of rows) log(line([r.metric, r.value, r.budget, r.status]))
}

function describeMachine() {
  let chromium = 'unknown'
  try {
    chromium = execSync(`${CHROMIUM_PATH} --version`, {
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim()
  } catch {
    // Reported as unknown.
  }
  let commit = 'unknown'
  try {
    commit = execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim()
    // The build is of the working tree: say when it differs from the commit.
    const changed = execSync('git status --porcelain --untracked-files=no', {
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .split('\n')
      .filter(Boolean).length
    if (changed > 0) commit += ` + ${changed} changed file${changed > 1 ? 's' : ''}`
  } catch {
    // Reported as unknown.
  }
  return {
    node: process.versions.node,
    chromium,
    cpus: cpus().length,
    loadAverage: loadavg().map((n) => Number(n.toFixed(2))),
    commit,
  }
}

async function main() {
  const machine = describeMachine()
  log(
    `Chronique bench · ${new Date().toISOString()} · commit ${machine.commit} · ${machine.cpus} CPUs, load ${machine.loadAverage.join(' ')} · ${machine.chromium} · Node ${machine.node}`,
  )
  if (flag('with-tests')) await part('npm test', runTests)
  if (parts.has('first-load') || parts.has('lighthouse') || parts.has('thread'))
    await part('vite build (production build and the hello-world reference)', build)
  if (isBuilt && parts.has('first-load')) await part('First-load JavaScript', reportFirstLoad)
  if (isBuilt && (parts.has('first-load') || parts.has('lighthouse') || parts.has('thread'))) {
    await part('Servers', startAppServers)
    if (servers.length >= 2) {
      if (parts.has('first-load'))
        await part('All JavaScript until the network is idle (Chromium)', reportPageJavaScript)
      if (parts.has('lighthouse'))
        await part(`Lighthouse 13, mobile, simulated throttling (${lighthouseRuns} runs a page)`, lighthouse)
      if (parts.has('thread'))
        await part(`Huge thread (5,000 comments), ${clicks} × "Voir plus de commentaires"`, thread)
    }
  }
  for (const server of servers.reverse()) server.stop()
  if (parts.has('wordpress'))
    await part('WordPress plugin: answer times on loopback (median / p95)', wordpress)
  await part('npm test duration (last run)', readTestDurations)

  printTable()
  const failed = rows.filter((r) => r.status === 'FAIL')
  log(
    `\n${failed.length} budget(s) failed${errors.length ? `, ${errors.length} part(s) could not be measured` : ''}. Report: ${REPORT}`,
  )
  mkdirSync('reports', { recursive: true })
  writeFileSync(
    REPORT,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: { ...machine, loadAverageAtEnd: loadavg() },
        options: args,
        budgets: BUDGETS,
        table: rows,
        errors,
        results,
      },
      null,
      2,
    ),
  )
  if (errors.length > 0) process.exitCode = 1
  else if (flag('strict') && failed.length > 0) process.exitCode = 1
}

main()
  .catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
  .finally(cleanUpAll)
