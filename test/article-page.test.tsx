import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, test } from 'vitest'
import { seedArticles } from '../mocks/data/seed-catalogue'
import { db, toArticle } from '../mocks/db'
import { server } from '../mocks/node'
import { findPageHeading, renderApp, seedArticle } from './render-app'

const articleUrl = `/articles/${seedArticle.slug}`

describe('the article page', () => {
  test('shows the seed article: title, byline, cover, the photo credit at the end, and every section', async () => {
    renderApp(articleUrl)
    await findPageHeading(seedArticle.title)
    expect(document.title).toBe(`${seedArticle.title} — Chronique`)

    const byline = screen.getByText(/^Par\b/, { selector: 'span' })
    expect(within(byline).getByRole('link', { name: 'Raymond Morin' })).toHaveAttribute(
      'href',
      '/auteurs/raymond-morin',
    )
    expect(screen.getByText('8 mars 2016')).toHaveAttribute('datetime', '2016-03-08T14:05:00Z')
    expect(screen.getByText(/\d+\s+min de lecture/)).toBeInTheDocument()
    expect(screen.getAllByText('Aucune évaluation')[0]).toBeInTheDocument()

    const cover = screen.getByRole('img', { name: /Illustration de l’entreprise numérique/ })
    expect(cover).toHaveAttribute('width', '1200')
    expect(cover).toHaveAttribute('fetchpriority', 'high')
    // The credit is the author's portrait's (in the body), where the magazine had it: at the end,
    // after the related links (loaded below the fold, a moment later); the cover has no caption.
    const credit = screen.getByText('Photo: ©Paul Labelle Photographe inc.')
    const related = await screen.findByRole('region', { name: 'À lire aussi sur le sujet' })
    expect(related.compareDocumentPosition(credit) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(within(screen.getByRole('figure')).queryByText(/Photo/)).not.toBeInTheDocument()

    const article = screen.getByRole('article', { name: seedArticle.title })
    expect(
      await within(article).findByText(/L’équipe d’Isarta Infos est heureuse de collaborer/),
    ).toBeInTheDocument()
    for (const section of [
      'Un retard qui risque de coûter une fortune aux contribuables',
      'L’évangélisation nécessaire des dirigeants',
      'Une nouvelle approche de marketing qui s’apprivoise',
      'L’espoir repose sur la collectivité et les nouvelles générations',
    ]) {
      expect(within(article).getByRole('heading', { level: 2, name: section })).toBeInTheDocument()
    }
    expect(within(article).getByRole('img', { name: /Portrait de Raymond Morin/ })).toHaveAttribute(
      'loading',
      'lazy',
    )
  })

  test('shows the author bio, linking to the author page', async () => {
    renderApp(articleUrl)
    const bio = await screen.findByRole('region', { name: 'À propos de l’auteur', busy: false })
    expect(within(bio).getByRole('link', { name: 'Raymond Morin' })).toHaveAttribute(
      'href',
      '/auteurs/raymond-morin',
    )
    expect(within(bio).getByText('Consultant senior Stratégies Web/médias sociaux')).toBeInTheDocument()
    expect(
      within(bio).getByText(/accompagne les entreprises qui prennent le virage numérique/),
    ).toBeInTheDocument()
    expect(
      within(bio).getByRole('link', { name: /^Ses chroniques sur Isarta Infos\s*\(site externe\)$/ }),
    ).toHaveAttribute('rel', 'noopener noreferrer')
    expect(within(bio).getByRole('link', { name: 'Tous les articles de Raymond Morin' })).toBeInTheDocument()
  })

  test('lists the three related links, marked as external', async () => {
    renderApp(articleUrl)
    const related = await screen.findByRole('region', { name: 'À lire aussi sur le sujet', busy: false })
    const links = within(related).getAllByRole('link')
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'http://www.pmenumerique.ca/les-6-cles-de-ladoption-du-numerique/',
      'http://www.technomontreal.com/fr/actualites/nouvelles/la-prosp-rit-du-qu-bec-passe-par-le-num-rique',
      'http://www.cefrio.qc.ca/netendances/les-modes-de-communication-au-quebec-le-mobile-et-le-web-nez-a-nez/le-web-comme-outil-pour-communiquer-avec-ses-proches/',
    ])
    for (const link of links) {
      expect(link).toHaveAccessibleName(/\(site externe\)$/)
      expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    }
  })

  test('follows an internal related link inside the app and focuses the new title', async () => {
    const from = seedArticles.find((article) => article.related.some((link) => link.articleSlug))!
    const link = from.related.find((related) => related.articleSlug)!
    const { user } = renderApp(`/articles/${from.slug}`)
    const related = await screen.findByRole('region', { name: 'À lire aussi sur le sujet', busy: false })
    await user.click(within(related).getByRole('link', { name: link.title }))
    expect(await findPageHeading(link.title)).toHaveFocus()
    expect(window.location.pathname).toBe(`/articles/${link.articleSlug}`)
  })

  test('shows the first page of comments under "Commentaires (N)"', async () => {
    renderApp(articleUrl)
    const thread = await screen.findByRole('region', { name: 'Commentaires (1)', busy: false })
    expect(await within(thread).findByText('Sylvie Gagnon')).toBeInTheDocument()
    expect(within(thread).getByText(/Dans ma région, plusieurs PME hésitent encore/)).toBeInTheDocument()
  })

  test('strips scripts, event handlers and javascript: links from the body', async () => {
    server.use(
      http.get('*/api/articles/:slug', () =>
        HttpResponse.json({
          ...toArticle(db.findArticle(seedArticle.slug)!),
          bodyHtml:
            '<p>Texte sûr</p><script>window.hacked = 1</script><img src="x" onerror="window.hacked = 2">' +
            '<a href="javascript:window.hacked = 3">piège</a><a href="https://example.com/">externe</a>' +
            '<iframe srcdoc="<script>parent.hacked = 4</script>"></iframe><p onclick="window.hacked = 5">clic</p>',
        }),
      ),
    )
    renderApp(articleUrl)
    const article = await screen.findByRole('article', { name: seedArticle.title })
    const body = await within(article).findByText('Texte sûr')
    // Asserting that dangerous nodes are absent needs a DOM query: no role finds a <script>.
    // eslint-disable-next-line testing-library/no-node-access
    expect(article.querySelector('script, iframe, [onerror], [onclick]')).toBeNull()
    expect(body).toBeVisible()
    expect(within(article).getByText('piège')).not.toHaveAttribute('href')
    expect(within(article).getByRole('link', { name: 'externe' })).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    )
    expect((window as { hacked?: number }).hacked).toBeUndefined()
  })

  test('says the article does not exist, with a way home, on a 404', async () => {
    renderApp('/articles/cet-article-nexiste-pas')
    await findPageHeading('Article introuvable')
    expect(screen.getByRole('link', { name: 'Retour à l’accueil' })).toHaveAttribute('href', '/')
    expect(screen.queryByRole('button', { name: 'Réessayer' })).not.toBeInTheDocument()
  })

  test('keeps the article readable when comments fail, and "Réessayer" loads them', async () => {
    server.use(
      http.get(
        '*/api/articles/:slug/comments',
        () => HttpResponse.text('<html>502 Bad Gateway</html>', { status: 502 }),
        {
          once: true,
        },
      ),
    )
    const { user } = renderApp(articleUrl)
    await findPageHeading(seedArticle.title)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Les commentaires n’ont pas pu être chargés.')
    expect(alert).toHaveTextContent('Le serveur a rencontré une erreur')
    expect(screen.getByRole('heading', { name: 'À propos de l’auteur' })).toBeInTheDocument()
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }))
    expect(await screen.findByText('Sylvie Gagnon')).toBeInTheDocument()
  })

  test('shows an error page with a working retry when the article cannot load', async () => {
    server.use(http.get('*/api/articles/:slug', () => HttpResponse.error(), { once: true }))
    const { user } = renderApp(articleUrl)
    await findPageHeading('Un problème est survenu')
    expect(screen.getByRole('alert')).toHaveTextContent('Impossible de joindre le serveur')
    await user.click(screen.getByRole('button', { name: 'Réessayer' }))
    await findPageHeading(seedArticle.title)
  })
})
