/**
 * What the engines suite runs on: the three engines, the two window sizes, the ports (each from an
 * environment variable, with a default no other suite of this project uses) and where files go.
 */
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const ENGINES = ['chromium', 'firefox', 'webkit'] as const
export type EngineName = (typeof ENGINES)[number]

export interface Size {
  name: 'desktop' | 'phone'
  width: number
  height: number
}

/** The viewport (the page's own width and height, not the window's). */
export const SIZES: readonly Size[] = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
]

/** Every port the suite listens on or asks a browser to listen on. */
export const PORT_VARIABLES = {
  mockApi: { variable: 'ENGINES_MOCK_API_PORT', fallback: 8796 },
  preview: { variable: 'ENGINES_PREVIEW_PORT', fallback: 4186 },
  chromiumSite: { variable: 'ENGINES_CHROMIUM_SITE_PORT', fallback: 4187 },
  firefoxSite: { variable: 'ENGINES_FIREFOX_SITE_PORT', fallback: 4188 },
  webkitSite: { variable: 'ENGINES_WEBKIT_SITE_PORT', fallback: 4189 },
  firefoxRemote: { variable: 'ENGINES_FIREFOX_REMOTE_PORT', fallback: 4190 },
  webkitDriver: { variable: 'ENGINES_WEBKIT_DRIVER_PORT', fallback: 4191 },
} as const
export type PortName = keyof typeof PORT_VARIABLES

export function port(name: PortName): number {
  const { variable, fallback } = PORT_VARIABLES[name]
  const value = process.env[variable]
  if (value === undefined || value === '') return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1 || number > 65_535) {
    throw new Error(`${variable}=${value} is not a port number`)
  }
  return number
}

export const sitePort = (engine: EngineName) => port(`${engine}Site`)

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'
export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver'
export const MINIBROWSER_PATH =
  process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser'

/** Outside the repository: no linter or formatter walks it, and no one else's preview serves it. */
export const WORK_DIR = join(tmpdir(), 'chronique-engines')
export const BUILD_DIR = join(WORK_DIR, 'dist')
export const LOG_DIR = 'reports/engines'
export const REPORT_FILE = 'reports/engines.json'

/** How long a journey may wait for one thing a reader would see. */
export const WAIT_MS = 10_000
/** A whole journey, every step included. */
export const JOURNEY_TIMEOUT_MS = 60_000
