import type { Locator, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, seedArticle, test } from './fixtures'

const articleUrl = `/articles/${seedArticle.slug}`

/** The live thread asks for changes every 15 s: a little more makes one poll happen. */
const ONE_POLL_MS = 16_000

const NEW_COMMENTS = /^\d+\snouveaux? commentaires?$/
const EDITABLE_FOR_MINUTES = /^Modifiable encore 1[0-5]\smin$/
const DELETE_TITLE = /^Supprimer ce commentaire\s\?$/

function thread(page: Page, count: number) {
  return page.getByRole('region', { name: `Commentaires (${count})` })
}

function commentForm(page: Page) {
  return page.getByRole('form', { name: 'Ajouter un commentaire' })
}

function editForm(comment: Locator) {
  return comment.getByRole('form', { name: 'Modifier votre commentaire' })
}

function deleteDialog(page: Page) {
  return page.getByRole('dialog', { name: DELETE_TITLE })
}

function newCommentsButton(page: Page) {
  return page.getByRole('button', { name: NEW_COMMENTS })
}

function announcement(page: Page, text: string) {
  return page.locator('[role="status"][aria-live="polite"]').filter({ hasText: text })
}

async function fillComment(page: Page, name: string, body: string) {
  const form = commentForm(page)
  await form.getByLabel('Votre nom').fill(name)
  await form.getByLabel('Votre commentaire').fill(body)
}

/** Opens the article and waits for the thread's code (it loads lazily) and its only seed comment. */
async function openArticle(page: Page, query = '') {
  await page.goto(`${articleUrl}${query}`)
  await expect(thread(page, 1).getByRole('article', { name: 'Sylvie Gagnon' })).toBeVisible()
}

/** Posts a top-level comment through the form; returns the posted comment once the thread shows it. */
async function postComment(page: Page, name: string, body: string, countAfter: number) {
  await fillComment(page, name, body)
  await commentForm(page).getByRole('button', { name: 'Publier le commentaire' }).click()
  const posted = thread(page, countAfter).getByRole('article', { name })
  await expect(posted).toBeFocused()
  await expect(posted).toContainText(body)
  return posted
}

/** Another reader posting from elsewhere: straight to the (mocked) API, not through the app. */
async function postAsAnotherReader(
  page: Page,
  authorName: string,
  body: string,
  parentId: string | null = null,
) {
  return page.evaluate(
    async ({ slug, authorName, body, parentId }) => {
      const response = await fetch(`/api/articles/${slug}/comments`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
        body: JSON.stringify({ authorName, body, parentId }),
      })
      if (response.status !== 201) throw new Error(`POST answered ${response.status}`)
      return (await response.json()) as { id: string; editToken: string }
    },
    { slug: seedArticle.slug, authorName, body, parentId },
  )
}

async function setVisibility(page: Page, state: 'hidden' | 'visible') {
  await page.evaluate((value) => {
    Object.defineProperty(document, 'visibilityState', { value, configurable: true })
    document.dispatchEvent(new Event('visibilitychange'))
  }, state)
}

/** Makes the 15 s poll happen (with the fake clock) and waits for the changes feed's answer. */
async function poll(page: Page) {
  const answered = page.waitForResponse((response) => response.url().includes('/comments/changes'))
  await page.clock.fastForward(ONE_POLL_MS)
  const response = await answered
  expect(response.status()).toBe(200)
  return (await response.json()) as { items: { id: string; authorName: string }[] }
}

/**
 * The next frame comes as soon as the app asks for one, before React's next render. In a real browser
 * a frame may come before or after that render, at random; this makes "before" happen every time.
 */
async function makeNextFramesImmediate(page: Page) {
  await page.evaluate(() => {
    window.requestAnimationFrame = (callback) => {
      queueMicrotask(() => callback(performance.now()))
      return 0
    }
  })
}

test.describe('editing and deleting one’s own comment', () => {
  test('a reader edits their comment; the edit is marked and survives a reload', async ({ page }) => {
    await openArticle(page)
    // Nobody else's comment offers to be changed.
    const sylvie = page.getByRole('article', { name: 'Sylvie Gagnon' })
    await expect(sylvie.getByRole('button', { name: 'Modifier' })).toHaveCount(0)
    await expect(sylvie.getByRole('button', { name: 'Supprimer' })).toHaveCount(0)

    const mine = await postComment(page, 'Lucie Tremblay', 'Premier jet, avec une faute.', 2)
    await expect(mine.getByText(EDITABLE_FOR_MINUTES)).toBeVisible()
    for (const action of ['Répondre', 'Modifier', 'Supprimer']) {
      await expect(mine.getByRole('button', { name: action, exact: true })).toBeVisible()
    }
    await expect(
      mine.getByRole('button', { name: 'Copier le lien vers le commentaire de Lucie Tremblay' }),
    ).toBeVisible()

    await mine.getByRole('button', { name: 'Modifier' }).click()
    const form = editForm(mine)
    const box = form.getByLabel('Votre commentaire')
    await expect(box).toBeFocused()
    await expect(box).toHaveValue('Premier jet, avec une faute.')
    await expect(mine.getByText(EDITABLE_FOR_MINUTES)).toHaveCount(0)
    await expectNoAxeViolations(page)
    await box.fill('Premier jet, corrigé.')
    await form.getByRole('button', { name: 'Enregistrer' }).click()

    await expect(form).toHaveCount(0)
    await expect(mine).toContainText('Premier jet, corrigé.')
    await expect(mine).not.toContainText('avec une faute')
    await expect(mine.getByText('modifié', { exact: true })).toBeVisible()
    await expect(mine.getByText(/^Modifié le .+/)).toHaveCount(1)
    await expect(mine).toBeFocused()
    await expect(announcement(page, 'Commentaire modifié')).toHaveCount(1)
    await expect(thread(page, 2)).toBeVisible()

    // The mocked server kept the edit.
    await page.reload()
    const reloaded = thread(page, 2).getByRole('article', { name: 'Lucie Tremblay' })
    await expect(reloaded).toContainText('Premier jet, corrigé.')
    await expect(reloaded.getByText('modifié', { exact: true })).toBeVisible()
    // Still the author's, on this device.
    await expect(reloaded.getByRole('button', { name: 'Modifier' })).toBeVisible()
  })

  test('in the edit box, Escape cancels and Ctrl+Enter saves', async ({ page }) => {
    await openArticle(page)
    const mine = await postComment(page, 'Clavier', 'Texte d’origine.', 2)
    const editButton = mine.getByRole('button', { name: 'Modifier' })

    await editButton.click()
    const box = editForm(mine).getByLabel('Votre commentaire')
    await expect(box).toBeFocused()
    await box.fill('Une idée abandonnée.')
    await page.keyboard.press('Escape')
    await expect(editForm(mine)).toHaveCount(0)
    await expect(mine).toContainText('Texte d’origine.')
    await expect(mine.getByText('modifié', { exact: true })).toHaveCount(0)
    await expect(editButton).toBeFocused()

    // Cancelled means forgotten: the box starts again from the published text.
    await page.keyboard.press('Enter')
    await expect(box).toBeFocused()
    await expect(box).toHaveValue('Texte d’origine.')
    await box.fill('Texte revu au clavier.')
    await page.keyboard.press('Control+Enter')
    await expect(editForm(mine)).toHaveCount(0)
    await expect(mine).toContainText('Texte revu au clavier.')
    await expect(mine.getByText('modifié', { exact: true })).toBeVisible()
    await expect(mine).toBeFocused()
  })

  test('deleting a comment without replies asks first, then removes it', async ({ page }) => {
    await openArticle(page)
    const mine = await postComment(page, 'Regret', 'Je n’aurais pas dû écrire ceci.', 2)
    const deleteButton = mine.getByRole('button', { name: 'Supprimer' })

    await deleteButton.click()
    const dialog = deleteDialog(page)
    await expect(dialog).toBeVisible()
    await expect(dialog).toContainText('Cette action est définitive.')
    await expect(dialog.getByRole('button', { name: 'Annuler' })).toBeFocused()
    await expect(dialog.getByRole('button', { name: 'Supprimer' })).toBeVisible()
    await expectNoAxeViolations(page)

    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(deleteButton).toBeFocused()
    await expect(thread(page, 2).getByRole('article', { name: 'Regret' })).toBeVisible()

    // "Annuler" answers the same way.
    await deleteButton.click()
    await dialog.getByRole('button', { name: 'Annuler' }).click()
    await expect(dialog).toBeHidden()
    await expect(deleteButton).toBeFocused()

    await deleteButton.click()
    await dialog.getByRole('button', { name: 'Supprimer' }).click()
    await expect(dialog).toBeHidden()
    await expect(thread(page, 1)).toBeVisible()
    await expect(page.getByRole('article', { name: 'Regret' })).toHaveCount(0)
    await expect(page.getByText('Je n’aurais pas dû écrire ceci.')).toHaveCount(0)
    await expect(announcement(page, 'Commentaire supprimé')).toHaveCount(1)

    await page.reload()
    await expect(thread(page, 1).getByRole('article', { name: 'Sylvie Gagnon' })).toBeVisible()
    await expect(page.getByRole('article', { name: 'Regret' })).toHaveCount(0)
  })

  test('a deleted comment with a reply stays as "Commentaire supprimé", its reply under it', async ({
    page,
  }) => {
    await openArticle(page)
    await postComment(page, 'Parent', 'Un avis qui fera réagir.', 2)
    const parent = page.getByRole('article', { name: 'Parent' })

    await parent.getByRole('button', { name: 'Répondre' }).click()
    const replyForm = page.getByRole('form', { name: 'Répondre à Parent' })
    await replyForm.getByLabel('Votre nom').fill('Répondeur')
    await replyForm.getByLabel('Votre réponse').fill('Je réagis, donc.')
    await replyForm.getByRole('button', { name: 'Publier la réponse' }).click()
    await expect(thread(page, 3).getByRole('article', { name: 'Répondeur' })).toBeFocused()

    await parent.getByRole('button', { name: 'Supprimer' }).click()
    await deleteDialog(page).getByRole('button', { name: 'Supprimer' }).click()
    await expect(deleteDialog(page)).toBeHidden()

    const region = thread(page, 2)
    await expect(region).toBeVisible()
    await expect(region.getByRole('article', { name: 'Parent' })).toHaveCount(0)
    await expect(page.getByText('Un avis qui fera réagir.')).toHaveCount(0)
    const placeholder = region.getByRole('article', { name: 'Commentaire supprimé' })
    await expect(placeholder).toHaveCount(1)
    await expect(placeholder.getByRole('button', { name: 'Répondre' })).toHaveCount(0)
    await expect(placeholder.getByRole('button', { name: 'Modifier' })).toHaveCount(0)
    const reply = region
      .getByRole('list', { name: 'Réponses à Commentaire supprimé' })
      .getByRole('article', { name: 'Répondeur' })
    await expect(reply).toContainText('Je réagis, donc.')

    await page.reload()
    const reloaded = thread(page, 2)
    await expect(reloaded.getByRole('article', { name: 'Commentaire supprimé' })).toHaveCount(1)
    await expect(
      reloaded
        .getByRole('list', { name: 'Réponses à Commentaire supprimé' })
        .getByRole('article', { name: 'Répondeur' }),
    ).toBeVisible()
  })

  test('past the 15 minutes, the edit is refused, the text kept, and the controls go', async ({ page }) => {
    await openArticle(page, '?scenario=edit-expired')
    const mine = await postComment(page, 'Tardif', 'Écrit il y a longtemps.', 2)

    await mine.getByRole('button', { name: 'Modifier' }).click()
    const form = editForm(mine)
    await form.getByLabel('Votre commentaire').fill('Une correction trop tard.')
    await form.getByRole('button', { name: 'Enregistrer' }).click()

    const alert = form.getByRole('alert')
    await expect(alert).toContainText('La modification n’a pas été enregistrée.')
    await expect(alert).toContainText(
      'Le délai de 15 minutes pour modifier ou supprimer ce commentaire est écoulé.',
    )
    await expect(alert).toContainText('Votre texte est conservé.')
    await expect(form.getByLabel('Votre commentaire')).toHaveValue('Une correction trop tard.')
    await expect(form.getByRole('button', { name: 'Enregistrer' })).toHaveCount(0)
    await expectNoAxeViolations(page)

    await form.getByRole('button', { name: 'Annuler' }).click()
    await expect(form).toHaveCount(0)
    await expect(mine).toContainText('Écrit il y a longtemps.')
    await expect(mine.getByRole('button', { name: 'Modifier' })).toHaveCount(0)
    await expect(mine.getByRole('button', { name: 'Supprimer' })).toHaveCount(0)
    await expect(mine.getByText(/^Modifiable encore/)).toHaveCount(0)
    await expect(mine.getByRole('button', { name: 'Répondre' })).toBeVisible()
  })

  test('a deletion refused once the window has expired (QA control) says why; the controls go', async ({
    page,
  }) => {
    await openArticle(page)
    const mine = await postComment(page, 'Hésitant', 'Je le garde ou pas ?', 2)
    const status = await page.evaluate(
      async () => (await fetch('/__mock/expire-edits', { method: 'POST' })).status,
    )
    expect(status).toBe(204)

    await mine.getByRole('button', { name: 'Supprimer' }).click()
    await deleteDialog(page).getByRole('button', { name: 'Supprimer' }).click()
    await expect(deleteDialog(page)).toBeHidden()

    const alert = mine.getByRole('alert')
    await expect(alert).toContainText('Le commentaire n’a pas été supprimé.')
    await expect(alert).toContainText(
      'Le délai de 15 minutes pour modifier ou supprimer ce commentaire est écoulé.',
    )
    await expect(thread(page, 2).getByRole('article', { name: 'Hésitant' })).toContainText(
      'Je le garde ou pas ?',
    )
    await expect(mine.getByRole('button', { name: 'Modifier' })).toHaveCount(0)
    await expect(mine.getByRole('button', { name: 'Supprimer' })).toHaveCount(0)
    await expect(mine.getByText(/^Modifiable encore/)).toHaveCount(0)
    await expectNoAxeViolations(page)
  })
})

// Frames made immediate on purpose: focus must follow the re-render, never a frame that may come first.
// Focus and the live thread behave the same on every screen: checked on a desktop.
test.describe('where focus goes after the delete dialog closes', { tag: '@desktop-only' }, () => {
  test('after a deletion, focus goes to the thread’s heading', async ({ page }) => {
    await openArticle(page)
    const mine = await postComment(page, 'Pressée', 'À supprimer tout de suite.', 2)
    await mine.getByRole('button', { name: 'Supprimer' }).click()
    await expect(deleteDialog(page)).toBeVisible()
    await makeNextFramesImmediate(page)
    await deleteDialog(page).getByRole('button', { name: 'Supprimer' }).click()
    await expect(deleteDialog(page)).toBeHidden()
    await expect(thread(page, 1).getByRole('article', { name: 'Pressée' })).toHaveCount(0)
    await expect(announcement(page, 'Commentaire supprimé')).toHaveCount(1)
    await expect(page.getByRole('heading', { name: 'Commentaires (1)' })).toBeFocused({ timeout: 2_000 })
  })

  test('after a refused deletion, focus goes to the comment', async ({ page }) => {
    await openArticle(page)
    const mine = await postComment(page, 'Refusée', 'Trop tard pour moi.', 2)
    await page.evaluate(() => fetch('/__mock/expire-edits', { method: 'POST' }))
    await mine.getByRole('button', { name: 'Supprimer' }).click()
    await expect(deleteDialog(page)).toBeVisible()
    await makeNextFramesImmediate(page)
    await deleteDialog(page).getByRole('button', { name: 'Supprimer' }).click()
    await expect(deleteDialog(page)).toBeHidden()
    await expect(mine.getByRole('alert')).toContainText('Le commentaire n’a pas été supprimé.')
    await expect(mine).toBeFocused({ timeout: 2_000 })
  })
})

test.describe('the live thread', { tag: '@desktop-only' }, () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install()
  })

  test('another reader’s comment waits behind a button, counted at once; the button reveals it', async ({
    page,
  }) => {
    await openArticle(page)
    await postAsAnotherReader(page, 'Autre lectrice', 'Arrivée pendant ma lecture.')
    // Nothing moves before the next poll.
    await expect(thread(page, 1)).toBeVisible()

    await poll(page)
    const button = newCommentsButton(page)
    await expect(button).toHaveText(/^1\snouveau commentaire$/)
    await expect(thread(page, 2)).toBeVisible()
    await expect(page.getByRole('article', { name: 'Autre lectrice' })).toHaveCount(0)
    await expect(page.getByText('Arrivée pendant ma lecture.')).toHaveCount(0)
    await expect(announcement(page, 'nouveau commentaire')).toHaveCount(1)
    await expectNoAxeViolations(page)

    await button.click()
    const arrived = thread(page, 2).getByRole('article', { name: 'Autre lectrice' })
    await expect(arrived).toBeFocused()
    await expect(arrived).toContainText('Arrivée pendant ma lecture.')
    await expect(newCommentsButton(page)).toHaveCount(0)
    // Not someone else's to change.
    await expect(arrived.getByRole('button', { name: 'Modifier' })).toHaveCount(0)
  })

  test('another reader’s edit and deletion apply in place', async ({ page }) => {
    await openArticle(page)
    const other = await postAsAnotherReader(page, 'Changeante', 'Version un.')
    await poll(page)
    await newCommentsButton(page).click()
    const comment = thread(page, 2).getByRole('article', { name: 'Changeante' })
    await expect(comment).toContainText('Version un.')

    await page.evaluate(
      async ({ id, editToken }) => {
        const response = await fetch(`/api/comments/${id}`, {
          method: 'PATCH',
          headers: { 'Content-Type': 'application/json', 'Edit-Token': editToken },
          body: JSON.stringify({ body: 'Version deux.' }),
        })
        if (!response.ok) throw new Error(`PATCH answered ${response.status}`)
      },
      { id: other.id, editToken: other.editToken },
    )
    await poll(page)
    await expect(comment).toContainText('Version deux.')
    await expect(comment.getByText('modifié', { exact: true })).toBeVisible()
    await expect(newCommentsButton(page)).toHaveCount(0)

    await page.evaluate(
      async ({ id, editToken }) => {
        const response = await fetch(`/api/comments/${id}`, {
          method: 'DELETE',
          headers: { 'Edit-Token': editToken },
        })
        if (!response.ok) throw new Error(`DELETE answered ${response.status}`)
      },
      { id: other.id, editToken: other.editToken },
    )
    await poll(page)
    await expect(thread(page, 1)).toBeVisible()
    await expect(page.getByRole('article', { name: 'Changeante' })).toHaveCount(0)
    await expect(newCommentsButton(page)).toHaveCount(0)
  })

  test('the reader’s own comment is never shown twice nor announced as new', async ({ page }) => {
    await openArticle(page)
    await postComment(page, 'Moi-même', 'Mon propre commentaire.', 2)

    // The changes feed does bring it back…
    const changes = await poll(page)
    expect(changes.items.map((item) => item.authorName)).toContain('Moi-même')
    // …and the thread keeps it once, not as news.
    await expect(thread(page, 2).getByRole('article', { name: 'Moi-même' })).toHaveCount(1)
    await expect(newCommentsButton(page)).toHaveCount(0)

    // With someone else's in the same poll: only theirs is new.
    await postAsAnotherReader(page, 'Quelqu’un', 'Pendant ce temps.')
    await poll(page)
    await expect(newCommentsButton(page)).toHaveText(/^1\snouveau commentaire$/)
    await expect(thread(page, 3).getByRole('article', { name: 'Moi-même' })).toHaveCount(1)
    await newCommentsButton(page).click()
    await expect(thread(page, 3).getByRole('article', { name: 'Quelqu’un' })).toBeFocused()
    await expect(thread(page, 3).getByRole('article', { name: 'Moi-même' })).toHaveCount(1)
  })

  test('polling pauses while the tab is hidden and resumes when it shows', async ({ page }) => {
    const polls: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/comments/changes')) polls.push(request.url())
    })
    await openArticle(page)
    await setVisibility(page, 'hidden')
    const pollsBeforeHiding = polls.length
    await postAsAnotherReader(page, 'Pendant l’absence', 'Écrit quand l’onglet était caché.')
    await page.clock.fastForward(40_000)
    await expect(newCommentsButton(page)).toHaveCount(0)

    await setVisibility(page, 'visible')
    await poll(page)
    await expect(newCommentsButton(page)).toHaveText(/^1\snouveau commentaire$/)
    await expect(thread(page, 2)).toBeVisible()
    // Requests are reported in the order they are sent: once the poll made after the tab showed again
    // has been answered, any poll sent while it was hidden has been counted too.
    expect(polls.length - pollsBeforeHiding, 'polls since the tab was hidden').toBe(1)
  })

  test('with other readers active (scenario "live"), news gather behind one button', async ({ page }) => {
    await openArticle(page, '?scenario=live')
    await poll(page)
    await poll(page)

    const button = newCommentsButton(page)
    await expect(button).toBeVisible()
    const label = (await button.textContent()) ?? ''
    const waiting = Number(/^(\d+)/.exec(label)?.[1])
    expect(waiting).toBeGreaterThan(1)
    await expect(button).toHaveText(/^\d+\snouveaux commentaires$/)
    const region = page.getByRole('region', { name: /^Commentaires \(\d+\)$/ })
    const heading = region.getByRole('heading', { name: /^Commentaires \(\d+\)$/ })
    const before = await region.getByRole('article').count()
    const placeholdersBefore = await region
      .getByRole('article', { name: 'Commentaire supprimé', exact: true })
      .count()
    // The news count at once, before they show.
    await expect(heading).toHaveText(`Commentaires (${before - placeholdersBefore + waiting})`)
    await expectNoAxeViolations(page)

    await button.click()
    await expect(newCommentsButton(page)).toHaveCount(0)
    await expect(region.getByRole('article')).toHaveCount(before + waiting)
    // The first revealed comment takes focus; the count matches what is shown.
    await expect(region.locator('article:focus')).toHaveCount(1)
    const articles = await region.getByRole('article').count()
    const placeholders = await region
      .getByRole('article', { name: 'Commentaire supprimé', exact: true })
      .count()
    const shown = articles - placeholders
    await expect(heading).toHaveText(`Commentaires (${shown})`)
    await expectNoAxeViolations(page)
  })
})
