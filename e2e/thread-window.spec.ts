import type { Page } from '@playwright/test'
import { db } from '../mocks/db.ts'
import { hugeThread } from '../mocks/scenarios/huge-thread.ts'
import { expect, seedArticle, test } from './fixtures'

/**
 * The 5,000-comment thread (`?scenario=huge-thread`) renders only the chunks of comments near the
 * reader: what that must never cost the reader, in Chromium with real layout, scrolling and focus.
 */

const articleUrl = `/articles/${seedArticle.slug}?scenario=huge-thread`

/** The huge thread's top-level comments, in the API's order (oldest first). */
function topLevelIds(): string[] {
  const article = db.findArticle(seedArticle.slug)
  if (!article) throw new Error('no seed article')
  return hugeThread(article.slug, article.publishedAt)
    .filter((comment) => comment.parentId === null)
    .map((comment) => comment.id)
}

function thread(page: Page) {
  return page.getByRole('region', { name: /^Commentaires \(5\s000\)$/ })
}

function comment(page: Page, id: string) {
  return page.locator(`#commentaire-${id}`)
}

const renderedComments = (page: Page) =>
  page.evaluate(() => document.querySelectorAll('article[id^="commentaire-"]').length)

async function openThread(page: Page) {
  await page.goto(articleUrl)
  // The thread itself, not its loading stand-in of the same name.
  await expect(thread(page).getByRole('button', { name: 'Voir plus de commentaires' })).toBeAttached({
    timeout: 15_000,
  })
  await thread(page).getByRole('heading', { level: 2 }).scrollIntoViewIfNeeded()
  await expect(comment(page, topLevelIds()[0]!)).toBeVisible()
}

async function loadPages(page: Page, count: number) {
  const more = thread(page).getByRole('button', { name: 'Voir plus de commentaires' })
  const remaining = thread(page).getByText(/^\d[\d\s]*\scommentaires restants$/)
  for (let index = 0; index < count; index++) {
    const before = (await remaining.textContent()) ?? ''
    // Jumping straight to the button passes chunks never rendered, which take their real height as
    // they render near it: click again if that moved the button from under the pointer (as the
    // bench does). A reader scrolling down meets them rendered, two screens ahead.
    await expect(async () => {
      await more.click({ timeout: 5000 })
      await expect(remaining).not.toHaveText(before, { timeout: 2000 })
    }).toPass({ timeout: 20_000 })
  }
}

test.describe('a thread of 5,000 comments', () => {
  test('stays bounded as pages are added, and shows the earlier comments again on the way back up', async ({
    page,
  }) => {
    await openThread(page)
    // The first chunk (comments 1 to 5) always stays: the sixth is the first that can go.
    const sixthId = topLevelIds()[5]!
    await loadPages(page, 10)
    // 220 top-level comments loaded (about 800 with their replies): only those near the reader render.
    await expect(thread(page).getByRole('article').first()).toBeVisible()
    expect(await renderedComments(page)).toBeLessThan(200)
    await expect(comment(page, sixthId)).toHaveCount(0)
    await expect(thread(page).getByText(/^Commentaires 6 à \d+ et leurs réponses masqués/)).toBeAttached()

    // Back up to the fifth comment: the sixth, just below, is rendered again before it shows.
    await comment(page, topLevelIds()[4]!).scrollIntoViewIfNeeded()
    await expect(comment(page, sixthId)).toBeAttached()
    await comment(page, sixthId).scrollIntoViewIfNeeded()
    await expect(comment(page, sixthId)).toBeInViewport()
  })

  test('Tab goes from comment to comment without skipping any, across chunks', async ({ page }) => {
    // Many key presses, each checked: slow on a busy machine, and no measure of speed.
    test.setTimeout(120_000)
    await openThread(page)
    await loadPages(page, 1)
    await thread(page).getByRole('heading', { level: 2 }).scrollIntoViewIfNeeded()
    await comment(page, topLevelIds()[0]!).getByRole('button', { name: 'Répondre' }).first().focus()
    const reached: string[] = []
    for (let press = 0; press < 160; press++) {
      await page.keyboard.press('Tab')
      const step = await page.evaluate(() => {
        const focused = document.activeElement
        const item = focused?.closest('ol > li:not(li li)')
        const previousItem = item?.previousElementSibling
        return {
          id: item?.querySelector('article')?.id ?? null,
          previousId: previousItem?.querySelector('article')?.id ?? null,
          label: focused?.textContent ?? '',
        }
      })
      expect(step.label, 'focus on a stand-in').not.toMatch(/^Afficher les commentaires/)
      if (step.id === null || step.id === reached.at(-1)) continue
      // A new top-level comment: the one right after the last one reached.
      if (reached.length > 0) expect(step.previousId).toBe(reached.at(-1))
      reached.push(step.id)
    }
    const expected = topLevelIds().map((id) => `commentaire-${id}`)
    expect(reached.length).toBeGreaterThan(12)
    expect(reached).toEqual(expected.slice(0, reached.length))
  })

  test('a permalink to a comment pages down the thread shows it, in view and focused', async ({ page }) => {
    const target = topLevelIds()[67]!
    await page.goto(`${articleUrl}#commentaire-${target}`)
    await expect(comment(page, target)).toBeFocused({ timeout: 15_000 })
    await expect(comment(page, target)).toBeInViewport()
    // Still in view once the chunk before it has rendered (it stood in by an estimate until then).
    await expect(comment(page, topLevelIds()[60]!)).toBeAttached()
    await expect(comment(page, target)).toBeInViewport()
  })

  test('a reply being written stays, with its text, while the reader goes far away and back', async ({
    page,
  }) => {
    await openThread(page)
    const first = comment(page, topLevelIds()[0]!)
    await first.getByRole('button', { name: 'Répondre' }).first().click()
    const box = thread(page).getByRole('textbox', { name: 'Votre réponse' })
    await box.fill('Une réponse que je ne veux pas perdre.')
    await loadPages(page, 4)
    await page.mouse.wheel(0, 100_000)
    await expect(comment(page, topLevelIds()[5]!)).toHaveCount(0)
    await box.scrollIntoViewIfNeeded()
    await expect(box).toHaveValue('Une réponse que je ne veux pas perdre.')
    await expect(box).toBeInViewport()
  })
})
