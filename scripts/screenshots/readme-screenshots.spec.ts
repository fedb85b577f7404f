/**
 * `npm run screenshots`: the README's pictures, taken from the QA build on its mocked API, so they
 * stay current: the front page and the article on a desktop (1280 × 800) and a phone (390 × 844, the
 * article's first screen), a comment thread on a phone, and the dark theme. Not part of `npm test`.
 */
import { test, type Page } from '@playwright/test'

const seedArticle = '/articles/la-transformation-sociale-des-entreprises-le-quebec-toujours-en-gare'
const busyThread = '/articles/teletravail-le-grand-malaise-des-gestionnaires'

// At 1× so the pictures stay light in the repository.
const desktop = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 }
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true }

/** The thread's heading at the top of the screen, its first comments under it. */
async function showThread(page: Page) {
  await page.getByRole('contentinfo').scrollIntoViewIfNeeded()
  const heading = page.getByRole('heading', { level: 2, name: /^Commentaires/ })
  await page.locator('article[id^="commentaire-"]').first().waitFor()
  await heading.evaluate((element) =>
    window.scrollTo({ top: element.getBoundingClientRect().top + window.scrollY - 16, behavior: 'instant' }),
  )
}

const shots: {
  name: string
  url: string
  device: typeof desktop | typeof phone
  colorScheme?: 'dark'
  prepare?: (page: Page) => Promise<void>
}[] = [
  { name: 'list-desktop', url: '/', device: desktop },
  { name: 'article-desktop', url: seedArticle, device: desktop },
  { name: 'list-phone', url: '/', device: phone },
  { name: 'article-phone', url: seedArticle, device: phone },
  { name: 'thread-phone', url: busyThread, device: phone, prepare: showThread },
  { name: 'list-desktop-dark', url: '/', device: desktop, colorScheme: 'dark' },
  { name: 'article-phone-dark', url: seedArticle, device: phone, colorScheme: 'dark' },
]

for (const shot of shots) {
  test(shot.name, async ({ browser }) => {
    const context = await browser.newContext({
      ...shot.device,
      colorScheme: shot.colorScheme ?? 'light',
      locale: 'fr-CA',
      timezoneId: 'America/Toronto',
    })
    const page = await context.newPage()
    await page.goto(shot.url)
    await page.getByRole('heading', { level: 1 }).waitFor()
    await page.waitForLoadState('networkidle')
    await shot.prepare?.(page)
    // The QA tools' button belongs to the QA build, not to the product the README shows.
    await page.getByRole('button', { name: /^Outils QA/ }).evaluate((button) => {
      button.style.display = 'none'
    })
    // Fonts and covers in, and "Retour en haut de la page" settled.
    await page.evaluate(() => document.fonts.ready)
    await page.waitForTimeout(500)
    await page.screenshot({ path: `docs/screenshots/${shot.name}.png` })
    await context.close()
  })
}
