import { expect, seedArticle, test } from './fixtures'

/**
 * `npm run dev`, the README's first command: the development server compiles the app and the mock
 * worker answers its API. Every other journey runs on the QA build (the same app and mocks, bundled),
 * so this one proves the development server itself.
 */
test('the development server serves the app on its mocked API, from the list to a posted comment', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.getByRole('article')).toHaveCount(12)
  await expect(page.getByRole('button', { name: /^Outils QA, scénario/ })).toBeVisible()
  expect(
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready
      return new URL(registration.active?.scriptURL ?? '').pathname
    }),
  ).toBe('/mockServiceWorker.js')

  await page.getByRole('link', { name: seedArticle.title }).click()
  await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeFocused()
  await expect(page.getByRole('heading', { level: 2, name: 'Commentaires (1)' })).toBeVisible()

  const author = `Développeuse ${Date.now()}`
  const form = page.getByRole('form', { name: 'Ajouter un commentaire' })
  await form.getByLabel('Votre nom').fill(author)
  await form.getByLabel('Votre commentaire').fill('Écrit sur le serveur de développement.')
  await form.getByRole('button', { name: 'Publier le commentaire' }).click()
  await expect(page.getByRole('article', { name: author })).toBeFocused()
  await expect(page.getByRole('heading', { level: 2, name: 'Commentaires (2)' })).toBeVisible()
})
