import type { Page } from '@playwright/test'
import { expect, seedArticle, test } from './fixtures'
import { articleUrl, openArticle } from './article-page'

test.describe('sharing', () => {
  const articleLink = (page: Page) => `${new URL(page.url()).origin}${articleUrl}`
  const tools = (page: Page) => page.getByRole('group', { name: 'Outils de l’article' })

  test('without a share sheet, "Partager" copies the article’s link and says so', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    // Whatever this browser offers: the fallback is what is tested here.
    await page.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share
    })
    await openArticle(page)
    await tools(page).getByRole('button', { name: 'Partager' }).click()
    await expect(tools(page).getByRole('status')).toHaveText('Lien de l’article copié')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(articleLink(page))
  })

  test('with a share sheet, "Partager" opens it with the title and the link, and copies nothing', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const shared: ShareData[] = []
      const copied: string[] = []
      Object.assign(window, { shared, copied })
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: (data: ShareData) => {
          shared.push(data)
          return Promise.resolve()
        },
      })
      navigator.clipboard.writeText = (text: string) => {
        copied.push(text)
        return Promise.resolve()
      }
    })
    await openArticle(page)
    await tools(page).getByRole('button', { name: 'Partager' }).click()
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared))
      .toEqual([{ title: seedArticle.title, url: articleLink(page) }])
    expect(await page.evaluate(() => (window as unknown as { copied: string[] }).copied)).toEqual([])
    await expect(tools(page).getByRole('status')).toHaveText('')
  })

  test('when the link cannot be copied, it shows in a field to copy by hand', async ({ page }) => {
    await page.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Refused', 'NotAllowedError'))
    })
    await openArticle(page)
    await tools(page).getByRole('button', { name: 'Partager' }).click()
    const field = tools(page).getByRole('textbox', { name: /^Copiez le lien de l’article\s:$/ })
    await expect(field).toBeVisible()
    await expect(field).toHaveValue(articleLink(page))
    await expect(field).not.toBeEditable()
    await expect(field).toBeFocused()
    await expect(tools(page).getByRole('status')).toHaveText('')
  })
})
