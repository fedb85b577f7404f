/**
 * What journeys are written against: a browser tab on the site, with expectations that wait for what
 * a reader would see (no fixed sleeps: every wait is a condition, polled until WAIT_MS), the same in
 * every engine.
 */
import { WAIT_MS } from './config.ts'
import type { Driver, Key, PageFunction } from './driver.ts'
import type { Locator } from './locator.ts'
import type { ElementState, Problem } from './page-probe.ts'
import type { Site } from './site.ts'

const POLL_MS = 50

export class Tab {
  readonly driver: Driver
  readonly site: Site
  /** What the journey is doing: a journey that times out says where. */
  step = 'starting'

  constructor(driver: Driver, site: Site) {
    this.driver = driver
    this.site = site
  }

  goto(path: string): Promise<void> {
    this.step = `opening ${path}`
    return this.driver.goto(this.site.url(path))
  }

  reload(): Promise<void> {
    this.step = 'reloading'
    return this.driver.reload()
  }

  evaluate<Args extends unknown[], Result>(fn: PageFunction<Args, Result>, ...args: Args) {
    this.step = `running ${fn.toString().replace(/\s+/g, ' ').slice(0, 80)}`
    return this.driver.evaluate(fn, ...args)
  }

  /**
   * Polls `read` until `isDone` holds. A read that throws (the page is navigating, the probe has not
   * loaded yet) counts as "not yet"; the last value or error is in the failure message.
   */
  async waitFor<T>(
    description: string,
    read: () => Promise<T>,
    isDone: (value: T) => boolean,
    timeoutMs = WAIT_MS,
  ): Promise<T> {
    this.step = `waiting: ${description}`
    const deadline = Date.now() + timeoutMs
    let last: string
    for (;;) {
      try {
        const value = await read()
        if (isDone(value)) return value
        last = JSON.stringify(value)
      } catch (error) {
        last = error instanceof Error ? (error.message.split('\n', 1)[0] ?? '') : String(error)
      }
      if (Date.now() > deadline) {
        throw new Error(`${description}: not within ${timeoutMs / 1000} s (last: ${last})`)
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS))
    }
  }

  state(locator: Locator): Promise<ElementState> {
    return this.driver.evaluate((steps) => window.__engines.state(steps), locator.steps)
  }

  private expectState(locator: Locator, what: string, isDone: (state: ElementState) => boolean) {
    return this.waitFor(`${locator.toString()} ${what}`, () => this.state(locator), isDone)
  }

  expectVisible(locator: Locator) {
    return this.expectState(locator, 'should be visible', (state) => state.count === 1 && state.visible)
  }

  expectInViewport(locator: Locator) {
    return this.expectState(
      locator,
      'should be in the viewport',
      (state) => state.count === 1 && state.inViewport,
    )
  }

  /** Gone, or there but not shown (hidden, or out of the accessibility tree). */
  expectHidden(locator: Locator) {
    return this.expectState(locator, 'should be hidden', (state) => !state.error && !state.visible)
  }

  expectCount(locator: Locator, count: number) {
    return this.expectState(locator, `should be ${count}`, (state) => !state.error && state.count === count)
  }

  expectFocused(locator: Locator) {
    return this.expectState(locator, 'should have the focus', (state) => state.count === 1 && state.focused)
  }

  expectText(locator: Locator, pattern: RegExp) {
    return this.expectState(
      locator,
      `should read ${pattern}`,
      (state) => state.count === 1 && pattern.test(state.text),
    )
  }

  /** Waits until a page function returns true. */
  expectTrue<Args extends unknown[]>(
    description: string,
    fn: PageFunction<Args, boolean | Promise<boolean>>,
    ...args: Args
  ) {
    return this.waitFor(
      description,
      () => this.driver.evaluate(fn, ...args),
      (value) => value,
    )
  }

  /**
   * Clicks once the element is there, visible and not covered at its centre (scrolled into the middle
   * of the window if need be, as a reader would), with the protocol's mouse.
   */
  async click(locator: Locator) {
    await this.expectVisible(locator)
    // Stable too: the same box in two reads in a row, so a layout shift cannot move it under the mouse.
    let previousBox = ''
    await this.waitFor(
      `${locator.toString()} should be clickable, in one place`,
      () => this.driver.evaluate((steps) => window.__engines.prepareClick(steps), locator.steps),
      ({ covering, box }) => {
        const isStable = JSON.stringify(box) === previousBox
        previousBox = JSON.stringify(box)
        return covering === null && isStable
      },
    )
    this.step = `clicking ${locator.toString()}`
    await this.driver.click(locator.steps)
  }

  async type(locator: Locator, text: string) {
    await this.expectVisible(locator)
    this.step = `typing in ${locator.toString()}`
    await this.driver.type(locator.steps, text)
  }

  press(key: Key) {
    this.step = `pressing ${key}`
    return this.driver.press(key)
  }

  /** Scrolls without the app's smooth scrolling, which would race the next check. */
  scrollBy(delta: number) {
    return this.driver.evaluate((y) => window.scrollBy({ top: y, behavior: 'instant' }), delta)
  }

  /**
   * Lets the page finish what it was doing: two frames and a task, so a state change the page has
   * already made (a React update scheduled from an event) has rendered. Used before checking that
   * something did NOT appear, after waiting for the condition that would have made it appear.
   */
  async settle() {
    await this.driver.evaluate(
      () =>
        new Promise<boolean>((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve(true), 0))),
        ),
    )
  }

  /** Nothing wider than the window: no sideways scrolling. */
  expectNoHorizontalOverflow(where: string) {
    return this.waitFor(
      `horizontal overflow on ${where} (px)`,
      () =>
        this.driver.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      (overflow) => overflow <= 0,
      // The layout is settled once the page's content is there: one read says it.
      0,
    )
  }

  /** What the probe and the protocol saw go wrong in this tab since the journey started. */
  async problems(): Promise<string[]> {
    const fromProbe = await this.driver.evaluate(() => window.__engines.problems())
    return [
      ...fromProbe.map((problem: Problem) => `${problem.kind} on ${problem.page}: ${problem.text}`),
      ...this.driver.protocolErrors(),
    ]
  }
}
