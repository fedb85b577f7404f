import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, expectNoHorizontalScroll, seedArticle, test } from './fixtures'

/**
 * Moderation and closed threads (contract v1.1) on the QA build: `?scenario=moderated` holds every
 * new comment, and the QA panel's "Approuver" and "Refuser" are the editors' decisions;
 * `?scenario=comments-closed` closes the seed article's thread. Desktop and phone.
 */

const articleUrl = `/articles/${seedArticle.slug}`
const HELD_MARK = 'En attente de modération'
const HELD_DESCRIPTION =
  /^En attente de modération Visible par vous seulement pour l’instant\s:\sla rédaction le lira avant de le publier\.$/
const REFUSED = 'Votre commentaire n’a pas été publié'
const CLOSED = 'Les commentaires sont fermés pour cet article.'
/** The live thread asks for changes every 15 s: a little more makes one poll happen. */
const ONE_POLL_MS = 16_000

function thread(page: Page, count: number) {
  return page.getByRole('region', { name: `Commentaires (${count})` })
}

function commentForm(page: Page) {
  return page.getByRole('form', { name: 'Ajouter un commentaire' })
}

function announcement(page: Page, text: string | RegExp) {
  return page.locator('[role="status"][aria-live="polite"]').filter({ hasText: text })
}

async function openArticle(page: Page, scenario?: string) {
  await page.goto(scenario ? `${articleUrl}?scenario=${scenario}` : articleUrl)
  await expect(thread(page, 1).getByRole('article', { name: 'Sylvie Gagnon' })).toBeVisible()
}

async function fillComment(page: Page, name: string, body: string) {
  await commentForm(page).getByLabel('Votre nom').fill(name)
  await commentForm(page).getByLabel('Votre commentaire').fill(body)
}

/** Posts through the form; returns the comment once it shows, focused. */
async function postComment(page: Page, name: string, body: string) {
  await fillComment(page, name, body)
  await commentForm(page).getByRole('button', { name: 'Publier le commentaire' }).click()
  const posted = page.getByRole('article', { name })
  await expect(posted).toBeFocused()
  await expect(posted).toContainText(body)
  return posted
}

/** An editor's decision, from the QA panel's list of held comments. */
async function moderate(page: Page, decision: 'Approuver' | 'Refuser', body: string) {
  // On a phone the panel's button steps aside while the reader scrolls down.
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }))
  await page.getByRole('button', { name: /^Outils QA/ }).click()
  const panel = page.getByRole('dialog', { name: 'Outils QA (développement)' })
  await panel
    .getByRole('group', { name: 'Commentaires en attente de modération' })
    .getByRole('listitem')
    .filter({ hasText: body })
    .getByRole('button', { name: decision })
    .click()
  await expect(panel.getByRole('status')).toContainText(decision === 'Approuver' ? 'approuvé' : 'refusé')
  await panel.getByRole('button', { name: 'Fermer' }).click()
  await expect(panel).toBeHidden()
}

/** Makes the 15 s poll happen (with the fake clock) and waits for the request that tells the news. */
async function poll(page: Page, answers: (path: string, method: string) => boolean) {
  const answered = page.waitForResponse((response) =>
    answers(new URL(response.url()).pathname, response.request().method()),
  )
  await page.clock.fastForward(ONE_POLL_MS)
  return answered
}

const isChangeFeed = (path: string) => path.endsWith('/comments/changes')
const isOneComment = (path: string, method: string) =>
  method === 'GET' && /\/api\/comments\/[^/]+$/.test(path)

test.describe('a comment held for moderation', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install()
  })

  test('its author sees it marked, nobody else does; approved, it arrives live, once', async ({ page }) => {
    await openArticle(page, 'moderated')
    const held = await postComment(page, 'Lucie Tremblay', 'Une remarque que la rédaction relira.')
    await expect(held.getByText(HELD_MARK)).toBeVisible()
    await expect(held).toHaveAccessibleDescription(HELD_DESCRIPTION)
    await expect(announcement(page, /^Commentaire envoyé\. Il est en attente de modération/)).toHaveCount(1)
    await expect(thread(page, 1)).toBeVisible()
    await expect(held.getByRole('button', { name: 'Répondre' })).toHaveCount(0)
    await expect(held.getByRole('button', { name: 'Modifier' })).toBeVisible()
    await expectNoAxeViolations(page)
    await expectNoHorizontalScroll(page)

    // What every other reader gets from the API: no trace of it.
    const others = await page.evaluate(async (slug) => {
      const response = await fetch(`/api/articles/${slug}/comments`)
      return (await response.json()) as { items: { authorName: string }[]; total: number }
    }, seedArticle.slug)
    expect(others.total).toBe(1)
    expect(others.items.map((comment) => comment.authorName)).toEqual(['Sylvie Gagnon'])

    // Kept on this device: still there, still marked, after a reload.
    await page.reload()
    const reloaded = thread(page, 1).getByRole('article', { name: 'Lucie Tremblay' })
    await expect(reloaded.getByText(HELD_MARK)).toBeVisible()

    await moderate(page, 'Approuver', 'Une remarque que la rédaction relira.')
    const feed = await poll(page, isChangeFeed)
    expect(feed.status()).toBe(200)
    const published = thread(page, 2).getByRole('article', { name: 'Lucie Tremblay' })
    await expect(published).toContainText('Une remarque que la rédaction relira.')
    await expect(published.getByText(HELD_MARK)).toHaveCount(0)
    await expect(page.getByRole('article', { name: 'Lucie Tremblay' })).toHaveCount(1)
    await expect(published.getByRole('button', { name: 'Répondre' })).toBeVisible()
    await expect(page.getByRole('button', { name: /nouveaux? commentaires?$/ })).toHaveCount(0)
  })

  test('refused: told once, kindly, its text offered to copy; dismissed, it is forgotten', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await openArticle(page, 'moderated')
    await postComment(page, 'Marc', 'Un avis un peu vif.\nSur deux lignes.')
    await moderate(page, 'Refuser', 'Un avis un peu vif.')
    await poll(page, isOneComment)

    const notice = page.getByRole('article', { name: REFUSED })
    await expect(notice).toContainText('La rédaction l’a lu et a choisi de ne pas le publier.')
    const text = notice.getByRole('textbox', { name: 'Votre texte' })
    await expect(text).toHaveValue('Un avis un peu vif.\nSur deux lignes.')
    await expect(text).not.toBeEditable()
    await expect(announcement(page, /^Votre commentaire n’a pas été publié par la rédaction\./)).toHaveCount(
      1,
    )
    await expect(page.getByRole('alert')).toHaveCount(0)
    await expect(page.getByRole('article', { name: 'Marc' })).toHaveCount(0)
    await expect(thread(page, 1)).toBeVisible()
    await expectNoAxeViolations(page)
    await expectNoHorizontalScroll(page)

    await notice.getByRole('button', { name: 'Copier le texte' }).click()
    await expect(notice.getByText('Texte copié')).toBeVisible()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'Un avis un peu vif.\nSur deux lignes.',
    )

    // Told once: the next poll adds nothing.
    await poll(page, isChangeFeed)
    await expect(page.getByRole('article', { name: REFUSED })).toHaveCount(1)

    await notice.getByRole('button', { name: 'J’ai compris' }).click()
    await expect(notice).toHaveCount(0)
    await expect(page.getByRole('heading', { name: 'Commentaires (1)' })).toBeFocused()
    await page.reload()
    await expect(thread(page, 1).getByRole('article', { name: 'Sylvie Gagnon' })).toBeVisible()
    await expect(page.getByRole('article', { name: REFUSED })).toHaveCount(0)
  })

  test('edited, it stays held; deleted, it goes and the count never moved @desktop-only', async ({
    page,
  }) => {
    await openArticle(page, 'moderated')
    const held = await postComment(page, 'Julie', 'Premier jet.')
    await held.getByRole('button', { name: 'Modifier' }).click()
    const box = held.getByRole('form', { name: 'Modifier votre commentaire' }).getByLabel('Votre commentaire')
    await box.fill('Version revue.')
    await held.getByRole('button', { name: 'Enregistrer' }).click()
    await expect(held).toContainText('Version revue.')
    await expect(held.getByText(HELD_MARK)).toBeVisible()
    await expect(held.getByText(/^(·\s)?modifié$/)).toBeVisible()

    await held.getByRole('button', { name: 'Supprimer' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Supprimer' }).click()
    await expect(page.getByRole('article', { name: 'Julie' })).toHaveCount(0)
    await expect(page.getByRole('heading', { name: 'Commentaires (1)' })).toBeFocused()
    await page.reload()
    await expect(thread(page, 1).getByRole('article', { name: 'Sylvie Gagnon' })).toBeVisible()
    await expect(page.getByRole('article', { name: 'Julie' })).toHaveCount(0)
  })
})

test.describe('a closed thread', () => {
  test('reads in full; one notice takes the place of the form and of every "Répondre"', async ({ page }) => {
    await openArticle(page, 'comments-closed')
    const region = thread(page, 1)
    await expect(region.getByText(CLOSED)).toHaveCount(1)
    await expect(commentForm(page)).toHaveCount(0)
    await expect(region.getByRole('button', { name: 'Répondre' })).toHaveCount(0)
    await expect(region.getByRole('article', { name: 'Sylvie Gagnon' })).toBeVisible()
    await expectNoAxeViolations(page)
    await expectNoHorizontalScroll(page)
  })

  test('closed while the reader types: the post is refused, the text stays to copy', async ({ page }) => {
    await openArticle(page)
    await fillComment(page, 'Lucie Tremblay', 'Un long avis, écrit avec soin.')
    // The editors close the thread meanwhile (what ?scenario=comments-closed does, without reloading).
    await page.evaluate(() => {
      document.cookie = 'chronique-mock-scenario=comments-closed; Path=/'
    })
    await commentForm(page).getByRole('button', { name: 'Publier le commentaire' }).click()

    const region = thread(page, 1)
    await expect(region.getByText(CLOSED)).toHaveCount(1)
    await expect(
      region.getByText(/^Votre texte n’a pas été publié\s:\sles commentaires ont été fermés/),
    ).toBeVisible()
    const kept = region.getByRole('textbox', { name: 'Votre texte non publié' })
    await expect(kept).toHaveValue('Un long avis, écrit avec soin.')
    await expect(kept).toBeFocused()
    await expect(kept).not.toBeEditable()
    await expect(commentForm(page)).toHaveCount(0)
    await expect(region.getByRole('button', { name: 'Répondre' })).toHaveCount(0)
    await expect(region.getByRole('article', { name: 'Lucie Tremblay' })).toHaveCount(0)
    await expectNoAxeViolations(page)
    await expectNoHorizontalScroll(page)

    await region.getByRole('button', { name: 'Effacer ce texte' }).click()
    await expect(kept).toHaveCount(0)
    await expect(region.getByText(CLOSED)).toBeFocused()
  })
})
