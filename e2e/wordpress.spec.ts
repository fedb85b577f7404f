import { devices, type Page } from '@playwright/test'
import { coreClient } from '../scripts/wordpress/smoke-client.ts'
import { readDebugLog, readSiteInfo, resetWordPress, setOption } from '../scripts/wordpress/site.ts'
import { expect, expectNoAxeViolations, expectNoHorizontalScroll, seedArticle, test } from './fixtures'

/**
 * The production build, unchanged but for its API base, on a real WordPress (Debian's 6.1, MariaDB,
 * Apache) through the Chronique plugin: the journeys a reader makes, on the magazine's own posts and
 * comments. Every test starts from the seeded site; they run one after another (one site).
 */
test.describe.configure({ mode: 'default' })
test.beforeEach(() => {
  resetWordPress({ quiet: true })
})
// Not one PHP error, warning, notice or deprecation while readers used the site.
test.afterAll(() => {
  expect(readDebugLog(), 'PHP debug log').toBe('')
})

const articleUrl = `/articles/${seedArticle.slug}`

function thread(page: Page, count: number) {
  return page.getByRole('region', { name: `Commentaires (${count})` })
}

function commentForm(page: Page) {
  return page.getByRole('form', { name: 'Ajouter un commentaire' })
}

async function postComment(page: Page, authorName: string, body: string) {
  const form = commentForm(page)
  await form.getByLabel('Votre nom').fill(authorName)
  await form.getByLabel('Votre commentaire').fill(body)
  await form.getByRole('button', { name: 'Publier le commentaire' }).click()
}

/** The running site: its addresses, the admin's application password, the seed's post IDs. */
function site() {
  const info = readSiteInfo()
  if (!info) throw new Error('WordPress is not running (.wordpress/site.json is missing)')
  return info
}

/** WordPress's core REST API as an editor: what wp-admin's buttons do. */
async function asEditor(method: string, path: string, body?: unknown) {
  const answer = await coreClient(site())(method, path, body)
  expect(answer.status, answer.text).toBe(200)
}

/** The id of the one comment this browser wrote (its edit token is kept under it). */
async function ownCommentId(page: Page): Promise<string> {
  const ids = await page.evaluate(() =>
    Object.keys(JSON.parse(localStorage.getItem('chronique:own-comments') ?? '{}') as object),
  )
  expect(ids).toHaveLength(1)
  return ids[0] ?? ''
}

/** The live thread's next poll, now (the app's clock is Playwright's), and what WordPress answered. */
async function nextPoll(page: Page, answers: (path: string, method: string) => boolean) {
  const answered = page.waitForResponse((response) =>
    answers(new URL(response.url()).pathname, response.request().method()),
  )
  await page.clock.fastForward(16_000)
  return answered
}

/**
 * With "Comments must be manually approved" on (reset afterwards whatever happens), the app open on
 * the seed article under Playwright's clock, so that a test can make the live thread poll.
 */
async function withModerationOn(page: Page, run: () => Promise<void>) {
  setOption('comment_moderation', '1')
  try {
    await page.clock.install()
    await page.goto(articleUrl)
    await expect(thread(page, 1)).toBeVisible()
    await run()
  } finally {
    setOption('comment_moderation', '0')
  }
}

const HELD_MARK = 'En attente de modération'
const CLOSED = 'Les commentaires sont fermés pour cet article.'

test.describe('on a desktop', () => {
  test('the list, an accent-blind search and a category come from WordPress', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('article')).toHaveCount(12)
    await expectNoAxeViolations(page)

    const search = page.getByRole('searchbox', { name: 'Rechercher un article' })
    await search.fill('quebec en gare')
    await search.press('Enter')
    await expect(page.getByRole('status').filter({ hasText: 'article' })).toHaveText(/^1\s+article/)
    await expect(page.getByRole('link', { name: seedArticle.title })).toBeVisible()

    await page.goto('/')
    await page
      .getByRole('navigation', { name: 'Catégories' })
      .getByRole('link', { name: /^Technologie/ })
      .click()
    await expect(page).toHaveURL('/?category=technologie')
    const cards = page.getByRole('article')
    await expect(cards.first()).toContainText('Technologie')
    for (const card of await cards.all()) await expect(card).toContainText('Technologie')
  })

  test('the seed article reads as on the mocks: bio, related links, photo credit, its comment', async ({
    page,
  }) => {
    await page.goto(articleUrl)
    const article = page.getByRole('article', { name: seedArticle.title })
    await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeVisible()
    await expect(article.getByRole('heading', { level: 2 }).first()).toHaveText(
      'Un retard qui risque de coûter une fortune aux contribuables',
    )
    await expect(article.getByText('Photo: ©Paul Labelle Photographe inc.')).toBeVisible()
    const cover = article.getByRole('img', { name: /Illustration de l’entreprise numérique/ })
    await expect
      .poll(() => cover.evaluate((image: HTMLImageElement) => image.naturalWidth))
      .toBeGreaterThan(0)

    const bio = page.getByRole('region', { name: 'À propos de l’auteur' })
    await expect(bio.getByText('Consultant senior Stratégies Web/médias sociaux')).toBeVisible()
    await expect(
      page.getByRole('region', { name: 'À lire aussi sur le sujet' }).getByRole('link'),
    ).toHaveCount(3)
    await expect(thread(page, 1).getByRole('article', { name: 'Sylvie Gagnon' })).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('an article WordPress does not have is "Article introuvable"', async ({ page }) => {
    await page.goto('/articles/cet-article-n-existe-pas')
    await expect(page.getByRole('heading', { level: 1, name: 'Article introuvable' })).toBeVisible()
  })

  test('a reader posts, replies, edits and deletes; WordPress keeps each step', async ({ page }) => {
    await page.goto(articleUrl)
    await expect(thread(page, 1)).toBeVisible()
    await postComment(page, 'Lucie < Tremblay & fils', 'Tout à fait d’accord : a < b & c > d <3\nMerci.')
    const mine = thread(page, 2).getByRole('article', { name: 'Lucie < Tremblay & fils' })
    await expect(mine).toBeFocused()

    await mine.getByRole('button', { name: 'Répondre' }).click()
    const replyForm = page.getByRole('form', { name: 'Répondre à Lucie < Tremblay & fils' })
    await replyForm.getByLabel('Votre nom').fill('Marc')
    await replyForm.getByLabel('Votre réponse').fill('Je nuancerais un peu.')
    await replyForm.getByRole('button', { name: 'Publier la réponse' }).click()
    await expect(thread(page, 3).getByRole('article', { name: 'Marc' })).toBeFocused()

    // The reader's exact text came back from WordPress, line break and all.
    await page.reload()
    const reloaded = thread(page, 3).getByRole('article', { name: 'Lucie < Tremblay & fils' })
    await expect(reloaded).toContainText('Tout à fait d’accord : a < b & c > d <3\nMerci.')

    await reloaded.getByRole('button', { name: 'Modifier' }).click()
    const box = reloaded
      .getByRole('form', { name: 'Modifier votre commentaire' })
      .getByLabel('Votre commentaire')
    await box.fill('Tout à fait d’accord, corrigé.')
    await reloaded.getByRole('button', { name: 'Enregistrer' }).click()
    await expect(reloaded).toContainText('Tout à fait d’accord, corrigé.')
    await expect(reloaded.getByText('modifié', { exact: true })).toBeVisible()

    // Deleted with a reply under it: it stays as a placeholder that holds the reply.
    await reloaded.getByRole('button', { name: 'Supprimer' }).first().click()
    await page.getByRole('dialog').getByRole('button', { name: 'Supprimer' }).click()
    const placeholder = thread(page, 2).getByRole('article', { name: 'Commentaire supprimé', exact: true })
    await expect(placeholder).toBeVisible()
    await page.reload()
    await expect(placeholder).toBeVisible()
    await expect(
      thread(page, 2)
        .getByRole('list', { name: 'Réponses à Commentaire supprimé' })
        .getByRole('article', { name: 'Marc' }),
    ).toBeVisible()
  })

  test('a second post within WordPress’s flood delay says when to post again, and keeps the text', async ({
    page,
  }) => {
    await page.setExtraHTTPHeaders({ 'X-Chronique-Dev-Flood': 'on' })
    await page.goto(articleUrl)
    await postComment(page, 'Rapide', 'Premier message.')
    await expect(thread(page, 2).getByRole('article', { name: 'Rapide' })).toBeFocused()
    await postComment(page, 'Rapide', 'Deuxième message, trop tôt.')
    const alert = commentForm(page).getByRole('alert')
    await expect(alert).toContainText(/Vous pourrez publier de nouveau dans \d+\s+secondes?/)
    await expect(commentForm(page).getByLabel('Votre commentaire')).toHaveValue('Deuxième message, trop tôt.')
  })

  test('a vote on the article is counted by WordPress', async ({ page }) => {
    // The seed article has no vote yet; after this one, the summary says so from WordPress's count.
    await page.goto(articleUrl)
    await expect(page.getByText('Aucune évaluation').first()).toBeVisible()
    const group = page.getByRole('group', { name: /^Qu’avez-vous pensé de cet article\s\?$/ })
    await group.getByRole('radio', { name: /^4\sétoiles$/ }).check()
    await page.getByRole('button', { name: 'Envoyer ma note' }).click()
    await expect(page.getByText('Merci ! Vous avez donné 4 étoiles')).toBeVisible()
    await page.reload()
    await expect(page.getByText(/^Note moyenne\s:\s4,0\ssur\s5,\s1\sévaluation$/).first()).toBeAttached()
  })

  test('a second vote from the same browser replaces the first (its reader key)', async ({ page }) => {
    await page.goto(articleUrl)
    const group = page.getByRole('group', { name: /^Qu’avez-vous pensé de cet article\s\?$/ })
    await group.getByRole('radio', { name: /^5\sétoiles$/ }).check()
    await page.getByRole('button', { name: 'Envoyer ma note' }).click()
    await page.getByRole('button', { name: 'Modifier ma note' }).click()
    await group.getByRole('radio', { name: /^2\sétoiles$/ }).check()
    await page.getByRole('button', { name: 'Envoyer ma note' }).click()
    await expect(page.getByText(/^Votre note\s:\s2 sur 5$/)).toBeVisible()
    await page.reload()
    await expect(page.getByText(/^Votre note\s:\s2 sur 5$/)).toBeVisible()
    await expect(page.getByText(/^Note moyenne\s:\s2,0\ssur\s5,\s1\sévaluation$/).first()).toBeAttached()
  })

  test('with moderation on, a post is held for its author; approved in wp-admin, it arrives live', async ({
    page,
  }) => {
    await withModerationOn(page, async () => {
      await postComment(page, 'Lectrice', 'À relire par la rédaction.')
      const held = thread(page, 1).getByRole('article', { name: 'Lectrice' })
      await expect(held).toBeFocused()
      await expect(held.getByText(HELD_MARK)).toBeVisible()
      await expectNoAxeViolations(page)

      // Kept on this device, and asked about with its token when the thread opens again.
      await page.reload()
      await expect(
        thread(page, 1).getByRole('article', { name: 'Lectrice' }).getByText(HELD_MARK),
      ).toBeVisible()

      await asEditor('POST', `/comments/${await ownCommentId(page)}`, { status: 'approved' })
      await nextPoll(page, (path) => path.endsWith('/comments/changes'))
      const published = thread(page, 2).getByRole('article', { name: 'Lectrice' })
      await expect(published).toContainText('À relire par la rédaction.')
      await expect(published.getByText(HELD_MARK)).toHaveCount(0)
      await expect(page.getByRole('article', { name: 'Lectrice' })).toHaveCount(1)
    })
  })

  test('a held post trashed in wp-admin: its author is told, kindly, with the text to copy', async ({
    page,
  }) => {
    await withModerationOn(page, async () => {
      await postComment(page, 'Lecteur', 'Un avis que la rédaction refusera.')
      await expect(
        thread(page, 1).getByRole('article', { name: 'Lecteur' }).getByText(HELD_MARK),
      ).toBeVisible()
      await asEditor('DELETE', `/comments/${await ownCommentId(page)}`)
      await nextPoll(page, (path, method) => method === 'GET' && /\/comments\/[^/]+$/.test(path))

      const notice = page.getByRole('article', { name: 'Votre commentaire n’a pas été publié' })
      await expect(notice.getByRole('textbox', { name: 'Votre texte' })).toHaveValue(
        'Un avis que la rédaction refusera.',
      )
      await expect(page.getByRole('article', { name: 'Lecteur' })).toHaveCount(0)
      await notice.getByRole('button', { name: 'J’ai compris' }).click()
      await expect(notice).toHaveCount(0)
    })
  })

  test('a thread closed in wp-admin while the reader writes: the text stays; the thread reads on', async ({
    page,
  }) => {
    await page.goto(articleUrl)
    await expect(thread(page, 1)).toBeVisible()
    const form = commentForm(page)
    await form.getByLabel('Votre nom').fill('Tardive')
    await form.getByLabel('Votre commentaire').fill('Écrit pendant la fermeture.')
    await asEditor('POST', `/posts/${String(site().seed.posts[seedArticle.slug])}`, {
      comment_status: 'closed',
    })
    await form.getByRole('button', { name: 'Publier le commentaire' }).click()

    const region = thread(page, 1)
    await expect(region.getByText(CLOSED)).toHaveCount(1)
    const kept = region.getByRole('textbox', { name: 'Votre texte non publié' })
    await expect(kept).toHaveValue('Écrit pendant la fermeture.')
    await expect(kept).toBeFocused()
    await expect(commentForm(page)).toHaveCount(0)

    // Closed for everyone: the thread reads in full, without a form or "Répondre".
    await page.reload()
    await expect(region.getByRole('article', { name: 'Sylvie Gagnon' })).toBeVisible()
    await expect(region.getByText(CLOSED)).toHaveCount(1)
    await expect(region.getByRole('button', { name: 'Répondre' })).toHaveCount(0)
    await expect(commentForm(page)).toHaveCount(0)
    await expectNoAxeViolations(page)
  })
})

// A project's browser cannot change inside a file: the phone's size, touch and user agent only.
const { defaultBrowserType: _browser, ...pixel7 } = devices['Pixel 7']

test.describe('on a phone', () => {
  test.use(pixel7)

  test('the list and the seed article, then a comment, with nothing sideways', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('article')).toHaveCount(12)
    await expectNoHorizontalScroll(page)
    await page.getByRole('link', { name: seedArticle.title }).click()
    await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeFocused()
    await postComment(page, 'Téléphone', 'Écrit depuis mon téléphone.')
    await expect(thread(page, 2).getByRole('article', { name: 'Téléphone' })).toBeFocused()
    await expectNoHorizontalScroll(page)
    await expectNoAxeViolations(page)
  })
})
