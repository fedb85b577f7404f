import type { Locator, Page } from '@playwright/test'
import { expect, frontPageHeading, seedArticle, test } from './fixtures'

/** What has focus, and whether a sighted keyboard user can see it (a ring on it, its ::after or its label). */
async function focusState(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement
    if (!element || element === document.body) return { onBody: true, visible: false, name: 'body' }
    const ring = (style: CSSStyleDeclaration) =>
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none'
    const visible =
      ring(getComputedStyle(element)) ||
      ring(getComputedStyle(element, '::after')) ||
      (element.parentElement !== null &&
        element.parentElement.tagName === 'LABEL' &&
        ring(getComputedStyle(element.parentElement)))
    return {
      onBody: false,
      visible,
      name: `${element.tagName} ${element.textContent.trim().slice(0, 40)}`,
    }
  })
}

async function expectVisibleFocus(page: Page) {
  const state = await focusState(page)
  expect(state.onBody, 'focus lost to <body>').toBe(false)
  expect(state.visible, `no visible focus on ${state.name}`).toBe(true)
}

/** Presses Tab until `target` has focus, checking that every stop on the way shows its focus. */
async function tabTo(page: Page, target: Locator, { backwards = false, maxPresses = 250 } = {}) {
  for (let press = 0; press < maxPresses; press++) {
    if (await target.evaluate((element) => element === document.activeElement)) return
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab')
    await expectVisibleFocus(page)
  }
  throw new Error(`Tab never reached ${target.toString()}`)
}

test.describe('keyboard only @desktop-only', () => {
  test('from the list to an article, comment, reply, collapse, back to top, and on to the next article', async ({
    page,
  }) => {
    test.setTimeout(90_000)
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: frontPageHeading.fr })).toBeVisible()

    // The skip link comes first.
    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeFocused()
    await expectVisibleFocus(page)

    // To the seed article.
    await tabTo(page, page.getByRole('link', { name: seedArticle.title }))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeFocused()
    await expectVisibleFocus(page)

    // Post a comment.
    const form = page.getByRole('form', { name: 'Ajouter un commentaire' })
    await tabTo(page, form.getByLabel('Votre nom'))
    await page.keyboard.type('Clavier Seulement')
    await page.keyboard.press('Tab')
    await expect(form.getByLabel('Votre commentaire')).toBeFocused()
    await page.keyboard.type('Écrit sans souris.')
    await page.keyboard.press('Control+Enter')
    const posted = page.getByRole('article', { name: 'Clavier Seulement' })
    await expect(posted).toBeFocused()
    await expectVisibleFocus(page)

    // Reply to Sylvie.
    const sylvie = page.getByRole('article', { name: 'Sylvie Gagnon' })
    await tabTo(page, sylvie.getByRole('button', { name: 'Répondre' }), { backwards: true })
    await page.keyboard.press('Enter')
    const replyForm = page.getByRole('form', { name: 'Répondre à Sylvie Gagnon' })
    await expect(replyForm.getByLabel('Votre réponse')).toBeFocused()
    await page.keyboard.type('Réponse au clavier.')
    await page.keyboard.press('Control+Enter')
    const reply = page
      .getByRole('list', { name: 'Réponses à Sylvie Gagnon' })
      .getByRole('article', { name: 'Clavier Seulement' })
    await expect(reply).toBeFocused()
    await expect(page.getByRole('region', { name: 'Commentaires (3)' })).toBeVisible()

    // Collapse Sylvie's replies; focus stays on the toggle.
    const toggle = sylvie.getByRole('button', { name: /^Masquer les réponses/ })
    await tabTo(page, toggle, { backwards: true })
    await page.keyboard.press('Enter')
    const collapsed = sylvie.getByRole('button', { name: /^Afficher/ })
    await expect(collapsed).toHaveAttribute('aria-expanded', 'false')
    await expect(collapsed).toBeFocused()
    await expectVisibleFocus(page)

    // Back to the top.
    await tabTo(page, page.getByRole('button', { name: 'Retour en haut de la page' }))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeFocused()
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0)

    // On to another article, through the article's category.
    await tabTo(
      page,
      page
        .getByRole('article', { name: seedArticle.title })
        .getByRole('link', { name: 'Médias sociaux', exact: true }),
    )
    await page.keyboard.press('Enter')
    // The category's own front page, named after it.
    await expect(page.getByRole('heading', { level: 1, name: 'Médias sociaux' })).toBeFocused()
    const next = page.getByRole('main').getByRole('article').nth(1).getByRole('link')
    const nextTitle = (await next.textContent())!
    await tabTo(page, next)
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: nextTitle })).toBeFocused()
    await expectVisibleFocus(page)
  })
})
