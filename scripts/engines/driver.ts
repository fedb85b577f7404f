/**
 * What a journey needs from a browser, whatever the protocol: one implementation per protocol
 * (drivers/puppeteer.ts: Chromium over CDP and Firefox over WebDriver BiDi; drivers/webkit.ts:
 * WebKitGTK over WebDriver classic). Elements are named by locators (locator.ts), which the page
 * probe resolves; clicks and typing are the protocol's own input events, as a reader's would be.
 */
import type { EngineName } from './config.ts'
import type { QueryJson } from './locator.ts'

export interface Viewport {
  width: number
  height: number
}

export type Key = 'Enter' | 'Escape' | 'Tab'

/** Runs in the page: sent as source text, so it may use only its arguments and the page's globals. */
export type PageFunction<Args extends unknown[], Result> = (...args: Args) => Result

export interface Driver {
  readonly engine: EngineName
  /** A fresh profile: no storage, cookie, cache or service worker of an earlier journey. */
  newContext(): Promise<void>
  /** Sets the page's viewport (not the window's outer size) and says the size it reached. */
  setViewport(size: Viewport): Promise<Viewport>
  /** Loads `url`, resolved once its load event has fired. */
  goto(url: string): Promise<void>
  reload(): Promise<void>
  /** Runs `fn` in the page; a returned promise is awaited there. Arguments and result are JSON. */
  evaluate<Args extends unknown[], Result>(
    fn: PageFunction<Args, Result>,
    ...args: Args
  ): Promise<Awaited<Result>>
  /** Scrolls the element into view if needed and clicks its centre with the mouse. */
  click(steps: readonly QueryJson[]): Promise<void>
  /** Focuses the field and types `text` key by key. */
  type(steps: readonly QueryJson[], text: string): Promise<void>
  /** Presses a key where the focus is. */
  press(key: Key): Promise<void>
  /**
   * Errors the protocol reports besides the page probe's (console errors the browser logs itself,
   * uncaught errors): the probe sees the same in every engine; WebKitWebDriver adds nothing.
   */
  protocolErrors(): string[]
  /** A PNG of the viewport, kept when a journey fails. */
  screenshot(): Promise<Buffer>
  close(): Promise<void>
}
