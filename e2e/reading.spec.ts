import {
  expect,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  frontPageHeading,
  openSearch,
  seedArticle,
  test,
} from './fixtures'

test.describe('reading an article', () => {
  test('a reader searches, opens the seed article, reads its bio and related links, and follows an internal link', async ({
    page,
  }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: frontPageHeading.fr })).toBeVisible()
    await expect(page.getByRole('article')).toHaveCount(12)
    // axe on the front page and the article: e2e/layout.spec.ts, in both themes.
    await expectNoHorizontalScroll(page)

    const search = await openSearch(page)
    await search.fill('quebec en gare')
    await search.press('Enter')
    await expect(page).toHaveURL(/\?q=quebec\+en\+gare$/)
    await expect(page.getByRole('status').filter({ hasText: 'article' })).toHaveText(/^1\s+article/)

    await page.getByRole('link', { name: seedArticle.title }).click()
    await expect(page).toHaveURL(`/articles/${seedArticle.slug}`)
    const title = page.getByRole('heading', { level: 1, name: seedArticle.title })
    await expect(title).toBeFocused()
    await expect(page).toHaveTitle(`${seedArticle.title} — Chronique`)

    // The body went through the browser's sanitiser and kept its structure.
    const article = page.getByRole('article', { name: seedArticle.title })
    await expect(article.getByRole('heading', { level: 2 })).toHaveText([
      'Un retard qui risque de coûter une fortune aux contribuables',
      'L’évangélisation nécessaire des dirigeants',
      'Une nouvelle approche de marketing qui s’apprivoise',
      'L’espoir repose sur la collectivité et les nouvelles générations',
      'À propos de l’auteur',
      'À lire aussi sur le sujet',
    ])
    const cover = article.getByRole('img', { name: /Illustration de l’entreprise numérique/ })
    await expect(cover).toBeVisible()
    await expect
      .poll(() => cover.evaluate((image: HTMLImageElement) => image.naturalWidth))
      .toBeGreaterThan(0)
    await expect(article.getByText('Photo: ©Paul Labelle Photographe inc.')).toBeVisible()

    const bio = page.getByRole('region', { name: 'À propos de l’auteur' })
    await expect(bio.getByText('Consultant senior Stratégies Web/médias sociaux')).toBeVisible()
    await expect(
      bio.getByRole('link', { name: 'Ses chroniques sur Isarta Infos (site externe)' }),
    ).toBeVisible()

    const related = page.getByRole('region', { name: 'À lire aussi sur le sujet' }).getByRole('link')
    await expect(related).toHaveCount(3)
    for (const link of await related.all()) {
      await expect(link).toHaveAccessibleName(/\(site externe\)$/)
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    }
    await expect(page.getByRole('heading', { level: 2, name: 'Commentaires (1)' })).toBeVisible()
    await expectNoHorizontalScroll(page)

    // An internal link: the author's page, inside the app.
    await bio.getByRole('link', { name: 'Tous les articles de Raymond Morin' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Raymond Morin' })).toBeFocused()
    await expect(
      page
        .getByRole('region', { name: 'Articles de Raymond Morin' })
        .getByRole('link', { name: seedArticle.title }),
    ).toBeVisible()
    await expectNoAxeViolations(page)

    await page.goBack()
    await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeVisible()
  })

  test('a deep link to an article survives a reload', async ({ page }) => {
    await page.goto(`/articles/${seedArticle.slug}`)
    await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeVisible()
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeVisible()
    await expect(page.getByRole('region', { name: 'À propos de l’auteur' })).toBeVisible()
  })

  test('"Retour en haut de la page" is there at the end, scrolls up and moves focus to the top', async ({
    page,
  }) => {
    await page.goto(`/articles/${seedArticle.slug}`)
    await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeVisible()
    const backToTop = page.getByRole('button', { name: 'Retour en haut de la page' })
    await expect(backToTop).toBeHidden()

    // Down to the page's footer; the thread's code comes in as the reader nears it and the page grows,
    // so, once its form is there, on to the very end, where the footer keeps room for the button (a
    // little above, it may step aside for the form).
    await page.getByRole('contentinfo').scrollIntoViewIfNeeded()
    await expect(page.getByRole('button', { name: 'Publier le commentaire' })).toBeAttached()
    await page.mouse.wheel(0, 10_000)
    await expect(backToTop).toBeVisible()
    await expect(backToTop).toBeInViewport()
    const box = await backToTop.boundingBox()
    expect(box!.width).toBeGreaterThanOrEqual(44)
    expect(box!.height).toBeGreaterThanOrEqual(44)

    await backToTop.click()
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0)
    await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeFocused()
    await expect(backToTop).toBeHidden()
  })

  test('an unknown address shows a not-found page with a way home', async ({ page }) => {
    await page.goto('/nulle-part')
    await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible()
    await expectNoAxeViolations(page)
    await page.getByRole('link', { name: 'Retour à l’accueil' }).click()
    await expect(page.getByRole('heading', { level: 1, name: frontPageHeading.fr })).toBeFocused()
  })

  test('an article the API does not know shows "Article introuvable"', async ({ page }) => {
    await page.goto('/articles/inexistant')
    await expect(page.getByRole('heading', { level: 1, name: 'Article introuvable' })).toBeVisible()
    await expectNoAxeViolations(page)
  })
})

test.describe('browsing the list', () => {
  test('changes page, and back returns to the same list at the same scroll position', async ({ page }) => {
    await page.goto('/')
    const pagination = page.getByRole('navigation', { name: 'Pagination' })
    await pagination.getByRole('link', { name: /Page suivante/ }).click()
    await expect(page).toHaveURL('/?page=2')
    await expect(pagination.getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page')
    await expect(page.getByRole('status').filter({ hasText: 'page 2 sur' })).toBeVisible()

    const fifth = page.getByRole('article').nth(5)
    await fifth.scrollIntoViewIfNeeded()
    const scrolled = await page.evaluate(() => window.scrollY)
    expect(scrolled).toBeGreaterThan(300)
    const title = (await fifth.getByRole('heading').textContent())!
    await fifth.getByRole('link').click()
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0)

    await page.goBack()
    await expect(page).toHaveURL('/?page=2')
    await expect(page.getByRole('link', { name: title })).toBeVisible()
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled - 50)
    expect(await page.evaluate(() => window.scrollY)).toBeLessThan(scrolled + 50)
  })

  test('filters by category, and the filter is in the URL', async ({ page }) => {
    await page.goto('/')
    await page
      .getByRole('navigation', { name: 'Catégories' })
      .getByRole('link', { name: /^Technologie/ })
      .click()
    await expect(page).toHaveURL('/?category=technologie')
    await expect(page.getByRole('article').first()).toContainText('Technologie')
    await expectNoAxeViolations(page)
  })
})

test.describe('small screens', () => {
  test.use({ viewport: { width: 320, height: 640 } })

  test('nothing scrolls sideways at 320 px', async ({ page }) => {
    for (const url of ['/', `/articles/${seedArticle.slug}`, '/auteurs/raymond-morin', '/nulle-part']) {
      await page.goto(url)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expectNoHorizontalScroll(page)
    }
  })
})

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' })

  test('the list and the article keep AA contrast', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('article')).toHaveCount(12)
    await expectNoAxeViolations(page)
    await page.goto(`/articles/${seedArticle.slug}`)
    await expect(page.getByRole('heading', { level: 2, name: 'Commentaires (1)' })).toBeVisible()
    await expectNoAxeViolations(page)
  })
})
