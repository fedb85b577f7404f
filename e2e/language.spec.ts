import type { Locator, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, frontPageHeading, openSearch, seedArticle, test } from './fixtures'

const articleUrl = `/articles/${seedArticle.slug}`

/** The front page's h1 carries the interface's words (the magazine's promise): it says the language. */
const frenchFront = (page: Page) => page.getByRole('heading', { level: 1, name: frontPageHeading.fr })
const englishFront = (page: Page) => page.getByRole('heading', { level: 1, name: frontPageHeading.en })

/** The header's language button, named in the language it switches to. */
const languageButton = (page: Page, name: 'English' | 'Français') =>
  page.getByRole('banner').getByRole('button', { name, exact: true })

async function switchToEnglish(page: Page) {
  await expect(languageButton(page, 'English')).toHaveAttribute('lang', 'en')
  await languageButton(page, 'English').click()
  await expect(languageButton(page, 'Français')).toBeVisible()
}

/** Scrolls down to the thread, whose code and comments load as the reader nears them. */
async function showComments(page: Page) {
  await page.evaluate(() =>
    window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }),
  )
  await expect(page.getByRole('article', { name: 'Sylvie Gagnon' })).toBeVisible()
}

/** The language assistive technology reads an element in: its closest `lang`. */
function languageOf(locator: Locator) {
  return locator.evaluate((element) => element.closest('[lang]')?.getAttribute('lang') ?? null)
}

test.describe('the interface in English', () => {
  test('"English" switches the interface at once, and the article keeps its French', async ({ page }) => {
    await page.goto(articleUrl)
    const article = page.getByRole('article', { name: seedArticle.title })
    await expect(article.getByText('8 mars 2016')).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA')

    await switchToEnglish(page)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-CA')
    await expect(languageButton(page, 'Français')).toHaveAttribute('lang', 'fr')
    await expect(page.getByRole('link', { name: 'Skip to content' })).toHaveCount(1)
    await expect(page.getByRole('link', { name: 'Aller au contenu' })).toHaveCount(0)
    await expect(article.getByText('March 8, 2016')).toBeVisible()
    await expect(
      page.getByRole('group', { name: 'Article tools' }).getByRole('button', { name: 'Share' }),
    ).toBeVisible()
    await showComments(page)
    await expect(page.getByRole('heading', { level: 2, name: 'Comments (1)' })).toBeVisible()

    // The article itself is still French, and says so.
    expect(await languageOf(page.getByRole('heading', { level: 1, name: seedArticle.title }))).toBe('fr')
    await expect(
      article.getByRole('heading', {
        level: 2,
        name: 'Un retard qui risque de coûter une fortune aux contribuables',
      }),
    ).toBeVisible()
    expect(await languageOf(article.getByText('Photo: ©Paul Labelle Photographe inc.'))).toBe('fr')

    // On to the list, inside the app.
    await page
      .getByRole('banner')
      .getByRole('link', { name: /^Chronique/ })
      .click()
    await expect(page.getByRole('heading', { level: 1, name: frontPageHeading.en })).toBeVisible()
    await expect(await openSearch(page, 'Search articles')).toBeVisible()
  })

  test('the choice survives a reload, with <html lang> English before the app starts; "Français" switches back', async ({
    page,
  }) => {
    // What assistive technology and the browser see before any of the app's code has run.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        Object.assign(window, {
          langAtLoad: document.documentElement.lang,
          renderedAtLoad: Boolean(document.getElementById('root')?.childElementCount),
        })
      })
    })
    const atLoad = () =>
      page.evaluate(() => {
        const loaded = window as unknown as { langAtLoad?: string; renderedAtLoad?: boolean }
        return { lang: loaded.langAtLoad, rendered: loaded.renderedAtLoad }
      })

    await page.goto('/')
    await expect(frenchFront(page)).toBeVisible()
    expect(await atLoad()).toEqual({ lang: 'fr-CA', rendered: false })

    await switchToEnglish(page)
    await expect(englishFront(page)).toBeVisible()

    await page.reload()
    await expect(englishFront(page)).toBeVisible()
    expect(await atLoad()).toEqual({ lang: 'en-CA', rendered: false })
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-CA')
    await expect(frenchFront(page)).toHaveCount(0)

    await expect(languageButton(page, 'Français')).toHaveAttribute('lang', 'fr')
    await languageButton(page, 'Français').click()
    await expect(frenchFront(page)).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA')
    await expect(page.getByRole('link', { name: 'Aller au contenu' })).toHaveCount(1)
    await expect(languageButton(page, 'English')).toBeVisible()

    await page.reload()
    await expect(frenchFront(page)).toBeVisible()
    expect(await atLoad()).toEqual({ lang: 'fr-CA', rendered: false })
  })

  test('the English list and article pass axe', async ({ page }) => {
    await page.goto('/')
    await switchToEnglish(page)
    await expect(page.getByRole('article')).toHaveCount(12)
    await expectNoAxeViolations(page)

    await page.goto(articleUrl)
    await showComments(page)
    await expect(page.getByRole('heading', { level: 2, name: 'Comments (1)' })).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('the interface’s words inside the article are marked as English', async ({ page }) => {
    // WCAG 3.1.2 (Language of Parts): a screen reader must read "By", the date, "Share"… with an
    // English voice, and the article's own words with a French one. axe does not check this.
    await page.goto(articleUrl)
    await switchToEnglish(page)
    const article = page.getByRole('article', { name: seedArticle.title })
    // The article's own words stay French...
    expect(await languageOf(article.getByRole('heading', { level: 1 }))).toBe('fr')
    // ...the interface's are English.
    const interfaceWords = [
      article.getByText('March 8, 2016'),
      article.getByRole('button', { name: 'Share' }),
      article.getByRole('button', { name: 'Print', exact: true }),
      article.getByRole('heading', { level: 2, name: 'About the author' }),
    ]
    for (const words of interfaceWords) {
      await expect(words).toBeVisible()
      expect(await languageOf(words), (await words.textContent()) ?? '').toMatch(/^en\b/)
    }
  })
})
