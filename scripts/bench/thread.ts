/**
 * The 5,000-comment thread (`huge-thread` scenario) in Chromium, on the production build and the
 * standalone mock server. Per run, in a fresh browser context on a Pixel 7 profile:
 *
 * 1. First page: the reader opens the seed article and goes straight to its thread. The time from
 *    the comments response's arrival (its `responseEnd`) to the paint of the first comment (Element
 *    Timing `renderTime`: the attribute is set on the first comment's text before it is painted).
 * 2. "Voir plus de commentaires", N times: for each click, the renderer main thread's busy time
 *    (CDP `Performance.getMetrics` TaskDuration, with its script, layout and style parts) from just
 *    before the click until the new comments are on screen and the page is idle again, and the
 *    longest task (`longtask` entries) in that window; then the number of DOM elements.
 * 3. Main-thread work during a minute without input after the last click (timers, polling), and the
 *    JS heap after a forced garbage collection, after the first page and after the last click.
 */
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../config/chromium.ts'
import { chromium, devices, type Browser, type CDPSession, type Locator, type Page } from '@playwright/test'

/** Long enough to catch the thread's half-minute and one-minute timers. */
export const IDLE_WINDOW_MS = 61_000

export interface ClickSample {
  /** Main-thread busy time, ms: every task from the click to the next idle frame. */
  workMs: number
  scriptMs: number
  layoutMs: number
  styleMs: number
  longestTaskMs: number
  /** From the click to the frame after the new comments are in the DOM. */
  clickToFrameMs: number
  domElements: number
  comments: number
  /**
   * Main-thread busy time while the button is scrolled into view before the click (not part of the
   * click's work): with a windowed thread, what rendering the comments the scroll passes costs, plus
   * the bench's own probes (hit tests, frames).
   */
  scrollWorkMs: number
}

export interface ThreadRun {
  cpuThrottling: number
  /** Comments response `responseEnd` → first comment painted. */
  dataToPaintMs: number
  /** The reader at the thread (its heading scrolled to), its data and code in → first comment painted. */
  reachedToPaintMs: number
  /** Whichever came last, the data or the thread's code → first comment painted. */
  readyToPaintMs: number
  /** The thread's code chunk arrived after its data (the data had to wait for the code). */
  codeArrivedLast: boolean
  /** Data and code there → the first comment in the DOM (React's commit). */
  readyToDomMs: number
  /** The longest task between the data's arrival and the paint. */
  firstPageLongestTaskMs: number
  paintMethod: 'element-timing' | 'next-frame'
  firstPageComments: number
  firstPageDomElements: number
  heapStartMB: number
  heapEndMB: number
  /** Main-thread work during IDLE_WINDOW_MS without any input, after the last click. */
  idleWorkMs: number
  clicks: ClickSample[]
  /** Why the run stopped before its last click, if it did. */
  error: string | null
}

/** Runs in the page before any of its scripts. */
function instrument() {
  interface BenchState {
    longTasks: [number, number][]
    firstCommentDom: number | null
    firstCommentFrame: number | null
    firstCommentPaint: number | null
    threadReached: number | null
  }
  const state: BenchState = {
    threadReached: null,
    longTasks: [],
    firstCommentDom: null,
    firstCommentFrame: null,
    firstCommentPaint: null,
  }
  ;(window as unknown as { __bench: BenchState }).__bench = state
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longTasks.push([entry.startTime, entry.duration])
  }).observe({ type: 'longtask', buffered: true })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      identifier: string
      renderTime: number
    })[]) {
      if (entry.identifier === 'bench-first-comment' && state.firstCommentPaint === null) {
        state.firstCommentPaint = entry.renderTime
      }
    }
  }).observe({ type: 'element', buffered: true })

  // Element Timing reports text through the element that directly holds it.
  const textHolder = (root: Element): Element => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.textContent?.trim() && node.parentElement) return node.parentElement
    }
    return root
  }
  let hasScrolledToThread = false
  const observer = new MutationObserver(() => {
    if (!hasScrolledToThread) {
      const heading = [...document.querySelectorAll('h2')].find((h2) =>
        h2.textContent.startsWith('Commentaires'),
      )
      if (heading) {
        // The reader goes straight to the thread: its code and rendering are no longer deferred.
        heading.scrollIntoView({ block: 'start' })
        hasScrolledToThread = true
        state.threadReached = performance.now()
      }
    }
    const first = document.querySelector('article[id^="commentaire-"]')
    if (!first) return
    observer.disconnect()
    state.firstCommentDom = performance.now()
    first.scrollIntoView({ block: 'start' })
    textHolder(first).setAttribute('elementtiming', 'bench-first-comment')
    requestAnimationFrame(() =>
      setTimeout(() => {
        state.firstCommentFrame = performance.now()
      }, 0),
    )
  })
  observer.observe(document, { childList: true, subtree: true })
}

const commentCount = () => document.querySelectorAll('article[id^="commentaire-"]').length

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics')
  return Object.fromEntries(list.map(({ name, value }) => [name, value]))
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage')
  return (await metrics(cdp)).JSHeapUsedSize ?? Number.NaN
}

/** Two frames and an idle period: whatever the last change scheduled has run. */
const settle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => requestIdleCallback(() => resolve(), { timeout: 2000 })),
        ),
      ),
  )

export async function runThread(options: {
  browser: Browser
  baseUrl: string
  slug: string
  cpuThrottling: number
  clicks: number
  log: (line: string) => void
}): Promise<ThreadRun> {
  const { browser, baseUrl, slug, cpuThrottling, clicks, log } = options
  const context = await browser.newContext({
    ...devices['Pixel 7'],
    locale: 'fr-CA',
    timezoneId: 'America/Toronto',
  })
  try {
    // The preview server passes cookies on to the mock API, which reads the scenario from them.
    await context.addCookies([{ name: 'chronique-mock-scenario', value: 'huge-thread', url: baseUrl }])
    await context.addInitScript(instrument)
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    // Wall-clock task times (the default): the emulated CPU slowdown pauses the thread, which thread
    // CPU time would not count.
    await cdp.send('Performance.enable')
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottling })

    await page.goto(`${baseUrl}/articles/${slug}`)
    await page.waitForFunction(
      () => {
        const bench = (window as unknown as { __bench: { firstCommentFrame: number | null } }).__bench
        return bench.firstCommentFrame !== null
      },
      undefined,
      { polling: 100, timeout: 60_000 },
    )
    // Element Timing entries are delivered a little after the paint.
    await settle(page)
    const first = await page.evaluate(() => {
      const bench = (
        window as unknown as {
          __bench: {
            firstCommentPaint: number | null
            firstCommentFrame: number
            firstCommentDom: number
            threadReached: number | null
            longTasks: [number, number][]
          }
        }
      ).__bench
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[]
      const data = resources.find((entry) => /\/api\/articles\/[^/]+\/comments\?/.test(entry.name))
      const code = resources.find((entry) => /\/assets\/comments-section-[^/]*\.js$/.test(entry.name))
      const paint = bench.firstCommentPaint ?? bench.firstCommentFrame
      const dataEnd = data?.responseEnd ?? Number.NaN
      // Long tasks that ended between the data's arrival and the paint: what the paint waited for.
      const tasks = bench.longTasks.filter(
        ([startTime, duration]) => startTime + duration > dataEnd && startTime < paint,
      )
      return {
        paint,
        method: bench.firstCommentPaint === null ? ('next-frame' as const) : ('element-timing' as const),
        dataEnd,
        codeEnd: code?.responseEnd ?? Number.NaN,
        reached: bench.threadReached ?? Number.NaN,
        dom: bench.firstCommentDom,
        longestTask: tasks.reduce((max, [, duration]) => Math.max(max, duration), 0),
      }
    })
    const ready = Math.max(first.dataEnd, Number.isNaN(first.codeEnd) ? 0 : first.codeEnd)
    // The data and code come from index.html, before the article has painted: what the reader waits
    // for is from the moment they are at the thread (its heading scrolled to), with both in.
    const reachedReady = Math.max(ready, first.reached)
    const firstPageComments = await page.evaluate(commentCount)
    const firstPageDomElements = await page.evaluate(() => document.getElementsByTagName('*').length)
    const heapStart = await heapAfterGc(cdp)

    const samples: ClickSample[] = []
    let error: string | null = null
    for (let index = 0; index < clicks; index++) {
      try {
        samples.push(await clickOnce(page, cdp))
      } catch (caught) {
        // What the reader sees instead of the button: an error message, or a page still loading.
        const thread = await page
          .locator('section', { has: page.getByRole('heading', { name: /^Commentaires/ }) })
          .innerText({ timeout: 5000 })
          .catch(() => '')
        error =
          `click ${index + 1}: ${caught instanceof Error ? caught.message.split('\n')[0] : String(caught)}` +
          ` — the thread ends with: ${JSON.stringify(thread.slice(-300))}`
        log(`  ✗ ${error}`)
        break
      }
      if ((index + 1) % 10 === 0) {
        const last = samples.at(-1)
        log(
          `  ${cpuThrottling}× CPU, click ${index + 1}: ${last?.workMs.toFixed(0)} ms work, ` +
            `${last?.comments} comments, ${last?.domElements} elements; ` +
            `${last?.scrollWorkMs.toFixed(0)} ms work scrolling to the button`,
        )
      }
    }
    // The reader stops and reads: what the page does on its own for a while, with every page shown.
    const before = await metrics(cdp)
    await page.waitForTimeout(IDLE_WINDOW_MS)
    const after = await metrics(cdp)
    const idleWorkMs = ((after.TaskDuration ?? 0) - (before.TaskDuration ?? 0)) * 1000
    const heapEnd = await heapAfterGc(cdp)
    return {
      idleWorkMs,
      cpuThrottling,
      dataToPaintMs: first.paint - first.dataEnd,
      reachedToPaintMs: first.paint - reachedReady,
      readyToPaintMs: first.paint - ready,
      codeArrivedLast: first.codeEnd > first.dataEnd,
      firstPageLongestTaskMs: first.longestTask,
      readyToDomMs: first.dom - ready,
      paintMethod: first.method,
      firstPageComments,
      firstPageDomElements,
      heapStartMB: heapStart / 1024 / 1024,
      heapEndMB: heapEnd / 1024 / 1024,
      clicks: samples,
      error,
    }
  } finally {
    await context.close()
  }
}

/**
 * Scrolls the button into view until it stays there: comments far off screen are not rendered (the
 * thread is windowed), so the ones a scroll brings near take their real height only afterwards and
 * may move the button again.
 */
async function bringIntoView(page: Page, target: Locator) {
  for (let attempt = 1; attempt <= 10; attempt++) {
    await target.scrollIntoViewIfNeeded({ timeout: 60_000 })
    await settle(page)
    const box = await target.boundingBox({ timeout: 60_000 })
    const viewport = page.viewportSize()
    if (!box || !viewport) continue
    const center = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
    const isHit = await target.evaluate(
      (element, point) => element.contains(document.elementFromPoint(point.x, point.y)),
      center,
      { timeout: 60_000 },
    )
    if (isHit) return center
  }
  throw new Error('"Voir plus de commentaires" does not stay in view')
}

/** One "Voir plus de commentaires": click, wait for the new comments and an idle main thread, measure. */
async function clickOnce(page: Page, cdp: CDPSession): Promise<ClickSample> {
  // Found by its text, not its role: computing roles over 40,000 elements at 4× CPU takes Playwright
  // longer than its timeouts. All of this happens before the measurement starts.
  const more = page.locator('button', { hasText: /^Voir plus de commentaires$/ })
  const beforeScroll = await metrics(cdp)
  const point = await bringIntoView(page, more)
  const afterScroll = await metrics(cdp)
  const { before, t0 } = await page.evaluate(() => ({
    before: document.querySelectorAll('article[id^="commentaire-"]').length,
    t0: performance.now(),
  }))
  const start = await metrics(cdp)
  // A real input event at the button, without Playwright's checks running in the page meanwhile.
  await page.mouse.click(point.x, point.y)
  const done = await page.evaluate(
    ({ before: countBefore, t0: clickedAt }) =>
      new Promise<{ t1: number; frame: number; longest: number; comments: number; elements: number }>(
        (resolve, reject) => {
          const timeout = setTimeout(() => {
            reject(new Error('no new comments within 60 s of the click'))
          }, 60_000)
          const count = () => document.querySelectorAll('article[id^="commentaire-"]').length
          const finish = () => {
            requestAnimationFrame(() => {
              const frame = performance.now()
              requestAnimationFrame(() =>
                requestIdleCallback(
                  () => {
                    clearTimeout(timeout)
                    const t1 = performance.now()
                    const bench = (window as unknown as { __bench: { longTasks: [number, number][] } })
                      .__bench
                    const longest = bench.longTasks
                      .filter(([startTime]) => startTime >= clickedAt && startTime <= t1)
                      .reduce((max, [, duration]) => Math.max(max, duration), 0)
                    resolve({
                      t1,
                      frame,
                      longest,
                      comments: count(),
                      elements: document.getElementsByTagName('*').length,
                    })
                  },
                  { timeout: 2000 },
                ),
              )
            })
          }
          if (count() > countBefore) {
            finish()
            return
          }
          const observer = new MutationObserver(() => {
            if (count() <= countBefore) return
            observer.disconnect()
            finish()
          })
          observer.observe(document.body, { childList: true, subtree: true })
        },
      ),
    { before, t0 },
  )
  const end = await metrics(cdp)
  const delta = (name: string) => ((end[name] ?? 0) - (start[name] ?? 0)) * 1000
  return {
    workMs: delta('TaskDuration'),
    scriptMs: delta('ScriptDuration'),
    layoutMs: delta('LayoutDuration'),
    styleMs: delta('RecalcStyleDuration'),
    longestTaskMs: done.longest,
    clickToFrameMs: done.frame - t0,
    domElements: done.elements,
    comments: done.comments,
    scrollWorkMs: ((afterScroll.TaskDuration ?? 0) - (beforeScroll.TaskDuration ?? 0)) * 1000,
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
}
