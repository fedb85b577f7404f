/**
 * All the JavaScript a page fetches until the network is idle, measured in Chromium on the production
 * build: the first load, then whatever the page loads by itself once shown (the thread, the rating,
 * the deferred parts, the service worker's registration), with no input from the reader. Each file is
 * counted once, as gzip -9 of the built file (the same measure as first-load.ts), with the bytes the
 * server actually sent beside it. The offline worker's own script (sw.js) is fetched by the browser
 * for the registration, not by the page: it is shown on its own.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { devices, type Browser } from '@playwright/test'

/** The network counts as idle once no request has started for this long. */
const QUIET_MS = 3_000
const GIVE_UP_MS = 30_000

export interface PageJavaScript {
  /** gzip -9 of every script file the page fetched, kB. */
  kilobytes: number
  /** What the server sent for them (its own compression), kB. */
  transferKilobytes: number
  files: { file: string; gzipKilobytes: number }[]
}

const kilobytes = (bytes: number) => Math.round(bytes / 10) / 100

export async function measurePageJavaScript(options: {
  browser: Browser
  url: string
  distDir: string
}): Promise<PageJavaScript> {
  const { browser, url, distDir } = options
  const context = await browser.newContext({ ...devices['Pixel 7'], locale: 'fr-CA' })
  try {
    const page = await context.newPage()
    const scripts = new Map<string, number>()
    let lastRequest = Date.now()
    page.on('request', () => {
      lastRequest = Date.now()
    })
    page.on('requestfinished', (request) => {
      if (request.resourceType() !== 'script') return
      void request.sizes().then(({ responseBodySize }) => {
        scripts.set(new URL(request.url()).pathname, responseBodySize)
      })
    })
    await page.goto(url, { waitUntil: 'load' })
    const started = Date.now()
    while (Date.now() - lastRequest < QUIET_MS && Date.now() - started < GIVE_UP_MS) {
      await page.waitForTimeout(250)
    }
    const files = [...scripts.keys()].sort().map((path) => {
      const file = join(distDir, path)
      const gzip = existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0
      return { file: path, gzipKilobytes: kilobytes(gzip) }
    })
    const total = files.reduce((sum, file) => sum + file.gzipKilobytes, 0)
    const transfer = [...scripts.values()].reduce((sum, size) => sum + size, 0)
    return { kilobytes: Math.round(total * 100) / 100, transferKilobytes: kilobytes(transfer), files }
  } finally {
    await context.close()
  }
}

/** gzip -9 of the offline worker's script, kB (0 when the build has none). */
export function serviceWorkerKilobytes(distDir: string): number {
  const file = join(distDir, 'sw.js')
  return existsSync(file) ? kilobytes(gzipSync(readFileSync(file), { level: 9 }).length) : 0
}
