// eslint-disable-next-line testing-library/no-manual-cleanup -- the app must be gone before the clock is real again
import { act, cleanup, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, onTestFinished, test, vi } from 'vitest'
import { db } from '../mocks/db'
import { server } from '../mocks/node'
import { renderApp, seedArticle } from './render-app'

const articleUrl = `/articles/${seedArticle.slug}`

async function postComment(user: ReturnType<typeof renderApp>['user'], name: string, body: string) {
  const form = screen.getByRole('form', { name: 'Ajouter un commentaire' })
  await user.clear(within(form).getByLabelText('Votre nom'))
  await user.type(within(form).getByLabelText('Votre nom'), name)
  await user.type(within(form).getByLabelText('Votre commentaire'), body)
  await user.click(within(form).getByRole('button', { name: 'Publier le commentaire' }))
  return screen.findByRole('article', { name: name })
}

/** The requests the app sends for these methods and paths, as a server log would list them. */
function logRequests(method: string, path: RegExp) {
  const log: string[] = []
  const listener = ({ request }: { request: Request }) => {
    const { pathname } = new URL(request.url)
    if (request.method === method && path.test(pathname)) log.push(`${request.method} ${pathname}`)
  }
  server.events.on('request:start', listener)
  onTestFinished(() => {
    server.events.removeListener('request:start', listener)
  })
  return log
}

describe('own comments', () => {
  test('can be edited in place for 15 minutes, then show "modifié"', async () => {
    const { user } = renderApp(articleUrl)
    await screen.findByRole('region', { name: 'Commentaires (1)', busy: false })
    const mine = await postComment(user, 'Moi', 'Premier jet')
    expect(within(mine).getByText(/^Modifiable encore 1[45]\smin$/)).toBeInTheDocument()
    await user.click(within(mine).getByRole('button', { name: 'Modifier' }))
    const box = within(mine).getByRole('textbox', { name: 'Votre commentaire' })
    expect(box).toHaveFocus()
    await user.clear(box)
    await user.type(box, 'Version corrigée')
    await user.click(within(mine).getByRole('button', { name: 'Enregistrer' }))
    await waitFor(() => expect(within(mine).getByText('Version corrigée')).toBeInTheDocument())
    expect(within(mine).getByText(/modifié/)).toBeInTheDocument()
    expect(await screen.findByText('Commentaire modifié')).toBeInTheDocument()
  })

  test('are deleted after a confirmation; without replies they disappear and the count goes down', async () => {
    const { user } = renderApp(articleUrl)
    await screen.findByRole('region', { name: 'Commentaires (1)', busy: false })
    const mine = await postComment(user, 'Éphémère', 'À supprimer')
    await screen.findByRole('region', { name: 'Commentaires (2)', busy: false })
    await user.click(within(mine).getByRole('button', { name: 'Supprimer' }))
    const dialog = screen.getByRole('dialog', { name: /Supprimer ce commentaire/ })
    expect(within(dialog).getByRole('button', { name: 'Annuler' })).toHaveFocus()
    await user.click(within(dialog).getByRole('button', { name: 'Supprimer' }))
    await screen.findByRole('region', { name: 'Commentaires (1)', busy: false })
    expect(screen.queryByRole('article', { name: 'Éphémère' })).not.toBeInTheDocument()
  })

  test('with replies, a deleted comment stays as "Commentaire supprimé"', async () => {
    const { user } = renderApp(articleUrl)
    await screen.findByRole('region', { name: 'Commentaires (1)', busy: false })
    const mine = await postComment(user, 'Parent', 'Qui me répond ?')
    await user.click(within(mine).getByRole('button', { name: 'Répondre' }))
    const replyForm = screen.getByRole('form', { name: 'Répondre à Parent' })
    await user.clear(within(replyForm).getByLabelText('Votre nom'))
    await user.type(within(replyForm).getByLabelText('Votre nom'), 'Enfant')
    await user.type(within(replyForm).getByLabelText('Votre réponse'), 'Moi !')
    await user.click(within(replyForm).getByRole('button', { name: 'Publier la réponse' }))
    await screen.findByRole('region', { name: 'Commentaires (3)', busy: false })
    await user.click(
      within(screen.getByRole('article', { name: 'Parent' })).getByRole('button', { name: 'Supprimer' }),
    )
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Supprimer' }))
    await screen.findByRole('region', { name: 'Commentaires (2)', busy: false })
    const placeholder = screen.getByRole('article', { name: 'Commentaire supprimé' })
    expect(placeholder).not.toHaveTextContent('Qui me répond ?')
    expect(screen.getByRole('list', { name: 'Réponses à Commentaire supprimé' })).toHaveTextContent('Moi !')
  })

  test('a 403 (time is up) says so plainly, keeps the text, and the controls go', async () => {
    const { user } = renderApp(articleUrl)
    await screen.findByRole('region', { name: 'Commentaires (1)', busy: false })
    const mine = await postComment(user, 'Tardif', 'Trop tard pour corriger')
    server.use(
      http.patch('*/api/comments/:id', () =>
        HttpResponse.json({ error: { code: 'forbidden', message: 'Délai écoulé' } }, { status: 403 }),
      ),
    )
    await user.click(within(mine).getByRole('button', { name: 'Modifier' }))
    const box = within(mine).getByRole('textbox', { name: 'Votre commentaire' })
    await user.type(box, ' (ajout)')
    await user.click(within(mine).getByRole('button', { name: 'Enregistrer' }))
    expect(await within(mine).findByRole('alert')).toHaveTextContent(
      'Le délai de 15 minutes pour modifier ou supprimer ce commentaire est écoulé.',
    )
    expect(box).toHaveValue('Trop tard pour corriger (ajout)')
    expect(within(mine).queryByRole('button', { name: 'Enregistrer' })).not.toBeInTheDocument()
    await user.click(within(mine).getByRole('button', { name: 'Annuler' }))
    expect(within(mine).queryByRole('button', { name: 'Modifier' })).not.toBeInTheDocument()
    expect(within(mine).queryByRole('button', { name: 'Supprimer' })).not.toBeInTheDocument()
  })

  test('a comment gone meanwhile (404) says so, keeps the text, and the controls go', async () => {
    const { user } = renderApp(articleUrl)
    await screen.findByRole('region', { name: 'Commentaires (1)', busy: false })
    const mine = await postComment(user, 'Disparu', 'Supprimé ailleurs')
    server.use(
      http.patch('*/api/comments/:id', () =>
        HttpResponse.json({ error: { code: 'not_found', message: 'Introuvable' } }, { status: 404 }),
      ),
    )
    await user.click(await within(mine).findByRole('button', { name: 'Modifier' }))
    await user.type(within(mine).getByRole('textbox', { name: 'Votre commentaire' }), ' encore')
    await user.click(within(mine).getByRole('button', { name: 'Enregistrer' }))
    expect(await within(mine).findByRole('alert')).toHaveTextContent('Ce commentaire n’existe plus.')
    expect(within(mine).getByRole('textbox', { name: 'Votre commentaire' })).toHaveValue(
      'Supprimé ailleurs encore',
    )
    await user.click(within(mine).getByRole('button', { name: 'Annuler' }))
    expect(within(mine).queryByRole('button', { name: 'Modifier' })).not.toBeInTheDocument()
  })

  test('a failed edit for any other reason (500) keeps the controls, to try again', async () => {
    const { user } = renderApp(articleUrl)
    await screen.findByRole('region', { name: 'Commentaires (1)', busy: false })
    const mine = await postComment(user, 'Têtue', 'Je réessaierai')
    server.use(
      http.patch(
        '*/api/comments/:id',
        () => HttpResponse.json({ error: { code: 'internal', message: 'x' } }, { status: 500 }),
        { once: true },
      ),
    )
    await user.click(await within(mine).findByRole('button', { name: 'Modifier' }))
    await user.type(within(mine).getByRole('textbox', { name: 'Votre commentaire' }), ' !')
    await user.click(within(mine).getByRole('button', { name: 'Enregistrer' }))
    expect(await within(mine).findByRole('alert')).toHaveTextContent('Le serveur a rencontré une erreur')
    await user.click(within(mine).getByRole('button', { name: 'Enregistrer' }))
    await waitFor(() => expect(within(mine).getByText('Je réessaierai !')).toBeInTheDocument())
    expect(within(mine).getByRole('button', { name: 'Modifier' })).toBeInTheDocument()
  })

  test('others’ comments have no edit or delete controls, and the edit token is never shown', async () => {
    const { user } = renderApp(articleUrl)
    const thread = await screen.findByRole('region', { name: 'Commentaires (1)', busy: false })
    expect(within(thread).queryByRole('button', { name: 'Modifier' })).not.toBeInTheDocument()
    await postComment(user, 'Secret', 'Mon jeton reste caché')
    const token = Object.values(
      JSON.parse(localStorage.getItem('chronique:own-comments')!) as Record<string, { editToken: string }>,
    )[0]!.editToken
    expect(document.body.textContent).not.toContain(token)
  })
})

describe('the 15-minute window, on the app’s own clock', () => {
  const MINUTE = 60_000

  beforeEach(() => {
    // Time runs as usual (requests, Testing Library) and can also jump ahead: the clock (Date) and
    // the app's countdowns (setInterval) are under the test's control.
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['Date', 'setInterval', 'clearInterval'] })
  })

  afterEach(() => {
    // jsdom runs animation frames on an interval started while intervals were fake: unmount the app,
    // let that loop run out, and only then give the real clock back (or later tests get no frames).
    cleanup()
    vi.runOnlyPendingTimers()
    vi.useRealTimers()
  })

  function minutesPass(minutes: number) {
    act(() => {
      vi.advanceTimersByTime(minutes * MINUTE)
    })
  }

  test('counts down, and past 15 minutes "Modifier" and "Supprimer" go by themselves, without asking the server', async () => {
    const changes = logRequests('PATCH', /^\/api\/comments\//)
    const deletions = logRequests('DELETE', /^\/api\/comments\//)
    const { user } = renderApp(articleUrl)
    await screen.findByRole('region', { name: 'Commentaires (1)', busy: false })
    const mine = await postComment(user, 'Horloge', 'Le temps passe')
    await within(mine).findByRole('button', { name: 'Modifier' })
    expect(within(mine).getByText(/^Modifiable encore 1[45]\smin$/)).toBeInTheDocument()

    minutesPass(10)
    expect(within(mine).getByText(/^Modifiable encore [45]\smin$/)).toBeInTheDocument()
    expect(within(mine).getByRole('button', { name: 'Supprimer' })).toBeInTheDocument()

    minutesPass(6)
    expect(within(mine).queryByRole('button', { name: 'Modifier' })).not.toBeInTheDocument()
    expect(within(mine).queryByRole('button', { name: 'Supprimer' })).not.toBeInTheDocument()
    expect(within(mine).queryByText(/^Modifiable encore/)).not.toBeInTheDocument()
    expect(within(mine).getByText('Le temps passe')).toBeInTheDocument()
    expect([...changes, ...deletions]).toEqual([])
  })

  test('an edit still open when the time runs out is refused by the app, its text kept, nothing sent', async () => {
    const changes = logRequests('PATCH', /^\/api\/comments\//)
    const { user } = renderApp(articleUrl)
    await screen.findByRole('region', { name: 'Commentaires (1)', busy: false })
    const mine = await postComment(user, 'Lente', 'Je corrige')
    await user.click(await within(mine).findByRole('button', { name: 'Modifier' }))
    const box = within(mine).getByRole('textbox', { name: 'Votre commentaire' })
    await user.type(box, ' trop tard')

    minutesPass(16)
    await user.click(within(mine).getByRole('button', { name: 'Enregistrer' }))
    expect(await within(mine).findByRole('alert')).toHaveTextContent(
      'Le délai de 15 minutes pour modifier ou supprimer ce commentaire est écoulé.',
    )
    expect(box).toHaveValue('Je corrige trop tard')
    expect(within(mine).queryByRole('button', { name: 'Enregistrer' })).not.toBeInTheDocument()
    expect(changes).toEqual([])
  })

  test('a deletion being confirmed when the time runs out can no longer be made, and nothing is sent', async () => {
    const deletions = logRequests('DELETE', /^\/api\/comments\//)
    const { user } = renderApp(articleUrl)
    await screen.findByRole('region', { name: 'Commentaires (1)', busy: false })
    const mine = await postComment(user, 'Hésitante', 'À supprimer peut-être')
    await user.click(await within(mine).findByRole('button', { name: 'Supprimer' }))
    expect(screen.getByRole('dialog', { name: /Supprimer ce commentaire/ })).toBeInTheDocument()

    minutesPass(16)
    expect(screen.queryByRole('dialog', { name: /Supprimer ce commentaire/ })).not.toBeInTheDocument()
    expect(within(mine).queryByRole('button', { name: 'Supprimer' })).not.toBeInTheDocument()
    expect(within(mine).getByText('À supprimer peut-être')).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Commentaires (2)' })).toBeInTheDocument()
    expect(deletions).toEqual([])
  })
})

/** Another reader posts, through the API as anyone would. */
async function someoneElsePosts(authorName: string, body: string) {
  await act(async () => {
    await fetch(`http://localhost:3000/api/articles/${seedArticle.slug}/comments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify({ authorName, body, parentId: null }),
    })
  })
}

function setTabVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true })
  act(() => {
    document.dispatchEvent(new Event('visibilitychange'))
  })
}

/** The poll waits 15 s: jump the clock instead of waiting. */
function nextPoll() {
  act(() => {
    vi.advanceTimersByTime(15_500)
  })
}

describe('the live thread', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] })
  })

  afterEach(() => {
    vi.useRealTimers()
    setTabVisibility('visible')
  })

  test('new comments from others wait behind a button, are announced once, and show when asked', async () => {
    const { user } = renderApp(articleUrl)
    await screen.findByRole('region', { name: 'Commentaires (1)', busy: false })
    await someoneElsePosts('Autre lectrice', 'Bonjour à tous')
    nextPoll()
    const button = await screen.findByRole('button', { name: /^1\snouveau commentaire$/ })
    expect(screen.getByRole('region', { name: 'Commentaires (2)' })).toBeInTheDocument()
    expect(screen.queryByRole('article', { name: 'Autre lectrice' })).not.toBeInTheDocument()
    // Announced politely (the app's live region), once.
    expect(
      await screen.findByText(/^1\snouveau commentaire$/, { selector: '[aria-live=polite]' }),
    ).toBeInTheDocument()
    await user.click(button)
    const revealed = await screen.findByRole('article', { name: 'Autre lectrice' })
    await waitFor(() => expect(revealed).toHaveFocus())
    expect(screen.getByRole('region', { name: 'Commentaires (2)' })).toBeInTheDocument()
  })

  test('the reader’s own post is never shown twice', async () => {
    const { user } = renderApp(articleUrl)
    await screen.findByRole('region', { name: 'Commentaires (1)', busy: false })
    await postComment(user, 'Unique', 'Une seule fois, même en direct')
    await screen.findByRole('region', { name: 'Commentaires (2)', busy: false })
    // The next poll returns the reader's own comment and someone else's: only the other one is new.
    await someoneElsePosts('Quelqu’un d’autre', 'Moi aussi')
    nextPoll()
    expect(await screen.findByRole('button', { name: /^1\snouveau commentaire$/ })).toBeInTheDocument()
    expect(screen.getAllByRole('article', { name: 'Unique' })).toHaveLength(1)
    expect(screen.getByRole('region', { name: 'Commentaires (3)' })).toBeInTheDocument()
  })

  test('polling pauses while the tab is hidden, and resumes when it is back', async () => {
    renderApp(articleUrl)
    await screen.findByRole('region', { name: 'Commentaires (1)', busy: false })
    setTabVisibility('hidden')
    const polls = logRequests('GET', /\/comments\/changes$/)
    await someoneElsePosts('Pendant l’absence', 'Écrit quand l’onglet était caché')
    nextPoll()
    nextPoll()
    expect(screen.queryByRole('button', { name: /nouveau commentaire/ })).not.toBeInTheDocument()
    setTabVisibility('visible')
    nextPoll()
    expect(await screen.findByRole('button', { name: /^1\snouveau commentaire$/ })).toBeInTheDocument()
    // Answered by then, had there been any: the polls of the hidden half minute.
    expect(polls).toHaveLength(1)
  })

  test('edits and deletions by others apply in place', async () => {
    const { user } = renderApp(articleUrl)
    const thread = await screen.findByRole('region', { name: 'Commentaires (1)', busy: false })
    await someoneElsePosts('Changeante', 'Version 1')
    nextPoll()
    await user.click(await screen.findByRole('button', { name: /^1\snouveau commentaire$/ }))
    const comment = await within(thread).findByRole('article', { name: 'Changeante' })
    const stored = db
      .visibleComments(seedArticle.slug)
      .find((candidate) => candidate.authorName === 'Changeante')!
    act(() => db.editComment(stored, 'Version 2'))
    nextPoll()
    await waitFor(() => expect(comment).toHaveTextContent('Version 2'))
    expect(comment).toHaveTextContent(/modifié/)
    act(() => db.deleteComment(stored))
    nextPoll()
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Changeante' })).not.toBeInTheDocument())
    expect(screen.getByRole('region', { name: 'Commentaires (1)' })).toBeInTheDocument()
  })
})
