import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, test } from 'vitest'
import { server } from '../mocks/node'
import { findPageHeading, renderApp, seedArticle } from './render-app'

describe('the article list', () => {
  test('shows the newest articles first, the first as the lead, with their covers and meta line', async () => {
    renderApp('/')
    await findPageHeading('Chronique Le meilleur des magazines en ligne, à lire et à commenter')
    const cards = await screen.findAllByRole('article')
    expect(cards).toHaveLength(12)
    const first = cards[0]!
    expect(within(first).getByRole('link', { name: seedArticle.title })).toHaveAttribute(
      'href',
      `/articles/${seedArticle.slug}`,
    )
    expect(within(first).getByText('8 mars 2016')).toHaveAttribute('datetime', '2016-03-08T14:05:00Z')
    expect(within(first).getByText('Par Raymond Morin')).toBeInTheDocument()
    expect(within(first).getByText('1 commentaire')).toBeInTheDocument()
    // No rating yet: the card says nothing of it (a rated card shows its average).
    expect(within(first).queryByText('Aucune évaluation')).not.toBeInTheDocument()
    expect(within(first).getByText(/min de lecture/)).toBeInTheDocument()
    // The lead's cover is the first screen's image; the others load as the reader nears them.
    // Covers are decoration in a list (the title says what the story is): images with an empty alt.
    const leadCover = within(first).getByRole('presentation')
    expect(leadCover).toHaveAttribute('fetchpriority', 'high')
    expect(leadCover).toHaveAttribute('width', '1200')
    expect(leadCover).toHaveAttribute('height', '675')
    expect(leadCover).not.toHaveAttribute('loading', 'lazy')
    const laterCovers = cards.slice(1).flatMap((card) => within(card).queryAllByRole('presentation'))
    expect(laterCovers.length).toBeGreaterThan(0)
    for (const cover of laterCovers) expect(cover).toHaveAttribute('loading', 'lazy')
    expect(within(cards[1]!).queryByText(/min de lecture/)).not.toBeInTheDocument()
    expect(screen.getByText(/^\d+\s+articles — page 1 sur \d$/)).toHaveAttribute('role', 'status')
  })

  test('goes to the next page through the pagination, with the page in the URL', async () => {
    const { user } = renderApp('/')
    const pagination = await screen.findByRole('navigation', { name: 'Pagination' })
    expect(within(pagination).getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page')
    await user.click(within(pagination).getByRole('link', { name: /Page suivante/ }))
    expect(await screen.findByText(/— page 2 sur/)).toBeInTheDocument()
    expect(window.location.search).toBe('?page=2')
    expect(screen.queryByRole('link', { name: seedArticle.title })).not.toBeInTheDocument()
    expect(
      within(screen.getByRole('navigation', { name: 'Pagination' })).getByRole('link', { name: 'Page 2' }),
    ).toHaveAttribute('aria-current', 'page')
  })

  test('finds an article whatever the accents and case of the search', async () => {
    const { user } = renderApp('/')
    await screen.findAllByRole('article')
    await user.type(
      screen.getByRole('searchbox', { name: 'Rechercher un article' }),
      'QUEBEC toujours en GARE{Enter}',
    )
    await findPageHeading('Résultats pour «\u00a0QUEBEC toujours en GARE\u00a0»')
    expect(await screen.findByRole('link', { name: seedArticle.title })).toBeInTheDocument()
    expect(screen.getAllByRole('article')).toHaveLength(1)
    expect(new URLSearchParams(window.location.search).get('q')).toBe('QUEBEC toujours en GARE')
    // Focus stays in the field so the reader can refine the search; the status line announces the count.
    expect(screen.getByRole('searchbox', { name: 'Rechercher un article' })).toHaveFocus()
  })

  test('says so when nothing matches, and offers the whole list', async () => {
    const { user } = renderApp('/?q=zzzzqqq')
    expect(await screen.findByText('Aucun article trouvé')).toBeInTheDocument()
    expect(screen.getByText(/Aucun article ne correspond à « zzzzqqq »/)).toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: 'Voir tous les articles' }))
    expect(await screen.findAllByRole('article')).toHaveLength(12)
  })

  test('filters by category', async () => {
    const { user } = renderApp('/')
    const categories = await screen.findByRole('navigation', { name: 'Catégories' })
    await user.click(within(categories).getByRole('link', { name: /^Médias sociaux/ }))
    expect(
      await within(screen.getByRole('navigation', { name: 'Catégories' })).findByRole('link', {
        name: /^Médias sociaux/,
      }),
    ).toHaveAttribute('aria-current', 'page')
    const cards = await screen.findAllByRole('article')
    for (const card of cards) expect(within(card).getByText('Médias sociaux')).toBeInTheDocument()
    expect(window.location.search).toBe('?category=medias-sociaux')
  })

  test('shows an error in the list with a retry that really fetches again', async () => {
    server.use(
      http.get(
        '*/api/articles',
        () => HttpResponse.json({ error: { code: 'internal', message: 'boom' } }, { status: 500 }),
        {
          once: true,
        },
      ),
    )
    const { user } = renderApp('/')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Le serveur a rencontré une erreur')
    // The rest of the page (heading, search) is still there.
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: 'Chronique Le meilleur des magazines en ligne, à lire et à commenter',
      }),
    ).toBeInTheDocument()
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }))
    expect(await screen.findAllByRole('article')).toHaveLength(12)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  test('explains a malformed answer instead of showing broken cards', async () => {
    server.use(http.get('*/api/articles', () => HttpResponse.json({ items: [{ slug: 1 }], page: 1 })))
    renderApp('/')
    expect(await screen.findByRole('alert')).toHaveTextContent('réponse illisible')
    expect(screen.queryByRole('article')).not.toBeInTheDocument()
  })

  test('a page past the end says so and links to the first page', async () => {
    renderApp('/?page=99')
    expect(await screen.findByText(/Cette page n’existe pas/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Aller à la première page' })).toHaveAttribute('href', '/')
  })

  test('opening an article moves focus to its title', async () => {
    const { user } = renderApp('/')
    await user.click(await screen.findByRole('link', { name: seedArticle.title }))
    const heading = await findPageHeading(seedArticle.title)
    expect(heading).toHaveFocus()
    expect(document.title).toBe(`${seedArticle.title} — Chronique`)
  })
})
