import type { Locator, Page } from '@playwright/test'
import { db } from '../mocks/db.ts'
import { hugeThread } from '../mocks/scenarios/huge-thread.ts'
import { articleUrl, showComments } from './article-page'
import { expect, expectNoAxeViolations, expectNoHorizontalScroll, seedArticle, test } from './fixtures'

/**
 * Readers among themselves (contract v1.2) on the QA build, desktop and phone: "J'aime", "Les plus
 * appréciés", "Signaler", the editors' picks and the badges, by keyboard and touch, in both themes.
 */

const LIKE = /^J’aime, (\d+)$/

/** The `featured` scenario's article: the newest one. */
const featured = db.articlesNewestFirst()[0]!
const featuredUrl = `/articles/${featured.slug}?scenario=featured`

function likeButton(comment: Locator) {
  return comment.getByRole('button', { name: LIKE })
}

async function likesOf(comment: Locator): Promise<number> {
  return Number(LIKE.exec((await likeButton(comment).getAttribute('aria-label')) ?? '')?.[1])
}

async function openFeatured(page: Page) {
  await page.goto(featuredUrl)
  await page.getByRole('region', { name: 'Choix de la rédaction' }).scrollIntoViewIfNeeded()
  await expect(page.getByRole('article', { name: 'Josée Tremblay' })).toBeVisible()
}

/** Big enough to touch: 44 px tall, at least 24 px wide. */
async function expectTouchTarget(target: Locator) {
  const box = await target.boundingBox()
  expect(box?.height).toBeGreaterThanOrEqual(44)
  expect(box?.width).toBeGreaterThanOrEqual(24)
}

test('"J’aime" counts at once, stays pressed after a reload, and is taken back', async ({ page }) => {
  await page.goto(articleUrl)
  await showComments(page)
  const comment = page.getByRole('article', { name: 'Sylvie Gagnon' })
  const before = await likesOf(comment)
  await expectTouchTarget(likeButton(comment))

  await likeButton(comment).click()
  await expect(likeButton(comment)).toHaveAccessibleName(`J’aime, ${before + 1}`)
  await expect(likeButton(comment)).toHaveAttribute('aria-pressed', 'true')

  await page.reload()
  await showComments(page)
  await expect(likeButton(comment)).toHaveAttribute('aria-pressed', 'true')
  await expect(likeButton(comment)).toHaveAccessibleName(`J’aime, ${before + 1}`)

  // By keyboard too.
  await likeButton(comment).focus()
  await page.keyboard.press('Enter')
  await expect(likeButton(comment)).toHaveAttribute('aria-pressed', 'false')
  await expect(likeButton(comment)).toHaveAccessibleName(`J’aime, ${before}`)
})

test('a failed "J’aime" goes back and says so', async ({ page }) => {
  await page.goto(`${articleUrl}?scenario=likes-error`)
  await showComments(page)
  const comment = page.getByRole('article', { name: 'Sylvie Gagnon' })
  const before = await likesOf(comment)
  await likeButton(comment).click()
  await expect(comment.getByRole('alert')).toContainText('Votre « J’aime » n’a pas été enregistré.')
  await expect(likeButton(comment)).toHaveAccessibleName(`J’aime, ${before}`)
  await expect(likeButton(comment)).toHaveAttribute('aria-pressed', 'false')
})

test('"Les plus appréciés" puts the most liked first and stays in the URL', async ({ page }) => {
  await openFeatured(page)
  await page.getByRole('button', { name: 'Les plus appréciés' }).click()
  await expect(page).toHaveURL(/[?&]tri=apprecies/)
  const thread = page.getByRole('region', { name: /^Commentaires/ })
  // Marie-Claude Vachon's comment has the most likes of the thread's top-level comments.
  await expect(thread.getByRole('article').first()).toHaveAccessibleName('Marie-Claude Vachon')
  await page.reload()
  await expect(page.getByRole('button', { name: 'Les plus appréciés' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
})

test('"Signaler": a dialog with four reasons, details for "Autre", then thanks; focus comes back', async ({
  page,
}) => {
  await page.goto(articleUrl)
  await showComments(page)
  const comment = page.getByRole('article', { name: 'Sylvie Gagnon' })
  const report = comment.getByRole('button', { name: 'Signaler' })
  await expectTouchTarget(report)
  await report.click()
  const dialog = page.getByRole('dialog', { name: 'Signaler ce commentaire' })
  await expect(dialog.getByRole('radio', { name: 'Spam' })).toBeFocused()
  await expect(dialog.getByRole('radio')).toHaveCount(4)
  await expectTouchTarget(dialog.locator('label').filter({ hasText: 'Hors sujet' }))

  // Escape closes it, and focus goes back to "Signaler".
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(report).toBeFocused()

  await page.keyboard.press('Enter')
  await expect(dialog).toBeVisible()
  await dialog.getByRole('radio', { name: 'Autre' }).check()
  await dialog.getByRole('button', { name: 'Envoyer le signalement' }).click()
  const details = dialog.getByRole('textbox', { name: 'Précisions' })
  await expect(details).toBeFocused()
  await expect(dialog.getByText('Pour « Autre », précisez le motif du signalement.')).toBeVisible()
  await expectNoAxeViolations(page)

  await details.fill('Ce commentaire fait la promotion d’un service payant.')
  await dialog.getByRole('button', { name: 'Envoyer le signalement' }).click()
  await expect(dialog.getByText('Merci. L’équipe de modération examinera ce commentaire.')).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Fermer' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(comment.getByRole('button', { name: 'Signalé' })).toBeFocused()
  await expect(comment.getByRole('button', { name: 'Signalé' })).toHaveAttribute('aria-disabled', 'true')
  await expect(comment.getByText(/Dans ma région, plusieurs PME/)).toBeVisible()
})

test('a 429 on "Signaler" says when to report again; the dialog passes axe in the dark theme', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto(`${articleUrl}?scenario=report-rate-limited`)
  await showComments(page)
  await page.getByRole('article', { name: 'Sylvie Gagnon' }).getByRole('button', { name: 'Signaler' }).click()
  const dialog = page.getByRole('dialog', { name: 'Signaler ce commentaire' })
  await dialog.getByRole('radio', { name: 'Spam' }).check()
  await dialog.getByRole('button', { name: 'Envoyer le signalement' }).click()
  await expect(dialog.getByRole('alert')).toHaveText(
    'Vous avez envoyé plusieurs signalements en peu de temps. Vous pourrez signaler de nouveau dans 1 minute.',
  )
  await expectNoHorizontalScroll(page)
  await expectNoAxeViolations(page)
})

test('"Choix de la rédaction": the picks above the thread lead to their comment', async ({ page }) => {
  await openFeatured(page)
  const picks = page.getByRole('region', { name: 'Choix de la rédaction' })
  await expect(picks.getByRole('listitem')).toHaveCount(3)
  const link = picks.getByRole('link', { name: 'Voir dans la discussion : commentaire de Amina Diallo' })
  await expectTouchTarget(link)
  await link.click()
  const pick = page.getByRole('article', { name: 'Amina Diallo' })
  await expect(pick).toBeFocused()
  await expect(pick).toBeInViewport()
  await expect(pick.getByText('Choix de la rédaction')).toBeVisible()
})

test('badges come from the site, look like tags, and the page passes axe in both themes', async ({
  page,
}) => {
  await openFeatured(page)
  const editor = page.getByRole('article', { name: 'Josée Tremblay' })
  const badge = editor.getByText('Rédaction', { exact: true })
  await expect(badge).toBeVisible()
  // A tag: its own background, not just bold text.
  const background = await badge.evaluate((element) => getComputedStyle(element).backgroundColor)
  expect(background).not.toBe('rgba(0, 0, 0, 0)')
  const spoofer = page.getByRole('article', { name: 'Rédaction' })
  await expect(spoofer.getByText('Rédaction', { exact: true })).toHaveCount(1)
  await expectNoAxeViolations(page)

  await page.emulateMedia({ colorScheme: 'dark' })
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).colorScheme))
    .toContain('dark')
  await expectNoAxeViolations(page)
})

test('the 5,000-comment thread, most liked first, stays windowed as pages are added', async ({ page }) => {
  const article = db.findArticle(seedArticle.slug)!
  // Most liked first, ties oldest first, as the contract says.
  const mostLiked = hugeThread(article.slug, article.publishedAt)
    .filter((comment) => comment.parentId === null)
    .toSorted((a, b) => b.likeCount - a.likeCount || a.createdAt.localeCompare(b.createdAt))[0]!
  await page.goto(`${articleUrl}?scenario=huge-thread&tri=apprecies`)
  const thread = page.getByRole('region', { name: /^Commentaires \(5\s000\)$/ })
  const more = thread.getByRole('button', { name: 'Voir plus de commentaires' })
  await expect(more).toBeAttached({ timeout: 15_000 })
  await expect(thread.getByRole('button', { name: 'Les plus appréciés' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await expect(thread.getByRole('article').first()).toHaveAttribute('id', `commentaire-${mostLiked.id}`)

  const remaining = thread.getByText(/^\d[\d\s]*\scommentaires restants$/)
  for (let index = 0; index < 10; index++) {
    const before = (await remaining.textContent()) ?? ''
    // Chunks passed on the way render at their real height and may move the button: click again.
    await expect(async () => {
      await more.click({ timeout: 5000 })
      await expect(remaining).not.toHaveText(before, { timeout: 2000 })
    }).toPass({ timeout: 20_000 })
  }
  // 220 top-level comments loaded: only those near the reader are in the page.
  const rendered = await page.evaluate(() => document.querySelectorAll('article[id^="commentaire-"]').length)
  expect(rendered).toBeLessThan(200)
  await expect(thread.getByText(/^Commentaires 6 à \d+ et leurs réponses masqués/)).toBeAttached()
})
