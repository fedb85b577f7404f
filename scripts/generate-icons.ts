/**
 * Renders the app's icons (public/icons/*.png, listed in the web app manifest) from their SVG sources
 * with Debian's Chromium, so the PNGs are the SVGs, pixel for pixel. Run after changing an SVG:
 *
 *   npx node scripts/generate-icons.ts
 *
 * The PNGs are committed: the build only copies them.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../config/chromium.ts'

const iconsDir = resolve(import.meta.dirname, '..', 'public', 'icons')

const renders = [
  // Round: transparent corners, for launchers that show the icon as it is.
  { source: 'icon.svg', target: 'icon-192.png', size: 192 },
  { source: 'icon.svg', target: 'icon-512.png', size: 512 },
  // Full bleed with the mark inside the central safe circle, for launchers that cut their own shape.
  { source: 'icon-maskable.svg', target: 'icon-maskable-512.png', size: 512 },
  // iOS paints transparent pixels black and rounds the corners itself: the full-bleed one fits.
  { source: 'icon-maskable.svg', target: 'apple-touch-icon.png', size: 180 },
]

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 })
  for (const { source, target, size } of renders) {
    const svg = await readFile(join(iconsDir, source), 'utf8')
    await page.setViewportSize({ width: size, height: size })
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    )
    const png = await page.locator('svg').screenshot({ omitBackground: true })
    await writeFile(join(iconsDir, target), png)
    console.log(`${target} (${size} px, ${png.length} bytes)`)
  }
} finally {
  await browser.close()
}
