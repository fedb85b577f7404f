/** What the article-page journeys share: the seed article, opened and read, and its colours. */
import type { Page } from '@playwright/test'
import { expect, seedArticle } from './fixtures'

export const articleUrl = `/articles/${seedArticle.slug}`
export const PREFERENCES_KEY = 'chronique:preferences'

/** The seed article's body: the block that holds its section headings (the author's bio comes after it). */
export function articleBody(page: Page) {
  return page
    .getByRole('heading', { level: 2, name: 'Un retard qui risque de coûter une fortune aux contribuables' })
    .locator('xpath=..')
}

export async function openArticle(page: Page) {
  await page.goto(articleUrl)
  await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeVisible()
}

/** Scrolls down to the thread, whose code and comments load as the reader nears them. */
export async function showComments(page: Page) {
  await page.evaluate(() =>
    window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }),
  )
  await expect(page.getByRole('article', { name: 'Sylvie Gagnon' })).toBeVisible()
}

/** Relative luminance (WCAG) of a computed CSS colour such as `rgb(22, 21, 20)`. */
export function luminance(color: string): number {
  const channels = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/.exec(color)
  if (!channels) throw new Error(`not an rgb() colour: ${color}`)
  const [r, g, b] = channels.slice(1, 4).map((channel) => {
    const value = Number(channel) / 255
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

export function bodyBackground(page: Page) {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor)
}

export const isDark = (color: string) => luminance(color) < 0.05
export const isLight = (color: string) => luminance(color) > 0.5
