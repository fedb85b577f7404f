import type { Page } from '@playwright/test'
import { expect, seedArticle, test } from './fixtures'
import {
  articleBody,
  bodyBackground,
  isDark,
  luminance,
  openArticle,
  PREFERENCES_KEY,
  showComments,
} from './article-page'

test.describe('printing', () => {
  test.beforeEach(async ({ page }) => {
    // No print dialog in a test: count the calls instead.
    await page.addInitScript(() => {
      const calls: number[] = []
      ;(window as unknown as { printCalls: number[] }).printCalls = calls
      window.print = () => {
        calls.push(Date.now())
      }
    })
  })

  const printCalls = (page: Page) =>
    page.evaluate(() => (window as unknown as { printCalls: number[] }).printCalls.length)

  async function expectCleanArticleOnPaper(page: Page) {
    const article = page.getByRole('article', { name: seedArticle.title })
    await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeVisible()
    await expect(article.getByText('8 mars 2016')).toBeVisible()
    await expect(article.getByText('Photo: ©Paul Labelle Photographe inc.')).toBeVisible()
    await expect(article.getByRole('img', { name: /Illustration de l’entreprise numérique/ })).toBeVisible()
    // No site header, footer, skip link, navigation or controls on paper.
    await expect(page.getByRole('banner')).toBeHidden()
    await expect(page.getByRole('contentinfo')).toBeHidden()
    await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeHidden()
    await expect(page.getByRole('navigation')).toHaveCount(0)
    await expect(page.getByRole('button')).toHaveCount(0)
    await expect(page.getByRole('form')).toHaveCount(0)
    await expect(page.getByRole('textbox')).toHaveCount(0)
    await expect(page.getByTestId('reading-progress')).toBeHidden()

    // A link's address follows its text.
    const link = article.getByRole('link', { name: 'récent billet' })
    expect(await link.evaluate((element) => getComputedStyle(element, '::after').content)).toContain(
      'https://www.michelleblanc.com/',
    )
    // Black on white, whatever the screen's theme.
    const colours = await page.evaluate(() => ({
      background: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.body).color,
    }))
    expect(colours).toEqual({ background: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)' })
    const paragraph = articleBody(page).getByRole('paragraph').first()
    expect(luminance(await paragraph.evaluate((element) => getComputedStyle(element).color))).toBeLessThan(
      0.05,
    )
  }

  test('"Imprimer" prints the article alone, black on white even with the dark theme', async ({ page }) => {
    await page.addInitScript((key) => {
      localStorage.setItem(key, JSON.stringify({ theme: 'dark', textScale: 1 }))
    }, PREFERENCES_KEY)
    await openArticle(page)
    expect(isDark(await bodyBackground(page))).toBe(true)
    // The thread is on the page before printing.
    await showComments(page)
    const comment = page.getByRole('article', { name: 'Sylvie Gagnon' })

    await page
      .getByRole('group', { name: 'Outils de l’article' })
      .getByRole('button', { name: 'Imprimer', exact: true })
      .click()
    await expect.poll(() => printCalls(page)).toBe(1)

    await page.emulateMedia({ media: 'print' })
    await expectCleanArticleOnPaper(page)
    await expect(comment).toBeHidden()
    await expect(page.getByRole('heading', { name: 'Commentaires (1)' })).toBeHidden()
    expect(await printCalls(page)).toBe(1)
  })

  test('"Imprimer avec les commentaires" prints the thread too, without its form', async ({ page }) => {
    await openArticle(page)
    await page
      .getByRole('group', { name: 'Outils de l’article' })
      .getByRole('button', { name: 'Imprimer avec les commentaires' })
      .click()
    await expect.poll(() => printCalls(page)).toBe(1)

    await page.emulateMedia({ media: 'print' })
    await expectCleanArticleOnPaper(page)
    await expect(page.getByRole('heading', { name: 'Commentaires (1)' })).toBeVisible()
    await expect(page.getByRole('article', { name: 'Sylvie Gagnon' })).toContainText(
      'Tout à fait d’accord avec vous.',
    )
    await expect(page.getByRole('article', { name: 'Sylvie Gagnon' })).toBeVisible()
    expect(await printCalls(page)).toBe(1)
  })
})
