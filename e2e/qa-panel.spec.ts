import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, seedArticle, test } from './fixtures'

const articleUrl = `/articles/${seedArticle.slug}`

/** On a phone the button steps aside while the reader scrolls down: a tester scrolls back up first. */
async function openPanel(page: Page) {
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }))
  await page.getByRole('button', { name: /^Outils QA/ }).click()
  return page.getByRole('dialog', { name: 'Outils QA (développement)' })
}

test.describe('the QA panel', () => {
  test('is a small collapsed button that never covers the reading column on a desktop @desktop-only', async ({
    page,
  }) => {
    await page.goto(articleUrl)
    const toggle = page.getByRole('button', { name: 'Outils QA, scénario : default' })
    await expect(toggle).toHaveAttribute('aria-expanded', 'false')
    const button = (await toggle.boundingBox())!
    const column = (await page.getByRole('article', { name: seedArticle.title }).boundingBox())!
    expect(button.x + button.width).toBeLessThan(column.x)
    expect(button.width).toBeLessThanOrEqual(48)
  })

  test('steps aside while the reader scrolls down on a phone, and comes back when they scroll up @phone-only', async ({
    page,
  }) => {
    await page.goto(articleUrl)
    await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeVisible()
    const toggle = page.getByRole('button', { name: /^Outils QA/ })
    await expect(toggle).toBeInViewport()
    await page.mouse.wheel(0, 1200)
    await expect(toggle).not.toBeInViewport()
    await page.mouse.wheel(0, -300)
    await expect(toggle).toBeInViewport()
  })

  test('opens with the keyboard, passes axe, and closes with Escape', async ({ page }) => {
    await page.goto(articleUrl)
    await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeVisible()
    const toggle = page.getByRole('button', { name: /^Outils QA/ })
    await toggle.focus()
    await page.keyboard.press('Enter')
    const panel = page.getByRole('dialog', { name: 'Outils QA (développement)' })
    await expect(panel).toBeFocused()
    await expectNoAxeViolations(page)
    await page.keyboard.press('Escape')
    await expect(panel).toBeHidden()
    await expect(toggle).toBeFocused()
  })

  test('switches the scenario, and the app follows after the reload', async ({ page }) => {
    await page.goto(articleUrl)
    const panel = await openPanel(page)
    await panel.getByRole('checkbox', { name: 'comments-error' }).check()
    await panel.getByRole('button', { name: 'Appliquer et recharger' }).click()
    await expect(page.getByRole('button', { name: 'Outils QA, scénario : comments-error' })).toBeVisible()
    await expect(
      page.getByRole('alert').filter({ hasText: 'Les commentaires n’ont pas pu être chargés.' }),
    ).toBeVisible({
      timeout: 15_000,
    })
  })

  test('a frozen clock gives every screenshot the same relative dates', async ({ page }) => {
    // Sylvie Gagnon commented at 16:40 UTC on 8 March 2016.
    await page.goto(`${articleUrl}?mock-clock=2016-03-08T19:40:00Z`)
    const comment = page.getByRole('article', { name: 'Sylvie Gagnon' })
    await expect(comment.getByRole('time')).toContainText(/^il y a 3\sh/)
    await page.reload()
    await expect(comment.getByRole('time')).toContainText(/^il y a 3\sh/)
  })

  test('resets the data to the seed', async ({ page }) => {
    await page.goto(articleUrl)
    const form = page.getByRole('form', { name: 'Ajouter un commentaire' })
    await form.getByLabel('Votre nom').fill('Éphémère')
    await form.getByLabel('Votre commentaire').fill('Je disparaîtrai.')
    await form.getByRole('button', { name: 'Publier le commentaire' }).click()
    await expect(page.getByRole('region', { name: 'Commentaires (2)' })).toBeVisible()
    const panel = await openPanel(page)
    await panel.getByRole('button', { name: 'Réinitialiser les données de démonstration' }).click()
    await expect(page.getByRole('region', { name: 'Commentaires (1)' })).toBeVisible()
    await expect(page.getByRole('article', { name: 'Éphémère' })).toHaveCount(0)
  })

  test('copies the debug info a bug report needs', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto(`${articleUrl}?scenario=slow&latency=100`)
    await expect(page.getByRole('region', { name: 'Commentaires (1)' })).toBeVisible()
    const panel = await openPanel(page)
    await panel.getByRole('button', { name: 'Copier les infos de débogage' }).click()
    await expect(panel.getByRole('status')).toHaveText('Infos de débogage copiées.')
    const info = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as {
      route: string
      mock: { scenarios: string[]; latencyMs: number }
      apiCalls: { method: string; path: string; status: number; durationMs: number }[]
      version: string
    }
    expect(info.route).toBe(articleUrl)
    expect(info.mock).toMatchObject({ scenarios: ['slow'], latencyMs: 100 })
    expect(info.apiCalls).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ method: 'GET', path: `/api/articles/${seedArticle.slug}`, status: 200 }),
      ]),
    )
    expect(info.apiCalls.every((call) => call.durationMs >= 100)).toBe(true)
    expect(info.version).toMatch(/^\d+\.\d+\.\d+\+/)
  })
})
