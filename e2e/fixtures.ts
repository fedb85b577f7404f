import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'

export const seedArticle = {
  slug: 'la-transformation-sociale-des-entreprises-le-quebec-toujours-en-gare',
  title: 'La transformation sociale des entreprises: le Québec toujours en gare!',
}

/** The front page's h1: the magazine's name and its promise, in the interface's language. */
export const frontPageHeading = {
  fr: 'Chronique Le meilleur des magazines en ligne, à lire et à commenter',
  en: 'Chronique The best of online magazines, to read and discuss',
}

/**
 * The list's search field. A wide screen shows it; a phone shows a button of the same name that opens
 * it (already open when the page is a search).
 */
export async function openSearch(page: Page, name = 'Rechercher un article') {
  const toggle = page.getByRole('button', { name, exact: true })
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false') {
    await toggle.click()
  }
  return page.getByRole('searchbox', { name })
}

/** WCAG 2.2 AA, plus axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

export async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  const summary = violations.map(
    (violation) =>
      `${violation.id}: ${violation.help}\n  ${violation.nodes.map((node) => node.target.join(' ')).join('\n  ')}`,
  )
  expect(summary, 'axe violations').toEqual([])
}

export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0)
}

/** Fails the test on any uncaught error or console error in the page. */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      page.on('console', (message) => {
        // The browser logs every 4xx/5xx answer; the tests assert what the reader sees of them instead.
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
          errors.push(message.text())
        }
      })
      await use(errors)
      expect(errors, 'errors in the page').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
