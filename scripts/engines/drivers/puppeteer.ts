/**
 * Chromium (Debian's, with the project's flags, over CDP) and Firefox ESR (Debian's, over WebDriver
 * BiDi), both through puppeteer-core: one browser per engine for the whole run, a fresh browser
 * context (its own profile: storage, cache, service workers) per journey.
 */
import puppeteer, { type Browser, type BrowserContext, type ElementHandle, type Page } from 'puppeteer-core'
import { onCleanup } from '../../bench/processes.ts'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../config/chromium.ts'
import { FIREFOX_PATH, port } from '../config.ts'
import type { Driver, Key, PageFunction, Viewport } from '../driver.ts'
import type { QueryJson } from '../locator.ts'

/** The browser logs every 4xx/5xx answer; journeys assert what the reader sees of them instead. */
const isNetworkNoise = (text: string) => text.startsWith('Failed to load resource')

export async function launchPuppeteer(engine: 'chromium' | 'firefox'): Promise<Driver> {
  const common = { headless: true, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false } as const
  const browser: Browser =
    engine === 'firefox'
      ? await puppeteer.launch({
          ...common,
          browser: 'firefox',
          executablePath: FIREFOX_PATH,
          debuggingPort: port('firefoxRemote'),
        })
      : await puppeteer.launch({
          ...common,
          browser: 'chrome',
          executablePath: CHROMIUM_PATH,
          args: CHROMIUM_ARGS,
          pipe: true,
        })
  const pid = browser.process()?.pid
  // Puppeteer started it in a process group of its own: on an interruption, stop that group by PID.
  const stopOnInterrupt = onCleanup(() => {
    if (pid !== undefined) {
      try {
        process.kill(-pid, 'SIGKILL')
      } catch {
        // Already gone.
      }
    }
  })

  let context: BrowserContext | undefined
  let page: Page | undefined
  let viewport: Viewport = { width: 1280, height: 800 }
  let errors: string[] = []

  const currentPage = () => {
    if (!page) throw new Error('no page: call newContext() first')
    return page
  }
  const element = async (steps: readonly QueryJson[]): Promise<ElementHandle> => {
    const handle = await currentPage().evaluateHandle((query) => window.__engines.find(query), steps)
    const found = handle.asElement()
    if (!found) throw new Error('not an element')
    return found as ElementHandle
  }

  const driver: Driver = {
    engine,
    async newContext() {
      await context?.close()
      context = await browser.createBrowserContext()
      page = await context.newPage()
      errors = []
      page.on('pageerror', (error) => errors.push(`uncaught: ${String(error)}`))
      page.on('console', (message) => {
        if (message.type() === 'error' && !isNetworkNoise(message.text())) {
          errors.push(`console: ${message.text()}`)
        }
      })
      await page.setViewport(viewport)
    },
    async setViewport(size) {
      viewport = size
      await page?.setViewport(size)
      if (!page) return size
      return page.evaluate(() => ({ width: window.innerWidth, height: window.innerHeight }))
    },
    async goto(url) {
      await currentPage().goto(url, { waitUntil: 'load' })
    },
    async reload() {
      await currentPage().reload({ waitUntil: 'load' })
    },
    async evaluate<Args extends unknown[], Result>(
      fn: PageFunction<Args, Result>,
      ...args: Args
    ): Promise<Awaited<Result>> {
      const run = fn as (...values: unknown[]) => Result
      const result: unknown = await currentPage().evaluate(run, ...args)
      return result as Awaited<Result>
    },
    async click(steps) {
      await (await element(steps)).click()
    },
    async type(steps, text) {
      await (await element(steps)).type(text)
    },
    async press(key: Key) {
      await currentPage().keyboard.press(key)
    },
    protocolErrors: () => [...errors],
    async screenshot() {
      return Buffer.from(await currentPage().screenshot({ type: 'png' }))
    },
    async close() {
      await context?.close().catch(() => undefined)
      await browser.close()
      stopOnInterrupt()
    },
  }
  return driver
}
