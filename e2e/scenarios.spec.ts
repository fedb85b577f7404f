import type { Locator, Page } from '@playwright/test'
import {
  expect,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  frontPageHeading,
  openSearch,
  seedArticle,
  test,
} from './fixtures'

/**
 * What the reader sees in each mock API scenario (mocks/scenarios/catalogue.ts), chosen the way a
 * tester does: `?scenario=`, `?latency=` and `?mock-rule=` on the URL, kept in session cookies.
 */

const articleUrl = `/articles/${seedArticle.slug}`

/** React Query retries 5xx and network failures twice, with backoff, before the error shows. */
const AFTER_RETRIES = { timeout: 15_000 }

/** A URL with mock settings, as a tester types it (`?scenario=…&latency=…&mock-rule=…`). */
function withSettings(path: string, settings: Record<string, string>) {
  return `${path}?${new URLSearchParams(settings).toString()}`
}

/** What `?scenario=` does, without reloading: the session cookie every API request carries. */
async function setScenario(page: Page, scenario: string | null) {
  await page.evaluate((value) => {
    document.cookie = value
      ? `chronique-mock-scenario=${encodeURIComponent(value)}; Path=/`
      : 'chronique-mock-scenario=; Path=/; Max-Age=0'
  }, scenario)
}

/** What `?scenario=default` does, without reloading. */
async function clearScenario(page: Page) {
  await setScenario(page, null)
}

function homeLink(page: Page) {
  return page.getByRole('banner').getByRole('link', { name: /^Chronique\s*,\s*accueil$/ })
}

function listHeading(page: Page) {
  return page.getByRole('heading', { level: 1, name: frontPageHeading.fr })
}

function listArticles(page: Page) {
  return page.getByRole('main').getByRole('article')
}

/** A region's own error: an alert named by its heading, with the French reason and "Réessayer". */
function regionError(page: Page, title = 'Un problème est survenu') {
  return page.getByRole('alert', { name: title })
}

function loading(page: Page) {
  return page.getByRole('main').getByRole('status').filter({ hasText: 'Chargement…' })
}

function thread(page: Page, count?: number) {
  return page.getByRole('region', {
    name: count === undefined ? /^Commentaires \(/ : `Commentaires (${count})`,
  })
}

function commentForm(page: Page) {
  return page.getByRole('form', { name: 'Ajouter un commentaire' })
}

async function fillComment(page: Page, name: string, body: string) {
  const form = commentForm(page)
  await form.getByLabel('Votre nom').fill(name)
  await form.getByLabel('Votre commentaire').fill(body)
}

async function publish(page: Page) {
  await commentForm(page).getByRole('button', { name: 'Publier le commentaire' }).click()
}

/** The article is whole: its title, and the headings of its body. */
async function expectSeedArticleReadable(page: Page) {
  const article = page.getByRole('article', { name: seedArticle.title })
  await expect(article.getByRole('heading', { level: 1, name: seedArticle.title })).toBeVisible()
  await expect(
    article.getByRole('heading', {
      level: 2,
      name: 'Un retard qui risque de coûter une fortune aux contribuables',
    }),
  ).toBeVisible()
  await expect(article.getByRole('heading', { level: 2, name: 'À propos de l’auteur' })).toBeVisible()
}

/** A number as the interface writes it ("5 000", with a no-break space). */
function readNumber(text: string | null): number {
  return Number((text ?? '').replace(/\D/g, ''))
}

// What each scenario shows is the same on every screen: checked on a desktop. Phones get the layouts
// below (and the journeys of the other files).
test.describe('mock scenarios', { tag: '@desktop-only' }, () => {
  test('default: after another scenario, ?scenario=default brings the normal list back', async ({ page }) => {
    await page.goto(withSettings('/', { scenario: 'empty' }))
    await expect(page.getByText('Aucun article trouvé')).toBeVisible()

    await page.goto(withSettings('/', { scenario: 'default' }))
    await expect(listHeading(page)).toBeVisible()
    await expect(listArticles(page)).toHaveCount(12)
    await expect(page.getByRole('link', { name: seedArticle.title })).toBeVisible()
    await expect(page.getByText('Aucun article trouvé')).toBeHidden()
    await expect(page).not.toHaveURL(/scenario=/)
  })

  test('empty: the list shows its empty state, an article is not found', async ({ page }) => {
    await page.goto(withSettings('/', { scenario: 'empty' }))
    await expect(listHeading(page)).toBeVisible()
    await expect(page.getByText('Aucun article trouvé')).toBeVisible()
    await expect(page.getByText('Aucun article n’a encore été publié.')).toBeVisible()
    await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Aucun article' })).toHaveText(
      'Aucun article',
    )
    await expect(listArticles(page)).toHaveCount(0)
    await expectNoAxeViolations(page)

    await page.goto(articleUrl)
    await expect(page.getByRole('heading', { level: 1, name: 'Article introuvable' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Retour à l’accueil' })).toBeVisible()
  })

  test('slow: a loading status and skeleton first, then the whole page', async ({ page }) => {
    await page.goto(withSettings('/', { scenario: 'slow', latency: '800' }))
    await expect(loading(page)).toBeVisible()

    await expect(listArticles(page)).toHaveCount(12)
    // The skeleton stood in for the whole wait: the list's answer took the latency asked for.
    const listAnswerMs = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname === '/api/articles')
        .map((entry) => entry.duration),
    )
    expect(Math.max(0, ...listAnswerMs), 'ms for the list’s answer').toBeGreaterThanOrEqual(790)
    await expect(listHeading(page)).toBeVisible()
    await expect(loading(page)).toHaveCount(0)
    await expect(page.getByRole('navigation', { name: 'Catégories' })).toBeVisible()

    await page.getByRole('link', { name: seedArticle.title }).click()
    await expect(loading(page).first()).toBeVisible()
    await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeVisible()
    await expectSeedArticleReadable(page)
    await expect(thread(page, 1).getByRole('article', { name: 'Sylvie Gagnon' })).toBeVisible()
    await expect(loading(page)).toHaveCount(0)
  })

  test('flaky: retries hide the failures, the list and an article show', async ({ page }) => {
    test.setTimeout(60_000)
    const failures: string[] = []
    page.on('response', (response) => {
      if (response.status() === 500 && new URL(response.url()).pathname.startsWith('/api/')) {
        failures.push(response.url())
      }
    })
    await page.goto(withSettings('/', { scenario: 'flaky' }))
    await showDespiteErrors(page, listArticles(page).first())
    await expect(listArticles(page)).toHaveCount(12)
    await expect(listHeading(page)).toBeVisible()

    // An article, opened from the list.
    const other = listArticles(page).nth(1).getByRole('link')
    const title = (await other.textContent()) ?? ''
    await other.click()
    await showDespiteErrors(page, page.getByRole('heading', { level: 1, name: title }))
    await expect(page.getByRole('article', { name: title })).toBeVisible()
    // The thread loads on its own; the form only shows once it has.
    await showDespiteErrors(page, commentForm(page), 'Les commentaires n’ont pas pu être chargés.')
    await expect(thread(page)).toBeVisible()
    expect(failures.length, 'API answers that failed on the way').toBeGreaterThan(0)
  })

  test('offline: "Impossible de joindre le serveur" and "Réessayer", which works once back online', async ({
    page,
  }) => {
    await page.goto(withSettings('/', { scenario: 'offline' }))
    const error = regionError(page)
    await expect(error).toBeVisible(AFTER_RETRIES)
    await expect(error).toContainText(/Impossible de joindre le serveur\./)
    await expect(listHeading(page)).toBeVisible()
    await expect(page.getByRole('banner')).toBeVisible()
    await expect(loading(page)).toHaveCount(0)
    await expectNoAxeViolations(page)

    await clearScenario(page)
    await error.getByRole('button', { name: 'Réessayer' }).click()
    await expect(listArticles(page)).toHaveCount(12)
    await expect(error).toBeHidden()
  })

  test('offline: opening an article shows the article’s own error with "Réessayer", never the crash screen', async ({
    page,
  }) => {
    await page.goto(withSettings(articleUrl, { scenario: 'offline' }))
    const error = page.getByRole('alert').filter({ hasText: /Impossible de joindre le serveur\./ })
    await expect(error).toBeVisible(AFTER_RETRIES)
    await expect(
      page.getByText('Une erreur inattendue est survenue. Rechargez la page pour continuer.'),
    ).toHaveCount(0)
    await expect(page.getByRole('banner')).toBeVisible()
    await clearScenario(page)
    await error.getByRole('button', { name: 'Réessayer' }).click()
    await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeVisible()
  })

  test('timeout: after 10 s, "Le serveur met trop de temps à répondre" and "Réessayer"', async ({ page }) => {
    test.setTimeout(45_000)
    await page.goto(withSettings('/', { scenario: 'timeout' }))
    await expect(loading(page)).toBeVisible()

    const error = regionError(page)
    await expect(error).toBeVisible({ timeout: 12_000 })
    await expect(error).toContainText(/Le serveur met trop de temps à répondre\./)
    await expect(loading(page)).toHaveCount(0)
    await expect(listHeading(page)).toBeVisible()

    await clearScenario(page)
    await error.getByRole('button', { name: 'Réessayer' }).click()
    await expect(listArticles(page)).toHaveCount(12)
  })

  test('article-404: every article is "Article introuvable", the list works', async ({ page }) => {
    await page.goto(withSettings('/', { scenario: 'article-404' }))
    await expect(listArticles(page)).toHaveCount(12)

    await page.getByRole('link', { name: seedArticle.title }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Article introuvable' })).toBeVisible()
    await expect(page.getByText('Cet article n’existe pas ou n’est plus en ligne.')).toBeVisible()
    await expect(page).toHaveTitle('Article introuvable — Chronique')
    await expectNoAxeViolations(page)

    await page.getByRole('link', { name: 'Retour à l’accueil' }).click()
    await expect(listHeading(page)).toBeFocused()
    await expect(listArticles(page)).toHaveCount(12)
  })

  test('comments-error: the article stays readable, the thread fails alone and "Réessayer" loads it', async ({
    page,
  }) => {
    await page.goto(withSettings(articleUrl, { scenario: 'comments-error' }))
    await expectSeedArticleReadable(page)

    const comments = thread(page, 1)
    const error = comments.getByRole('alert', { name: 'Les commentaires n’ont pas pu être chargés.' })
    await expect(error).toBeVisible(AFTER_RETRIES)
    await expect(error).toContainText(/Le serveur a rencontré une erreur\./)
    await expectSeedArticleReadable(page)
    await expectNoAxeViolations(page)

    await clearScenario(page)
    await error.getByRole('button', { name: 'Réessayer' }).click()
    await expect(comments.getByRole('article', { name: 'Sylvie Gagnon' })).toBeVisible()
    await expect(error).toBeHidden()
    await expect(commentForm(page)).toBeVisible()
  })

  test('post-error: the text is kept with the reason, "Réessayer" posts it once', async ({ page }) => {
    await page.goto(withSettings(articleUrl, { scenario: 'post-error' }))
    await expect(thread(page, 1)).toBeVisible()
    await fillComment(page, 'Patiente Scénario', 'Un texte que je ne veux pas perdre.')
    await publish(page)

    const alert = commentForm(page).getByRole('alert')
    await expect(alert).toContainText(/^Votre commentaire n’a pas été publié\./)
    await expect(alert).toContainText(/Le serveur a rencontré une erreur\./)
    await expect(alert).toContainText('Votre texte est conservé ci-dessous.')
    await expect(commentForm(page).getByLabel('Votre commentaire')).toHaveValue(
      'Un texte que je ne veux pas perdre.',
    )
    await expect(thread(page, 1)).toBeVisible()

    await clearScenario(page)
    await commentForm(page).getByRole('button', { name: 'Réessayer' }).click()
    await expect(thread(page, 2).getByRole('article', { name: 'Patiente Scénario' })).toHaveCount(1)
    await expect(commentForm(page).getByLabel('Votre commentaire')).toHaveValue('')
    await expect(commentForm(page).getByRole('alert')).toHaveCount(0)
  })

  test('post-validation: the server’s messages show under the fields, the first one has focus', async ({
    page,
  }) => {
    await page.goto(withSettings(articleUrl, { scenario: 'post-validation' }))
    await expect(thread(page, 1)).toBeVisible()
    await fillComment(page, 'Homonyme', 'Voyez https://exemple.ca/promo')
    await publish(page)

    const form = commentForm(page)
    const name = form.getByLabel('Votre nom')
    const body = form.getByLabel('Votre commentaire')
    await expect(form.getByRole('alert')).toContainText(/^Votre commentaire n’a pas été publié\./)
    await expect(name).toHaveAttribute('aria-invalid', 'true')
    await expect(name).toHaveAccessibleDescription(/Ce nom est déjà utilisé par un autre lecteur\./)
    await expect(body).toHaveAttribute('aria-invalid', 'true')
    await expect(body).toHaveAccessibleDescription(
      /Ce commentaire contient un lien refusé par la modération\./,
    )
    await expect(form.getByText('Ce nom est déjà utilisé par un autre lecteur.')).toBeVisible()
    await expect(form.getByText('Ce commentaire contient un lien refusé par la modération.')).toBeVisible()
    await expect(name).toBeFocused()
    await expect(name).toHaveValue('Homonyme')
    await expect(body).toHaveValue('Voyez https://exemple.ca/promo')
    await expect(thread(page, 1)).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('rate-limited: the wait before posting again, the text kept, the button disabled', async ({
    page,
  }) => {
    await page.goto(withSettings(articleUrl, { scenario: 'rate-limited' }))
    await expect(thread(page, 1)).toBeVisible()
    await fillComment(page, 'Prolixe', 'Encore un commentaire.')
    await publish(page)

    const form = commentForm(page)
    const alert = form.getByRole('alert')
    await expect(alert).toContainText(/^Votre commentaire n’a pas été publié\./)
    await expect(alert).toContainText(/Vous pourrez publier de nouveau dans \d+\s+secondes/)
    const seconds = Number(/dans (\d+)/.exec((await alert.textContent()) ?? '')?.[1])
    expect(seconds).toBeGreaterThan(20)
    expect(seconds).toBeLessThanOrEqual(30)
    await expect(form.getByLabel('Votre commentaire')).toHaveValue('Encore un commentaire.')
    const submit = form.getByRole('button', { name: 'Publier le commentaire' })
    await expect(submit).toHaveAttribute('aria-disabled', 'true')

    // Asking again (Ctrl + Entrée) sends nothing and keeps everything.
    await form.getByLabel('Votre commentaire').press('Control+Enter')
    await expect(alert).toContainText(/Vous pourrez publier de nouveau dans \d+\s+secondes/)
    await expect(thread(page, 1)).toBeVisible()
    await expect(form.getByLabel('Votre commentaire')).toHaveValue('Encore un commentaire.')
    await expectNoAxeViolations(page)
  })

  test('malformed: "réponse illisible" in the list, a clear error page for an article, no white screen', async ({
    page,
  }) => {
    await page.goto(withSettings('/', { scenario: 'malformed' }))
    const error = regionError(page)
    await expect(error).toBeVisible()
    await expect(error).toContainText(/réponse illisible/)
    await expect(error.getByRole('button', { name: 'Réessayer' })).toBeVisible()
    await expect(page.getByRole('banner')).toBeVisible()
    await expect(homeLink(page)).toBeVisible()
    await expect(listHeading(page)).toBeVisible()
    await expect(await openSearch(page)).toBeVisible()
    await expectNoAxeViolations(page)

    // An article (its answer is a proxy's HTML page): a clear error page, and "Réessayer" works.
    await page.goto(articleUrl)
    const pageError = page.getByRole('alert').filter({
      has: page.getByRole('heading', { level: 1, name: 'Un problème est survenu' }),
    })
    await expect(pageError).toBeVisible(AFTER_RETRIES)
    await expect(pageError).toContainText(/Le serveur a rencontré une erreur\./)
    await expect(page.getByRole('banner')).toBeVisible()
    await expect(page).toHaveTitle('Un problème est survenu — Chronique')
    await expectNoAxeViolations(page)

    await clearScenario(page)
    await pageError.getByRole('button', { name: 'Réessayer' }).click()
    await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeVisible()
  })

  test('huge-thread: 5 000 comments, the first page, "Voir plus de commentaires" loads the rest', async ({
    page,
  }) => {
    await page.goto(withSettings(articleUrl, { scenario: 'huge-thread' }))
    const comments = thread(page)
    const heading = comments.getByRole('heading', { level: 2, name: /^Commentaires \(/ })
    await expect(heading).toHaveText(/^Commentaires \(\d[\d\s]*\)$/)
    expect(readNumber(await heading.textContent())).toBeGreaterThanOrEqual(5000)

    const shown = comments.getByRole('article')
    await expect(shown.first()).toBeVisible()
    // A thread this long is windowed: the first page renders its first comments (five top-level ones
    // and their replies), the rest of the page stands in until the reader nears it.
    const firstPage = await shown.count()
    expect(firstPage).toBeGreaterThanOrEqual(5)
    expect(firstPage).toBeLessThan(5000)

    const remaining = comments.getByText(/^\d[\d\s]*\scommentaires restants$/)
    const more = comments.getByRole('button', { name: 'Voir plus de commentaires' })
    let before = readNumber(await remaining.textContent())
    expect(before).toBeGreaterThan(0)
    for (let round = 0; round < 2; round++) {
      await more.click()
      await expect
        .poll(async () => readNumber(await remaining.textContent()), { message: 'comments left' })
        .toBeLessThan(before)
      await expect(more).toBeEnabled()
      before = readNumber(await remaining.textContent())
    }
    await expect(
      comments.getByText(/^Commentaires 6 à \d[\d\s]* et leurs réponses masqués pour alléger la page$/),
    ).toBeAttached()

    // Still fluid: two frames come quickly, and typing shows at once.
    const twoFrames = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const start = performance.now()
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)))
        }),
    )
    expect(twoFrames, 'ms for two frames').toBeLessThan(500)
    await commentForm(page).getByLabel('Votre commentaire').fill('Le fil reste fluide.')
    await expect(commentForm(page).getByLabel('Votre commentaire')).toHaveValue('Le fil reste fluide.')
  })

  test('deep-thread: the 50th level is there, lined up, saying whom it answers', async ({ page }) => {
    await page.goto(withSettings(articleUrl, { scenario: 'deep-thread' }))
    const comments = thread(page, 52)
    await expect(comments.getByRole('article', { name: 'Chantal Roy' })).toBeVisible()

    const deepest = comments.getByRole('article').filter({ hasText: 'Réponse de niveau 50.' })
    await deepest.scrollIntoViewIfNeeded()
    await expect(deepest).toBeVisible()
    await expect(deepest).toHaveAccessibleName('Alice Bergeron')
    await expect(deepest).toContainText(/en réponse à\s*Benoît Lavoie/)
    await expect(comments.getByRole('article', { name: 'Denis Côté' })).toBeVisible()

    // Lined up at the third level: not 50 levels of indentation.
    const top = (await comments.getByRole('article', { name: 'Chantal Roy' }).boundingBox())!
    const third = (await comments
      .getByRole('article')
      .filter({ hasText: 'Réponse de niveau 3.' })
      .boundingBox())!
    const box = (await deepest.boundingBox())!
    expect(box.x).toBeCloseTo(third.x, 0)
    expect(box.width).toBeGreaterThan(top.width / 2)
    await expectNoHorizontalScroll(page)
  })

  test('xss: hostile content shows as text, nothing runs, no script links', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, '__xss', {
        set(value: unknown) {
          ;(window as unknown as { __xssFired?: unknown }).__xssFired = value
        },
        get() {
          return undefined
        },
        configurable: true,
      })
    })
    const fired = () => page.evaluate(() => (window as unknown as { __xssFired?: unknown }).__xssFired)

    await page.goto(withSettings('/', { scenario: 'xss' }))
    await expect(listArticles(page)).toHaveCount(12)
    await expect(
      page.getByRole('link', { name: `<img src=x onerror="window.__xss='titre'"> ${seedArticle.title}` }),
    ).toBeVisible()
    await expect(page.getByText('<script>window.__xss="résumé"</script>', { exact: false })).toBeVisible()

    await page.getByRole('link', { name: /^<img src=x onerror=/ }).click()
    const title = page.getByRole('heading', { level: 1 })
    await expect(title).toContainText('<img src=x onerror=')
    await expect(title).toContainText(seedArticle.title)

    const comments = thread(page, 10)
    const scriptComment = comments.getByRole('article', { name: '<script>window.__xss = "script"</script>' })
    await expect(scriptComment).toBeVisible()
    await expect(scriptComment).toContainText('<script>window.__xss = "script"</script>')
    await expect(
      comments.getByRole('article', { name: '<a href="javascript:window.__xss=\'a\'">clic</a>' }),
    ).toBeVisible()
    await expect(page.getByText('Crédit piégé', { exact: false })).toContainText('<b onmouseover=')

    // The related links and the author's links that are not web addresses are plain text.
    const related = page.getByRole('region', { name: 'À lire aussi sur le sujet' })
    await expect(related.getByText('Lien data')).toBeVisible()
    await expect(related.getByRole('link', { name: /Lien data|Lien javascript/ })).toHaveCount(0)
    await expect(page.getByRole('link', { name: /piégé/ })).toHaveCount(0)
    await expect(page.locator('a[href^="javascript:" i], a[href^="data:" i]')).toHaveCount(0)
    await expect(page.locator('[onerror], [onload], [onclick], [onmouseover]')).toHaveCount(0)
    await expect(page.locator('main iframe, main script')).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Envoyer', exact: true })).toHaveCount(0)

    // Poking at what a hostile handler would have used changes nothing.
    await page.getByText('Paragraphe avec gestionnaire').click()
    await page.getByText('Crédit piégé', { exact: false }).hover()
    expect(await fired(), 'a hostile script ran').toBeUndefined()
    await expectNoAxeViolations(page)
    expect(await fired(), 'a hostile script ran').toBeUndefined()

    // The trap itself works: any write to window.__xss would have been seen.
    await page.evaluate(() => {
      ;(window as unknown as { __xss?: unknown }).__xss = 'sonde'
    })
    expect(await fired()).toBe('sonde')
  })

  test('a per-endpoint rule: posting fails with a 503 while reading works', async ({ page }) => {
    await page.goto(withSettings(articleUrl, { 'mock-rule': 'POST /articles/*/comments 503 0' }))
    await expect(page).not.toHaveURL(/mock-rule=/)
    await expectSeedArticleReadable(page)
    await expect(thread(page, 1).getByRole('article', { name: 'Sylvie Gagnon' })).toBeVisible()

    await fillComment(page, 'Règle', 'Refusé par la règle.')
    await publish(page)
    const alert = commentForm(page).getByRole('alert')
    await expect(alert).toContainText(/^Votre commentaire n’a pas été publié\./)
    await expect(alert).toContainText(/Le serveur a rencontré une erreur\./)
    await expect(commentForm(page).getByLabel('Votre commentaire')).toHaveValue('Refusé par la règle.')

    // Reading still works: another article, and the list.
    await homeLink(page).click()
    await expect(listArticles(page)).toHaveCount(12)
    const other = listArticles(page).nth(1).getByRole('link')
    const otherTitle = (await other.textContent()) ?? ''
    await other.click()
    await expect(page.getByRole('heading', { level: 1, name: otherTitle })).toBeVisible()
    await expect(thread(page)).toBeVisible()
  })

  test('a per-endpoint rule: the categories fail, the list shows without them', async ({ page }) => {
    const failedCategories: number[] = []
    page.on('response', (response) => {
      if (new URL(response.url()).pathname === '/api/categories') failedCategories.push(response.status())
    })
    await page.goto(withSettings('/', { 'mock-rule': 'GET /categories 500' }))
    await expect(listArticles(page)).toHaveCount(12)
    await expect(listHeading(page)).toBeVisible()
    // The categories are tried three times (two retries), then left out quietly.
    await expect
      .poll(() => failedCategories.filter((status) => status === 500).length, AFTER_RETRIES)
      .toBeGreaterThanOrEqual(3)
    await expect(page.getByRole('navigation', { name: 'Catégories' })).toHaveCount(0)
    await expect(page.getByRole('alert')).toHaveCount(0)
    await expect(listArticles(page)).toHaveCount(12)
  })

  test('combined: slow and comments-error, the article loads and the thread shows its error', async ({
    page,
  }) => {
    await page.goto(withSettings(articleUrl, { scenario: 'slow,comments-error', latency: '300' }))
    await expectSeedArticleReadable(page)
    const error = thread(page, 1).getByRole('alert', { name: 'Les commentaires n’ont pas pu être chargés.' })
    await expect(error).toBeVisible(AFTER_RETRIES)
    await expect(error.getByRole('button', { name: 'Réessayer' })).toBeVisible()
    await expectSeedArticleReadable(page)
  })

  test('a scenario survives navigation and a reload, and leaves the URL', async ({ page }) => {
    await page.goto(withSettings('/', { scenario: 'article-404' }))
    await expect(listArticles(page)).toHaveCount(12)
    await expect(page).not.toHaveURL(/scenario=/)

    await page.reload()
    await expect(listArticles(page)).toHaveCount(12)
    await expect(page).not.toHaveURL(/scenario=/)
    await listArticles(page).first().getByRole('link').click()
    await expect(page).toHaveURL(articleUrl)
    await expect(page.getByRole('heading', { level: 1, name: 'Article introuvable' })).toBeVisible()

    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'Article introuvable' })).toBeVisible()
  })
})

test.describe('mock scenarios at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } })

  test('deep-thread: the 50th level reads without sideways scrolling', async ({ page }) => {
    await page.goto(withSettings(articleUrl, { scenario: 'deep-thread' }))
    const deepest = thread(page, 52).getByRole('article').filter({ hasText: 'Réponse de niveau 50.' })
    await deepest.scrollIntoViewIfNeeded()
    await expect(deepest).toBeInViewport()
    await expect(deepest).toContainText(/en réponse à\s*Benoît Lavoie/)
    await expectNoHorizontalScroll(page)
    const box = (await deepest.boundingBox())!
    expect(box.x + box.width).toBeLessThanOrEqual(320)
  })

  test('unicode: right-to-left, emoji and long names render, nothing scrolls sideways', async ({ page }) => {
    await page.goto(withSettings('/', { scenario: 'unicode' }))
    await expect(listArticles(page)).toHaveCount(12)
    await expect(listArticles(page).first()).toContainText('Anticonstitutionnellement')
    await expectNoHorizontalScroll(page)

    await listArticles(page).first().getByRole('link').click()
    await expect(page.getByRole('heading', { level: 1 })).toContainText(seedArticle.title)
    const comments = thread(page, 6)
    await expect(comments.getByRole('article', { name: 'مريم الحسيني' })).toBeVisible()
    await expect(comments.getByRole('article', { name: 'שרה כהן' })).toBeVisible()
    const family = comments.getByRole('article', { name: /Famille/ })
    await expect(family).toHaveAccessibleName('Famille 👩‍👩‍👧‍👦 Tremblay')
    await expect(family).toContainText('🇨🇦')
    await expect(comments.getByRole('article', { name: 'Mot interminable' })).toBeVisible()
    await expectNoHorizontalScroll(page)
    await expectNoAxeViolations(page)
  })
})

/**
 * In the flaky scenario a region may still fail after its retries: it then shows its error, whose
 * "Réessayer" must bring the content. Presses it until the content shows (a few times at most).
 */
async function showDespiteErrors(page: Page, content: Locator, errorTitle?: string) {
  const error = errorTitle ? regionError(page, errorTitle) : page.getByRole('alert')
  for (let attempt = 0; attempt < 4; attempt++) {
    await expect(content.or(error.first())).toBeVisible(AFTER_RETRIES)
    if (await content.isVisible()) return
    await expect(error.first()).toContainText(/Le serveur a rencontré une erreur\./)
    await error.first().getByRole('button', { name: 'Réessayer' }).click()
  }
  await expect(content).toBeVisible(AFTER_RETRIES)
}
