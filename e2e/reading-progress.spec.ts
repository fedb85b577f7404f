import type { Page } from '@playwright/test'
import { expect, seedArticle, test } from './fixtures'
import { articleBody, articleUrl, openArticle, showComments } from './article-page'

const POSITIONS_KEY = 'chronique:reading-positions'

/** Where the thin bar at the top says the reader is (its scaleX). */
async function barProgress(page: Page): Promise<number> {
  const transform = await page.getByTestId('reading-progress').evaluate((bar) => bar.style.transform)
  const scale = /scaleX\(([-\d.e]+)\)/.exec(transform)
  return scale ? Number(scale[1]) : Number.NaN
}

/** Scrolls (at once) so that the reader is `fraction` of the way through the article's body. */
async function scrollThroughBody(page: Page, fraction: number) {
  await articleBody(page).evaluate((body, fraction) => {
    const rect = body.getBoundingClientRect()
    const top = rect.top + window.scrollY + Math.max(0, rect.height - window.innerHeight) * fraction
    window.scrollTo({ top, behavior: 'instant' })
  }, fraction)
}

/** How far the screen is from `fraction` of the way through the body, in CSS pixels. */
function distanceFromFraction(page: Page, fraction: number) {
  return articleBody(page).evaluate((body, fraction) => {
    const rect = body.getBoundingClientRect()
    return Math.abs(-rect.top - Math.max(0, rect.height - window.innerHeight) * fraction)
  }, fraction)
}

/** The position kept on the device for the seed article, or null. */
function savedProgress(page: Page) {
  return page.evaluate(
    ([key, slug]) => {
      const positions = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, { progress: number }>
      return positions[slug]?.progress ?? null
    },
    [POSITIONS_KEY, seedArticle.slug] as const,
  )
}

test.describe('reading progress', () => {
  test('the bar follows the article’s body only, from 0 to 1, and stays at 1 in the comments', async ({
    page,
  }) => {
    await openArticle(page)
    expect(await barProgress(page)).toBeLessThan(0.02)

    await page
      .getByRole('heading', { level: 2, name: 'Une nouvelle approche de marketing qui s’apprivoise' })
      .scrollIntoViewIfNeeded()
    await expect.poll(() => barProgress(page)).toBeGreaterThan(0.2)
    expect(await barProgress(page)).toBeLessThan(0.9)

    // The author's bio comes right after the body: the body is read.
    await page.getByRole('heading', { level: 2, name: 'À propos de l’auteur' }).scrollIntoViewIfNeeded()
    await expect.poll(() => barProgress(page)).toBeGreaterThan(0.99)

    // The comments are not part of the reading: the bar stays full down there.
    await showComments(page)
    const comment = page.getByRole('article', { name: 'Sylvie Gagnon' })
    await comment.scrollIntoViewIfNeeded()
    await expect(comment).toBeInViewport()
    await expect.poll(() => barProgress(page)).toBe(1)
  })

  test('the bar is hidden from assistive technology', async ({ page }) => {
    await openArticle(page)
    const bar = page.getByTestId('reading-progress')
    await expect(bar).toBeAttached()
    expect(await bar.evaluate((element) => element.closest('[aria-hidden="true"]') !== null)).toBe(true)
    await expect(page.getByRole('progressbar')).toHaveCount(0)
    await expect(page.getByRole('progressbar', { includeHidden: true })).toHaveCount(0)
  })
})

test.describe('"Reprendre la lecture"', () => {
  /** Reads half the body and waits until the position is kept on the device. */
  async function readHalf(page: Page) {
    await openArticle(page)
    await scrollThroughBody(page, 0.5)
    await expect.poll(() => barProgress(page)).toBeCloseTo(0.5, 2)
    await expect.poll(() => savedProgress(page), { timeout: 5_000 }).toBeCloseTo(0.5, 2)
  }

  const resumeButton = (page: Page) => page.getByRole('button', { name: /^Reprendre la lecture/ })

  /** The offer names the saved position; taking it goes back into the body and focuses a block there. */
  async function expectResumesAtHalf(page: Page) {
    const button = resumeButton(page)
    await expect(button).toHaveAccessibleName(/^Reprendre la lecture \(50\s?%\)$/)
    await expect(page.getByText('Vous aviez commencé cet article.')).toBeVisible()
    await button.click()
    await expect(button).toBeHidden()
    await expect.poll(() => barProgress(page)).toBeCloseTo(0.5, 1)
    await expect(articleBody(page).locator(':focus')).toHaveCount(1)
  }

  test('after a reload, the article offers to resume where the reader was, and goes back there', async ({
    page,
  }) => {
    await readHalf(page)
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeVisible()
    await expectResumesAtHalf(page)
  })

  test('after leaving the article and coming back through links, it offers to resume too', async ({
    page,
  }) => {
    await readHalf(page)
    await page
      .getByRole('article', { name: seedArticle.title })
      .getByRole('link', { name: 'Raymond Morin', exact: true })
      .first()
      .click()
    await expect(page.getByRole('heading', { level: 1, name: 'Raymond Morin' })).toBeVisible()
    await page
      .getByRole('region', { name: 'Articles de Raymond Morin' })
      .getByRole('link', { name: seedArticle.title })
      .click()
    await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeVisible()
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0)
    await expectResumesAtHalf(page)
  })

  test('resuming lands exactly where the reader was, with focus on a paragraph they can see', async ({
    page,
  }) => {
    // The offer above the body goes away on click: the landing must allow for it.
    await readHalf(page)
    await page.reload()
    await resumeButton(page).click()
    await expect
      .poll(() => distanceFromFraction(page, 0.5), { message: 'px from the saved position' })
      .toBeLessThan(16)
    const focused = articleBody(page).locator(':focus')
    await expect(focused).toHaveCount(1)
    await expect(focused).toBeInViewport()
  })

  test('"Ignorer" puts the offer away without moving the page', async ({ page }) => {
    await readHalf(page)
    await page.reload()
    const dismiss = page.getByRole('button', { name: 'Ignorer' })
    await dismiss.scrollIntoViewIfNeeded()
    const scrollY = await page.evaluate(() => window.scrollY)
    await dismiss.click()
    await expect(resumeButton(page)).toBeHidden()
    await expect(page.getByText('Vous aviez commencé cet article.')).toBeHidden()
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrollY)).toBeLessThan(100)
  })

  test('an article read to the end offers nothing on the next visit', async ({ page }) => {
    await readHalf(page)
    await page.getByRole('heading', { level: 2, name: 'À propos de l’auteur' }).scrollIntoViewIfNeeded()
    await expect.poll(() => savedProgress(page), { timeout: 5_000 }).toBeNull()
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeVisible()
    await expect(page.getByRole('group', { name: 'Outils de l’article' })).toBeVisible()
    await expect(resumeButton(page)).toHaveCount(0)
  })

  test('an article barely started offers nothing on the next visit', async ({ page }) => {
    await readHalf(page)
    // Back near the top: 1 % of the way is nothing worth resuming.
    await scrollThroughBody(page, 0.01)
    await expect.poll(() => savedProgress(page), { timeout: 5_000 }).toBeNull()
    await page.goto('/')
    await page.goto(articleUrl)
    await expect(page.getByRole('group', { name: 'Outils de l’article' })).toBeVisible()
    await expect(resumeButton(page)).toHaveCount(0)
  })
})
