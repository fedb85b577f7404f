/**
 * `npm run screenshots`: the README's pictures, taken from the real app on its mocks, so they stay
 * current. Not part of `npm test`.
 */
import { devices, test } from '@playwright/test'

const seedArticle = '/articles/la-transformation-sociale-des-entreprises-le-quebec-toujours-en-gare'

const shots = [
  { name: 'list-desktop', url: '/', device: { viewport: { width: 1440, height: 900 } } },
  { name: 'article-desktop', url: seedArticle, device: { viewport: { width: 1440, height: 900 } } },
  // At 1× so the pictures stay light in the repository.
  { name: 'list-phone', url: '/', device: { ...devices['Pixel 7'], deviceScaleFactor: 1 } },
  { name: 'article-phone', url: seedArticle, device: { ...devices['Pixel 7'], deviceScaleFactor: 1 } },
]

for (const shot of shots) {
  test(shot.name, async ({ browser }) => {
    const context = await browser.newContext({
      ...shot.device,
      locale: 'fr-CA',
      timezoneId: 'America/Toronto',
    })
    const page = await context.newPage()
    await page.goto(shot.url)
    await page.getByRole('heading', { level: 1 }).waitFor()
    await page.waitForLoadState('networkidle')
    await page.screenshot({ path: `docs/screenshots/${shot.name}.png` })
    await context.close()
  })
}
