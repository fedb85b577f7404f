import { act, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
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
    // A poll happens: the changes feed returns the reader's own comment too.
    nextPoll()
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(screen.getAllByRole('article', { name: 'Unique' })).toHaveLength(1)
    expect(screen.queryByRole('button', { name: /nouveaux? commentaires?$/ })).not.toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Commentaires (2)' })).toBeInTheDocument()
  })

  test('polling pauses while the tab is hidden, and resumes when it is back', async () => {
    renderApp(articleUrl)
    await screen.findByRole('region', { name: 'Commentaires (1)', busy: false })
    setTabVisibility('hidden')
    await someoneElsePosts('Pendant l’absence', 'Écrit quand l’onglet était caché')
    nextPoll()
    nextPoll()
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(screen.queryByRole('button', { name: /nouveau commentaire/ })).not.toBeInTheDocument()
    setTabVisibility('visible')
    nextPoll()
    expect(await screen.findByRole('button', { name: /^1\snouveau commentaire$/ })).toBeInTheDocument()
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
