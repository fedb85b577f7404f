/** Faults from the API or the network: each stays in its region, explained, with a way forward. */
import { onlineManager } from '@tanstack/react-query'
import { act, screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, test } from 'vitest'
import { server } from '../mocks/node'
import { findPageHeading, renderApp, renderAppWithRetries, seedArticle } from './render-app'

const articleUrl = `/articles/${seedArticle.slug}`

describe('faults', () => {
  test('an article the publisher withdrew (410) says so, with no retry and a way home', async () => {
    server.use(
      http.get('*/api/articles/:slug', () =>
        HttpResponse.json({ error: { code: 'gone', message: 'Retiré' } }, { status: 410 }),
      ),
    )
    renderApp(articleUrl)
    await findPageHeading('Cet article a été retiré')
    expect(screen.getByRole('link', { name: 'Retour à l’accueil' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Réessayer' })).not.toBeInTheDocument()
  })

  test('a 503 is retried a few times before the error shows', async () => {
    let calls = 0
    server.use(
      http.get('*/api/articles', () => {
        calls++
        return HttpResponse.json({ error: { code: 'internal', message: 'x' } }, { status: 503 })
      }),
    )
    renderAppWithRetries('/')
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      'Le serveur a rencontré une erreur',
    )
    expect(calls).toBe(3)
  })

  test('a 404 is not retried', async () => {
    let calls = 0
    server.use(
      http.get('*/api/articles/:slug', () => {
        calls++
        return HttpResponse.json({ error: { code: 'not_found', message: 'x' } }, { status: 404 })
      }),
    )
    renderAppWithRetries(articleUrl)
    await findPageHeading('Article introuvable')
    expect(calls).toBe(1)
  })

  test('offline, a notice explains the wait; back online, it says so and loads what was waiting', async () => {
    act(() => onlineManager.setOnline(false))
    try {
      renderApp('/')
      expect(await screen.findByText(/Vous êtes hors ligne/)).toBeInTheDocument()
      expect(screen.queryByRole('article')).not.toBeInTheDocument()
    } finally {
      act(() => onlineManager.setOnline(true))
    }
    expect(await screen.findAllByRole('article')).toHaveLength(12)
    expect(screen.queryByText(/Vous êtes hors ligne/)).not.toBeInTheDocument()
    expect(await screen.findByText('Connexion rétablie.')).toBeInTheDocument()
  })

  test('offline, an article never opened here says it is not kept for offline reading; online, the server is unreachable', async () => {
    server.use(http.get('*/api/articles/:slug', () => HttpResponse.error()))
    act(() => onlineManager.setOnline(false))
    try {
      const { unmount } = renderApp(articleUrl)
      expect(await screen.findByRole('alert')).toHaveTextContent(
        'Vous êtes hors ligne, et cette page n’a pas encore été ouverte sur cet appareil',
      )
      unmount()
    } finally {
      act(() => onlineManager.setOnline(true))
    }
    renderApp(articleUrl)
    expect(await screen.findByRole('alert')).toHaveTextContent('Impossible de joindre le serveur.')
  })

  test('duplicate comment ids across pages show once; orphan replies and cycles neither crash nor vanish', async () => {
    const comment = (id: string, authorName: string, parentId: string | null, replies: unknown[] = []) => ({
      id,
      parentId,
      authorName,
      body: `Texte de ${authorName}`,
      createdAt: '2016-03-08T15:00:00Z',
      replies,
    })
    const cyclic = comment('cy', 'Boucle', null) as ReturnType<typeof comment> & { replies: unknown[] }
    cyclic.replies.push(cyclic)
    let page = 0
    server.use(
      http.get('*/api/articles/:slug/comments', () => {
        page++
        return page === 1
          ? HttpResponse.json({
              items: [comment('a', 'Alice', null), comment('b', 'Bruno', null)],
              nextCursor: 'p2',
              total: 5,
            })
          : HttpResponse.json({
              items: [
                comment('b', 'Bruno', null),
                comment('o', 'Orpheline', 'parent-disparu'),
                { ...cyclic, replies: [comment('cy', 'Boucle', 'cy')] },
              ],
              nextCursor: null,
              total: 5,
            })
      }),
    )
    const { user } = renderApp(articleUrl)
    const thread = await screen.findByRole('region', { name: 'Commentaires (5)', busy: false })
    await user.click(within(thread).getByRole('button', { name: 'Voir plus de commentaires' }))
    expect(await within(thread).findByRole('article', { name: 'Orpheline' })).toBeInTheDocument()
    expect(within(thread).getAllByRole('article', { name: 'Bruno' })).toHaveLength(1)
    expect(within(thread).getAllByRole('article', { name: 'Boucle' })).toHaveLength(1)
  })
})
