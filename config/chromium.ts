/**
 * Debian's Chromium, as every browser tool of this project launches it (Playwright, the benchmarks,
 * the icon generator): browsers are never downloaded on this project's machines, and without the
 * background-networking flags Chromium floods a closed network with requests.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
