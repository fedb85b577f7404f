import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, seedArticle, test } from './fixtures'

const articleUrl = `/articles/${seedArticle.slug}`

function thread(page: Page, count: number) {
  return page.getByRole('region', { name: `Commentaires (${count})` })
}

function commentForm(page: Page) {
  return page.getByRole('form', { name: 'Ajouter un commentaire' })
}

/** What `?scenario=` does, without reloading the page: the session cookie every API request carries. */
async function setScenario(page: Page, scenario: string | null) {
  await page.evaluate((value) => {
    document.cookie = value
      ? `chronique-mock-scenario=${encodeURIComponent(value)}; Path=/`
      : 'chronique-mock-scenario=; Path=/; Max-Age=0'
  }, scenario)
}

/** A per-endpoint rule (`?mock-rule=`), e.g. a slow POST. */
async function setRule(page: Page, rule: string | null) {
  await page.evaluate((value) => {
    document.cookie = value
      ? `chronique-mock-rules=${encodeURIComponent(value)}; Path=/`
      : 'chronique-mock-rules=; Path=/; Max-Age=0'
  }, rule)
}

async function fillComment(page: Page, name: string, body: string) {
  const form = commentForm(page)
  await form.getByLabel('Votre nom').fill(name)
  await form.getByLabel('Votre commentaire').fill(body)
}

test.describe('the comment thread', () => {
  test('a reader posts a comment, then replies to a reply', async ({ page }) => {
    await page.goto(articleUrl)
    await expect(thread(page, 1)).toBeVisible()
    await fillComment(page, 'Lucie Tremblay', 'Tout à fait d’accord.\nMerci pour ce texte.')
    // axe once, below, with the posted comment and an open reply form (the main form's own check is
    // "fields in error…" further down): a full run over the article and its thread is slow.
    await commentForm(page).getByRole('button', { name: 'Publier le commentaire' }).click()

    const posted = thread(page, 2).getByRole('article', { name: 'Lucie Tremblay' })
    await expect(posted).toBeFocused()
    await expect(posted).toContainText('Tout à fait d’accord.\nMerci pour ce texte.')

    // Reply to Sylvie, then to that reply.
    const sylvie = page.getByRole('article', { name: 'Sylvie Gagnon' })
    await sylvie.getByRole('button', { name: 'Répondre' }).click()
    const replyForm = page.getByRole('form', { name: 'Répondre à Sylvie Gagnon' })
    await expect(replyForm.getByLabel('Votre réponse')).toBeFocused()
    await expectNoAxeViolations(page)
    await replyForm.getByLabel('Votre nom').fill('Marc')
    await replyForm.getByLabel('Votre réponse').fill('Je nuancerais un peu.')
    await replyForm.getByRole('button', { name: 'Publier la réponse' }).click()
    const marc = thread(page, 3).getByRole('article', { name: 'Marc' })
    await expect(marc).toBeFocused()

    await marc.getByRole('button', { name: 'Répondre' }).click()
    const secondReply = page.getByRole('form', { name: 'Répondre à Marc' })
    await secondReply.getByLabel('Votre nom').fill('Sylvie G.')
    await secondReply.getByLabel('Votre réponse').fill('Nuancez, je vous écoute.')
    await secondReply.getByRole('button', { name: 'Publier la réponse' }).click()
    const answer = thread(page, 4)
      .getByRole('list', { name: 'Réponses à Marc' })
      .getByRole('article', { name: 'Sylvie G.' })
    await expect(answer).toBeVisible()

    // Everything is still there after a reload (the mocked server keeps the session's comments).
    await page.reload()
    await expect(thread(page, 4).getByRole('article', { name: 'Sylvie G.' })).toBeVisible()
  })

  test('a double click on "Publier" posts one comment', async ({ page }) => {
    await page.goto(articleUrl)
    await fillComment(page, 'Double Clic', 'Une seule fois, s’il vous plaît.')
    await commentForm(page).getByRole('button', { name: 'Publier le commentaire' }).dblclick()
    await expect(thread(page, 2).getByRole('article', { name: 'Double Clic' })).toHaveCount(1)
    await page.reload()
    await expect(thread(page, 2).getByRole('article', { name: 'Double Clic' })).toHaveCount(1)
  })

  test('a server error keeps the text and says why; "Réessayer" posts it once', async ({ page }) => {
    await page.goto(articleUrl)
    await setScenario(page, 'post-error')
    await fillComment(page, 'Patiente', 'Un texte que je ne veux pas perdre.')
    await commentForm(page).getByRole('button', { name: 'Publier le commentaire' }).click()

    const alert = commentForm(page).getByRole('alert')
    await expect(alert).toContainText('Votre commentaire n’a pas été publié.')
    await expect(commentForm(page).getByLabel('Votre commentaire')).toHaveValue(
      'Un texte que je ne veux pas perdre.',
    )
    await expectNoAxeViolations(page)

    await setScenario(page, null)
    await commentForm(page).getByRole('button', { name: 'Réessayer' }).click()
    await expect(thread(page, 2).getByRole('article', { name: 'Patiente' })).toHaveCount(1)
    await expect(commentForm(page).getByLabel('Votre commentaire')).toHaveValue('')
  })

  test('fields in error are marked, described and focused; axe stays clean', async ({ page }) => {
    await page.goto(articleUrl)
    await commentForm(page).getByRole('button', { name: 'Publier le commentaire' }).click()
    const name = commentForm(page).getByLabel('Votre nom')
    await expect(name).toBeFocused()
    await expect(name).toHaveAttribute('aria-invalid', 'true')
    await expect(name).toHaveAccessibleDescription(/Indiquez votre nom\./)
    await expectNoAxeViolations(page)
  })

  test('a draft survives a reload', async ({ page }) => {
    await page.goto(articleUrl)
    await fillComment(page, 'Brouillon', 'Je reviens finir ce texte.')
    await page.reload()
    await expect(commentForm(page).getByLabel('Votre commentaire')).toHaveValue('Je reviens finir ce texte.')
    await expect(commentForm(page).getByLabel('Votre nom')).toHaveValue('Brouillon')
  })

  test('a reload in the middle of a post sends it once, and loses nothing', async ({ page }) => {
    await page.goto(articleUrl)
    await setRule(page, 'POST /articles/*/comments - 3000')
    await fillComment(page, 'Pressé', 'Envoyé juste avant de recharger.')
    await commentForm(page).getByRole('button', { name: 'Publier le commentaire' }).click()
    await expect(page.getByRole('article', { name: 'Pressé' })).toContainText('Envoi…')
    await setRule(page, null)
    await page.reload()
    await expect(thread(page, 2).getByRole('article', { name: 'Pressé' })).toHaveCount(1, { timeout: 10_000 })
    await page.reload()
    await expect(thread(page, 2).getByRole('article', { name: 'Pressé' })).toHaveCount(1)
  })

  test('offline, the post waits and is sent once when the connection returns', async ({ page, context }) => {
    await page.goto(articleUrl)
    // The thread's code is there (it loads lazily), then the connection goes.
    await expect(thread(page, 1).getByRole('article', { name: 'Sylvie Gagnon' })).toBeVisible()
    await context.setOffline(true)
    await fillComment(page, 'Métro', 'Écrit sous terre.')
    await commentForm(page).getByRole('button', { name: 'Publier le commentaire' }).click()
    await expect(page.getByRole('article', { name: 'Métro' })).toContainText('En attente de connexion')
    await context.setOffline(false)
    await expect(thread(page, 2).getByRole('article', { name: 'Métro' })).toHaveCount(1)
  })

  test('a permalink opens the thread at the comment, and "Copier le lien" copies it', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto(articleUrl)
    const comment = page.getByRole('article', { name: 'Sylvie Gagnon' })
    await comment.getByRole('button', { name: 'Copier le lien vers le commentaire de Sylvie Gagnon' }).click()
    const link = await page.evaluate(() => navigator.clipboard.readText())
    expect(link).toMatch(/#commentaire-c\d+$/)

    await page.goto('/')
    await page.goto(link)
    const target = page.getByRole('article', { name: 'Sylvie Gagnon' })
    await expect(target).toBeFocused()
    await expect(target).toBeInViewport()
    await expect(target).toHaveAttribute('data-highlighted', 'true')
  })

  test('a thread collapses and expands', async ({ page }) => {
    await page.goto('/articles/teletravail-le-grand-malaise-des-gestionnaires')
    const region = page.getByRole('region', { name: /^Commentaires/ })
    const firstToggle = region.getByRole('button', { name: /^Masquer les réponses/ }).first()
    await firstToggle.scrollIntoViewIfNeeded()
    const controls = (await firstToggle.getAttribute('aria-controls'))!
    // The same button whatever its label says.
    const toggle = page.locator(`[aria-controls="${controls}"]`)
    await expect(page.locator(`[id="${controls}"]`)).toBeVisible()
    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await expect(toggle).toHaveText(/^Afficher \d+\sréponses?$/)
    await expect(page.locator(`[id="${controls}"]`)).toBeHidden()
    await toggle.click()
    await expect(page.locator(`[id="${controls}"]`)).toBeVisible()
  })
})

test.describe('on a phone', () => {
  test('the form stays in view while typing, and nothing floats over it @phone-only', async ({ page }) => {
    await page.goto(articleUrl)
    const body = commentForm(page).getByLabel('Votre commentaire')
    await body.scrollIntoViewIfNeeded()
    // The worst case: the reader scrolls back up until the box sits at the bottom of the screen, where
    // "Retour en haut de la page" lives, and it comes out (it does when readers scroll up).
    await body.evaluate((field) => {
      const bottom = field.getBoundingClientRect().bottom + window.scrollY
      window.scrollTo({ top: bottom - window.innerHeight + 310, behavior: 'instant' })
    })
    await page.mouse.wheel(0, -300)
    const backToTop = page.getByRole('button', { name: 'Retour en haut de la page' })
    await expect(backToTop).toBeVisible()
    await expect(body).toBeInViewport()

    await body.click()
    await page.keyboard.type('Je tape sur mon téléphone, ')
    await expect(body).toBeInViewport()
    // Every part of the box the reader can see is the box itself, not something drawn over it.
    const covered = await body.evaluate((field) => {
      const box = field.getBoundingClientRect()
      const top = Math.max(box.top, 0) + 2
      const bottom = Math.min(box.bottom, window.innerHeight) - 2
      const points: [number, number][] = []
      for (let x = box.left + 2; x <= box.right - 2; x += 8) {
        for (let y = top; y <= bottom; y += 8) points.push([x, y])
      }
      return points.filter(([x, y]) => {
        const hit = document.elementFromPoint(x, y)
        return !hit || (hit !== field && !field.contains(hit))
      })
    })
    expect(covered, 'points of the text box covered by something else').toEqual([])
  })
})

test.describe('when the thread’s code cannot load', () => {
  // Without the mock service worker (the QA server answers the API), requests can be intercepted.
  test.use({ serviceWorkers: 'block' })
  /** The thread's code: its own chunk of the build, loaded after the article. */
  const threadChunk = /\/assets\/comments-section-[\w-]+\.js$/

  test('the article stays whole; the thread says so, and "Réessayer" loads it', async ({ page }) => {
    await page.route(threadChunk, (route) => route.abort())
    await page.goto(articleUrl)
    await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeVisible()
    const error = page.getByRole('alert').filter({ hasText: 'Les commentaires n’ont pas pu être chargés.' })
    await expect(error).toBeVisible({ timeout: 10_000 })
    await expect(page.getByRole('region', { name: 'À propos de l’auteur' })).toBeVisible()
    await page.unroute(threadChunk)
    await error.getByRole('button', { name: 'Réessayer' }).click()
    await expect(page.getByRole('article', { name: 'Sylvie Gagnon' })).toBeVisible()
  })
})
