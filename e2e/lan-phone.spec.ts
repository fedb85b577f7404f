import { expect, seedArticle, test } from './fixtures'

/**
 * A tester's phone opening the dev server by its LAN address: no secure context, so no service worker.
 * The dev server itself answers the API, with the same handlers and scenarios.
 */
test.describe('a phone on the LAN, without a service worker', () => {
  test('reads the list and an article, served by the dev server', async ({ page }) => {
    await page.goto('/')
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false)
    await expect(page.getByRole('article')).toHaveCount(12)
    await page.getByRole('link', { name: seedArticle.title }).click()
    await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeFocused()
    const cover = page.getByRole('img', { name: /Illustration de l’entreprise numérique/ })
    await expect
      .poll(() => cover.evaluate((image: HTMLImageElement) => image.naturalWidth))
      .toBeGreaterThan(0)
    await expect(page.getByRole('region', { name: /^Commentaires \(\d+\)$/ })).toBeVisible()
  })

  test('posts a comment that the dev server keeps', async ({ page }) => {
    const author = `Téléphone ${Date.now()}`
    await page.goto(`/articles/${seedArticle.slug}`)
    const form = page.getByRole('form', { name: 'Ajouter un commentaire' })
    await form.getByLabel('Votre nom').fill(author)
    await form.getByLabel('Votre commentaire').fill('Écrit depuis le réseau local.')
    await form.getByRole('button', { name: 'Publier le commentaire' }).click()
    await expect(page.getByRole('article', { name: author })).toBeFocused()
    await page.reload()
    await expect(page.getByRole('article', { name: author })).toHaveCount(1)
  })

  test('applies the scenario chosen in the URL, and the QA panel says who answers', async ({ page }) => {
    await page.goto(`/articles/${seedArticle.slug}?scenario=comments-error`)
    await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeVisible()
    await expect(
      page.getByRole('alert').filter({ hasText: 'Les commentaires n’ont pas pu être chargés.' }),
    ).toBeVisible({
      timeout: 15_000,
    })
    await page.getByRole('button', { name: 'Outils QA, scénario : comments-error' }).click()
    await expect(page.getByRole('dialog', { name: 'Outils QA (développement)' })).toContainText(
      'API simulée par le serveur de développement.',
    )
  })
})
