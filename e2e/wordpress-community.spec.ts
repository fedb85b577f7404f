import type { Locator, Page } from '@playwright/test'
import { adminSession, apiClient, coreClient } from '../scripts/wordpress/smoke-client.ts'
import { query, readDebugLog, readSiteInfo, resetWordPress } from '../scripts/wordpress/site.ts'
import { expect, seedArticle, test } from './fixtures'

/**
 * Readers among themselves (contract v1.2) on a real WordPress through the plugin: a like and a
 * report that WordPress keeps, the most liked order of its biggest thread, an editors' pick chosen with
 * wp-admin's row action, and the badge of a comment written by a WordPress editor. Every test starts
 * from the seeded site; they run one after another (one site).
 */
test.describe.configure({ mode: 'default' })
test.beforeEach(() => {
  resetWordPress({ quiet: true })
})
test.afterAll(() => {
  expect(readDebugLog(), 'PHP debug log').toBe('')
})

const articleUrl = `/articles/${seedArticle.slug}`
const LIKE = /^J’aime, (\d+)$/

function site() {
  const info = readSiteInfo()
  if (!info) throw new Error('WordPress is not running (site.json is missing)')
  return info
}

/** The plugin's API as another reader would ask it. */
async function api(path: string) {
  const answer = await apiClient(site())('GET', path)
  expect(answer.status, answer.text.slice(0, 300)).toBe(200)
  return answer.json as Record<string, unknown>
}

async function openThread(page: Page, url: string) {
  await page.goto(url)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  // The thread's code and comments load as the reader nears them.
  await page.evaluate(() =>
    window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }),
  )
  await expect(page.getByRole('form', { name: 'Ajouter un commentaire' })).toBeAttached()
}

function likeButton(comment: Locator) {
  return comment.getByRole('button', { name: LIKE })
}

async function likesOf(comment: Locator): Promise<number> {
  return Number(LIKE.exec((await likeButton(comment).getAttribute('aria-label')) ?? '')?.[1])
}

test('a like is counted by WordPress once, and the button stays pressed after a reload', async ({ page }) => {
  await openThread(page, articleUrl)
  const comment = page.getByRole('article', { name: 'Sylvie Gagnon' })
  const id = ((await comment.getAttribute('id')) ?? '').replace('commentaire-', '')
  const before = await likesOf(comment)
  await likeButton(comment).click()
  await expect(likeButton(comment)).toHaveAccessibleName(`J’aime, ${before + 1}`)
  await expect.poll(async () => (await api(`/comments/${id}`)).likeCount).toBe(before + 1)

  await page.reload()
  await expect(likeButton(comment)).toHaveAttribute('aria-pressed', 'true')
  await expect(likeButton(comment)).toHaveAccessibleName(`J’aime, ${before + 1}`)
  await likeButton(comment).click()
  await expect(likeButton(comment)).toHaveAttribute('aria-pressed', 'false')
  await expect.poll(async () => (await api(`/comments/${id}`)).likeCount).toBe(before)
})

test('"Les plus appréciés" lists WordPress’s biggest thread most liked first', async ({ page }) => {
  const slug = site().seed.biggestThread
  // The most liked top-level comment, read from every page of the thread in the default order.
  let best = { id: '', likeCount: -1 }
  let cursor: string | null = null
  do {
    const pageOf = (await api(
      `/articles/${slug}/comments?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    )) as { items: { id: string; likeCount: number }[]; nextCursor: string | null }
    for (const item of pageOf.items) if (item.likeCount > best.likeCount) best = item
    cursor = pageOf.nextCursor
  } while (cursor)

  await openThread(page, `/articles/${slug}`)
  await page.getByRole('button', { name: 'Les plus appréciés' }).click()
  await expect(page).toHaveURL(/[?&]tri=apprecies/)
  const first = page
    .getByRole('region', { name: /^Commentaires/ })
    .getByRole('article')
    .first()
  await expect(first).toHaveAttribute('id', `commentaire-${best.id}`)
  expect(await likesOf(first)).toBe(best.likeCount)
})

test('a report reaches WordPress, and the comment stays', async ({ page }) => {
  await openThread(page, articleUrl)
  const comment = page.getByRole('article', { name: 'Sylvie Gagnon' })
  const id = ((await comment.getAttribute('id')) ?? '').replace('commentaire-', '')
  await comment.getByRole('button', { name: 'Signaler' }).click()
  const dialog = page.getByRole('dialog', { name: 'Signaler ce commentaire' })
  await dialog.getByRole('radio', { name: 'Propos injurieux ou haineux' }).check()
  await dialog.getByRole('button', { name: 'Envoyer le signalement' }).click()
  await expect(dialog.getByText('Merci. L’équipe de modération examinera ce commentaire.')).toBeVisible()
  await dialog.getByRole('button', { name: 'Fermer' }).click()
  await expect(comment.getByRole('button', { name: 'Signalé' })).toBeFocused()
  expect(
    query(`SELECT report_count FROM wp_chronique_comments WHERE comment_id = ${Number(id)}`).trim(),
  ).toBe('1')
  await page.reload()
  await expect(comment.getByRole('button', { name: 'Signalé' })).toBeVisible()
  await expect(comment.getByText(/Dans ma région, plusieurs PME/)).toBeVisible()
})

test('a pick chosen in wp-admin shows above the thread and leads to its comment', async ({ page }) => {
  const { items } = (await api(`/articles/${seedArticle.slug}/comments`)) as { items: { id: string }[] }
  const id = items[0]?.id ?? ''
  // wp-admin's Comments screen, its "Choose for the editors" row action, as an editor clicks it.
  const session = await adminSession(site())
  const screen = await session.get(`/wp-admin/edit-comments.php?p=${site().seed.posts[seedArticle.slug]}`)
  const amp = '&(?:amp;|#038;)?'
  const link = new RegExp(
    `admin-post\\.php\\?action=chronique_feature${amp}comment=${id}${amp}feature=1${amp}_wpnonce=[0-9a-f]+`,
  ).exec(screen.text)?.[0]
  expect(link, 'the "Choose for the editors" row action').toBeTruthy()
  const chosen = await session.get(
    `/wp-admin/${(link ?? '').replaceAll('&#038;', '&').replaceAll('&amp;', '&')}`,
  )
  expect(chosen.status).toBe(302)

  await openThread(page, articleUrl)
  const picks = page.getByRole('region', { name: 'Choix de la rédaction' })
  await expect(picks.getByRole('listitem')).toHaveCount(1)
  await expect(picks.getByText(/Dans ma région, plusieurs PME/)).toBeVisible()
  await picks.getByRole('link', { name: 'Voir dans la discussion : commentaire de Sylvie Gagnon' }).click()
  const comment = page.getByRole('article', { name: 'Sylvie Gagnon' })
  await expect(comment).toBeFocused()
  await expect(comment.getByText('Choix de la rédaction')).toBeVisible()
})

test('a WordPress editor’s comment has the "Rédaction" badge; a reader who signs so has none', async ({
  page,
}) => {
  const core = coreClient(site())
  const user = await core('POST', '/users', {
    username: 'josee',
    email: 'josee@example.test',
    password: 'une-phrase-de-passe-solide',
    name: 'Josée Tremblay',
    roles: ['editor'],
  })
  expect(user.status, user.text).toBe(201)
  const comment = await core('POST', '/comments', {
    post: site().seed.posts[seedArticle.slug],
    author: (user.json as { id: number }).id,
    content: 'Merci à tous pour vos réactions : nous ajouterons les chiffres de 2016 à l’article.',
    status: 'approved',
  })
  expect(comment.status, comment.text).toBe(201)

  await openThread(page, articleUrl)
  const form = page.getByRole('form', { name: 'Ajouter un commentaire' })
  await form.getByLabel('Votre nom').fill('Rédaction')
  await form.getByLabel('Votre commentaire').fill('Je signe comme la rédaction, mais je suis un lecteur.')
  await form.getByRole('button', { name: 'Publier le commentaire' }).click()

  const editor = page.getByRole('article', { name: 'Josée Tremblay' })
  await expect(editor.getByText('Rédaction', { exact: true })).toBeVisible()
  const spoofer = page.getByRole('article', { name: 'Rédaction' })
  await expect(spoofer).toBeVisible()
  await expect(spoofer.getByText('Rédaction', { exact: true })).toHaveCount(1)
  await page.reload()
  await expect(
    page.getByRole('article', { name: 'Rédaction' }).getByText('Rédaction', { exact: true }),
  ).toHaveCount(1)
  await expect(editor.getByText('Rédaction', { exact: true })).toBeVisible()
})
