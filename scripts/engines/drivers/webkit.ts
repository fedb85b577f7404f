/**
 * WebKitGTK: Debian's WebKitWebDriver (WebDriver classic) driving MiniBrowser, through
 * selenium-webdriver. MiniBrowser has no headless mode, so the driver runs under `xvfb-run -a`; this
 * script starts it on its own port (ENGINES_WEBKIT_DRIVER_PORT) and talks to it on 127.0.0.1. One
 * driver for the run; a new session, so a new MiniBrowser with an empty profile, per journey.
 *
 * MiniBrowser's toolbar keeps its window at least ~447 px wide: a GTK stylesheet in a private
 * XDG_CONFIG_HOME shrinks the toolbar's widgets so the window, and the page, can be 390 px wide.
 */
import { spawn } from 'node:child_process'
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Builder, Key as SeleniumKey, type WebDriver, type WebElement } from 'selenium-webdriver'
import { onCleanup } from '../../bench/processes.ts'
import { LOG_DIR, MINIBROWSER_PATH, port, WEBKIT_DRIVER_PATH, WORK_DIR } from '../config.ts'
import type { Driver, Key, PageFunction, Viewport } from '../driver.ts'
import type { QueryJson } from '../locator.ts'

/** GTK 3 widgets without padding, margins, borders or text: the toolbar becomes a thin strip. */
const COMPACT_TOOLBAR_CSS = `/* MiniBrowser's toolbar, made small enough for a 390 px wide window. */
* {
  min-width: 0;
  min-height: 0;
  padding: 0;
  margin: 0;
  border-width: 0;
  font-size: 1px;
  -gtk-icon-transform: scale(0.1);
}
`

const KEYS: Record<Key, string> = {
  Enter: SeleniumKey.ENTER,
  Escape: SeleniumKey.ESCAPE,
  Tab: SeleniumKey.TAB,
}

async function waitForDriver(url: string, exited: () => string | null): Promise<void> {
  const deadline = Date.now() + 20_000
  for (;;) {
    const exit = exited()
    if (exit) throw new Error(`WebKitWebDriver exited (${exit}); see ${LOG_DIR}/webkit-driver.log`)
    try {
      if ((await fetch(`${url}/status`)).ok) return
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not answer ${url}/status within 20 s`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

interface DriverProcess {
  url: string
  stop(): void
}

/** `xvfb-run -a WebKitWebDriver --port=…`, in a process group of its own, stopped by its PID. */
async function startDriverProcess(configHome: string, attempt: number): Promise<DriverProcess> {
  const driverPort = port('webkitDriver')
  const log = createWriteStream(join(LOG_DIR, `webkit-driver${attempt > 1 ? `-${attempt}` : ''}.log`))
  const child = spawn(
    'xvfb-run',
    ['-a', '-s', '-screen 0 1920x1200x24', WEBKIT_DRIVER_PATH, `--port=${driverPort}`],
    {
      env: { ...process.env, XDG_CONFIG_HOME: configHome },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group: stopping it by its PID stops Xvfb, the driver and every MiniBrowser.
      detached: true,
    },
  )
  child.stdout.pipe(log)
  child.stderr.pipe(log)
  let exit: string | null = null
  child.once('exit', (code, signal) => {
    exit = `code ${code}, signal ${signal}`
  })
  child.once('error', (error) => {
    exit = error.message
  })
  const stop = onCleanup(() => {
    if (child.pid === undefined || exit) return
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      // Already gone.
    }
  })
  const url = `http://127.0.0.1:${driverPort}`
  try {
    await waitForDriver(url, () => exit)
  } catch (error) {
    stop()
    throw error
  }
  return { url, stop }
}

function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms)
    }),
  ]).finally(() => clearTimeout(timer))
}

export async function launchWebKit(): Promise<Driver> {
  const configHome = join(WORK_DIR, 'webkit-config')
  mkdirSync(join(configHome, 'gtk-3.0'), { recursive: true })
  writeFileSync(join(configHome, 'gtk-3.0', 'gtk.css'), COMPACT_TOOLBAR_CSS)
  mkdirSync(LOG_DIR, { recursive: true })
  let attempts = 1
  let server = await startDriverProcess(configHome, attempts)

  /** A MiniBrowser with an empty profile; if none comes (its display gone), a new driver, once. */
  const newSession = async (): Promise<WebDriver> => {
    const create = () =>
      withDeadline(
        new Builder()
          .usingServer(server.url)
          .withCapabilities({
            browserName: 'MiniBrowser',
            'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
          })
          .build(),
        20_000,
        'a new WebKitWebDriver session',
      )
    try {
      return await create()
    } catch (error) {
      if (attempts > 1) throw error
      console.log(
        `  webkit: ${error instanceof Error ? error.message : String(error)}; restarting the driver`,
      )
      server.stop()
      attempts += 1
      server = await startDriverProcess(configHome, attempts)
      return create()
    }
  }

  let session: WebDriver | undefined
  let viewport: Viewport = { width: 1280, height: 800 }

  const current = () => {
    if (!session) throw new Error('no session: call newContext() first')
    return session
  }
  const element = (steps: readonly QueryJson[]): Promise<WebElement> =>
    current().executeScript<WebElement>('return window.__engines.find(arguments[0])', steps)

  /** The window is the viewport plus MiniBrowser's toolbar: measure the difference, then size it. */
  const applyViewport = async (size: Viewport): Promise<Viewport> => {
    const window = current().manage().window()
    const inner = () =>
      current().executeScript<Viewport>('return { width: window.innerWidth, height: window.innerHeight }')
    let reached = await inner()
    for (
      let attempt = 0;
      attempt < 3 && (reached.width !== size.width || reached.height !== size.height);
      attempt++
    ) {
      const outer = await window.getRect()
      // A window not yet mapped (a fresh session on a busy machine) reports less than its page's
      // viewport: the toolbar's share then counts as none, never as a negative size WebDriver refuses.
      const chrome = (outerSize: number, innerSize: number) => Math.max(0, Math.round(outerSize - innerSize))
      await window.setRect({
        x: 0,
        y: 0,
        width: size.width + chrome(outer.width, reached.width),
        height: size.height + chrome(outer.height, reached.height),
      })
      reached = await inner()
    }
    return reached
  }

  const driver: Driver = {
    engine: 'webkit',
    async newContext() {
      const previous = session
      session = undefined
      await previous?.quit().catch(() => undefined)
      session = await newSession()
      await session.manage().setTimeouts({ script: 30_000, pageLoad: 30_000 })
      await applyViewport(viewport)
    },
    async setViewport(size) {
      viewport = size
      return session ? applyViewport(size) : size
    },
    async goto(url) {
      await current().get(url)
    },
    async reload() {
      await current().navigate().refresh()
    },
    async evaluate<Args extends unknown[], Result>(
      fn: PageFunction<Args, Result>,
      ...args: Args
    ): Promise<Awaited<Result>> {
      // The asynchronous form, so a promise the function returns is awaited in every WebKit version.
      const outcome = await current().executeAsyncScript<{ value: Awaited<Result> } | { error: string }>(
        `const done = arguments[arguments.length - 1];
        Promise.resolve()
          .then(() => (${fn.toString()}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
          .then((value) => done({ value }), (error) => done({ error: String(error && error.stack || error) }))`,
        ...args,
      )
      if ('error' in outcome) throw new Error(outcome.error)
      return outcome.value
    },
    async click(steps) {
      await (await element(steps)).click()
    },
    async type(steps, text) {
      await (await element(steps)).sendKeys(text)
    },
    async press(key) {
      await current().actions().sendKeys(KEYS[key]).perform()
    },
    protocolErrors: () => [],
    async screenshot() {
      return Buffer.from(await current().takeScreenshot(), 'base64')
    },
    async close() {
      await session?.quit().catch(() => undefined)
      session = undefined
      server.stop()
    },
  }
  return driver
}
