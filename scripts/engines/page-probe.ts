/**
 * The script every page of the site under test loads first (site.ts puts it at the top of <head>, as
 * a file of the site's own origin, so the strict CSP allows it). It is the same in every engine, since
 * WebKitWebDriver has no console API:
 * - it records what a reader must never get: uncaught errors, unhandled rejections, console.error,
 *   resources that fail to load (an `error` event on a <link>, <script> or <img>) and CSP violations,
 *   in sessionStorage, so they survive the journey's navigations in the same tab;
 * - it counts the app's service-worker registrations that have settled, so a journey can wait for one
 *   instead of sleeping;
 * - it resolves locators (locator.ts) with @testing-library/dom, loaded right after it.
 *
 * `installProbe` is sent to the browser as source text: it must not use anything from outside itself.
 */
import type { QueryJson, TextJson } from './locator.ts'

export const PROBE_PATH = '/__engines/probe.js'
export const TESTING_LIBRARY_PATH = '/__engines/testing-library.js'
export const PROBE_STORAGE_KEY = '__engines:problems'

export interface Problem {
  kind: 'error' | 'rejection' | 'console' | 'resource' | 'csp'
  text: string
  page: string
}

/** What a journey asks about an element: one round trip per poll. */
export interface ElementState {
  count: number
  /** The first match has a box and is not `visibility: hidden`. */
  visible: boolean
  /** Its box intersects the viewport. */
  inViewport: boolean
  focused: boolean
  text: string
  error?: string
}

type Query = (container: HTMLElement, ...args: unknown[]) => HTMLElement[]
interface Queries {
  queryAllByRole: Query
  queryAllByLabelText: Query
  queryAllByText: Query
}

export interface EnginesProbe {
  problems(): Problem[]
  clearProblems(): void
  /** Service-worker registrations this page asked for, and how many of them have settled. */
  registrations: { started: number; settled: number }
  findAll(steps: readonly QueryJson[]): Element[]
  find(steps: readonly QueryJson[]): Element
  state(steps: readonly QueryJson[]): ElementState
  /**
   * Brings the element where a click at its centre reaches it (scrolled to the middle of the window
   * when it is not wholly in view or something fixed covers it); says what covers it otherwise.
   */
  prepareClick(steps: readonly QueryJson[]): ClickTarget
}

export interface ClickTarget {
  /** What a click at the element's centre would reach instead of it; null when nothing covers it. */
  covering: string | null
  box: [left: number, top: number, width: number, height: number]
}

declare global {
  interface Window {
    __engines: EnginesProbe
    TestingLibraryDom?: Queries
  }
}

export function installProbe(storageKey: string): void {
  const read = (): Problem[] => {
    try {
      return JSON.parse(sessionStorage.getItem(storageKey) ?? '[]') as Problem[]
    } catch {
      return []
    }
  }
  const record = (kind: Problem['kind'], text: string) => {
    const problems = read()
    problems.push({ kind, text, page: location.pathname + location.hash })
    try {
      sessionStorage.setItem(storageKey, JSON.stringify(problems))
    } catch {
      // Storage full or refused: the journey still fails on the next problem it can keep.
    }
  }
  const describe = (value: unknown) =>
    value instanceof Error
      ? `${value.name}: ${value.message}`
      : typeof value === 'string'
        ? value
        : String(value)

  // WebKit fires `error` at the loads it cancels when the reader leaves or reloads the page, before
  // `pagehide`: nothing the reader sees, so not counted once the page is being left.
  let isLeaving = false
  window.addEventListener('beforeunload', () => (isLeaving = true))
  window.addEventListener('pagehide', () => (isLeaving = true))
  window.addEventListener('pageshow', () => (isLeaving = false))
  window.addEventListener(
    'error',
    (event: Event) => {
      if (event instanceof ErrorEvent) {
        record('error', `${event.message} (${event.filename}:${event.lineno})`)
        return
      }
      // Resource errors do not bubble: this listener sees them in the capture phase.
      const target = event.target
      if (target instanceof Element && !isLeaving) {
        const url = target.getAttribute('href') ?? target.getAttribute('src') ?? ''
        const rel = target.getAttribute('rel')
        record('resource', `${target.localName}${rel ? ` rel=${rel}` : ''} ${url}`)
      }
    },
    true,
  )
  window.addEventListener('unhandledrejection', (event) => record('rejection', describe(event.reason)))
  document.addEventListener('securitypolicyviolation', (event) => {
    record(
      'csp',
      `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} in ${event.sourceFile}`,
    )
  })
  const consoleError = console.error.bind(console)
  console.error = (...args: unknown[]) => {
    record('console', args.map(describe).join(' '))
    consoleError(...args)
  }

  const registrations = { started: 0, settled: 0 }
  const container = navigator.serviceWorker as ServiceWorkerContainer | undefined
  if (container) {
    const register = container.register.bind(container)
    container.register = (...args: Parameters<ServiceWorkerContainer['register']>) => {
      registrations.started += 1
      const registered = register(...args)
      const settle = () => {
        registrations.settled += 1
      }
      registered.then(settle, settle)
      return registered
    }
  }

  const decode = (text: TextJson): string | RegExp =>
    typeof text === 'string' ? text : new RegExp(text.source, text.flags)
  const queries = () => {
    const library = window.TestingLibraryDom
    if (!library) throw new Error('@testing-library/dom has not loaded in this page')
    return library
  }
  const queryStep = (scope: HTMLElement, step: QueryJson): HTMLElement[] => {
    const library = queries()
    if (step.by === 'role') {
      return library.queryAllByRole(scope, step.role, {
        hidden: false,
        ...(step.name === undefined ? {} : { name: decode(step.name) }),
        ...(step.level === undefined ? {} : { level: step.level }),
      })
    }
    if (step.by === 'label') return library.queryAllByLabelText(scope, decode(step.text))
    return library.queryAllByText(scope, decode(step.text))
  }
  const findAll = (steps: readonly QueryJson[]): Element[] => {
    let scopes: HTMLElement[] = [document.body]
    steps.forEach((step, index) => {
      const [scope, ...others] = scopes
      if (!scope || others.length > 0) {
        throw new Error(`${scopes.length} elements match step ${index} (${JSON.stringify(steps[index - 1])})`)
      }
      scopes = queryStep(scope, step)
    })
    return scopes
  }
  const find = (steps: readonly QueryJson[]): Element => {
    const [found, ...others] = findAll(steps)
    if (!found || others.length > 0) {
      throw new Error(`${others.length + (found ? 1 : 0)} elements match ${JSON.stringify(steps)}`)
    }
    return found
  }
  const state = (steps: readonly QueryJson[]): ElementState => {
    let found: Element[]
    try {
      found = findAll(steps)
    } catch (error) {
      return { count: 0, visible: false, inViewport: false, focused: false, text: '', error: describe(error) }
    }
    const first = found[0]
    if (!first) return { count: 0, visible: false, inViewport: false, focused: false, text: '' }
    const box = first.getBoundingClientRect()
    const visible = box.width > 0 && box.height > 0 && getComputedStyle(first).visibility !== 'hidden'
    const inViewport =
      visible && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth
    return {
      count: found.length,
      visible,
      inViewport,
      focused: first === document.activeElement,
      text: first.textContent.replace(/\s+/g, ' ').trim(),
    }
  }

  const coveringAtCentre = (element: Element): string | null => {
    const box = element.getBoundingClientRect()
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
    if (hit && (hit === element || element.contains(hit))) return null
    return hit
      ? `${hit.localName}${hit.getAttribute('class') ? `.${hit.getAttribute('class')}` : ''}`
      : 'nothing (out of view)'
  }
  const isFixed = (element: Element) => {
    for (let node: Element | null = element; node; node = node.parentElement) {
      if (/^(fixed|sticky)$/.test(getComputedStyle(node).position)) return true
    }
    return false
  }
  const prepareClick = (steps: readonly QueryJson[]): ClickTarget => {
    const element = find(steps)
    let box = element.getBoundingClientRect()
    const isWhollyInView =
      box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth
    // What stays in place while the page scrolls (a fixed button) is waited for, never scrolled to.
    if ((!isWhollyInView || coveringAtCentre(element)) && !isFixed(element)) {
      element.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' })
      box = element.getBoundingClientRect()
    }
    return { covering: coveringAtCentre(element), box: [box.left, box.top, box.width, box.height] }
  }

  window.__engines = {
    prepareClick,
    problems: read,
    clearProblems: () => sessionStorage.removeItem(storageKey),
    registrations,
    findAll,
    find,
    state,
  }
}
