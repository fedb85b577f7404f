/**
 * A comment held for moderation (contract v1.1), on the mock API's `moderated` scenario: its author
 * sees it in place, marked, and only on their device; it survives a reload; approved, it becomes an
 * ordinary comment, once; refused, its author is told once, kindly, with the text to copy.
 */
// eslint-disable-next-line testing-library/no-manual-cleanup -- the app must be gone before the clock is real again
import { act, cleanup, screen, waitFor, within } from '@testing-library/react'
import { getResponse, http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { db } from '../mocks/db'
import { handlers } from '../mocks/handlers/index'
import { server } from '../mocks/node'
import { enCA } from '@/lib/i18n/en-ca'
import { writeComment, writeReply } from './comment-forms'
import { logRequests, useMockScenario } from './mock-scenario'
import { reloadApp, renderApp, seedArticle } from './render-app'

const articleUrl = `/articles/${seedArticle.slug}`
const HELD_MARK = 'En attente de modération'
const HELD_DESCRIPTION =
  /^En attente de modération Visible par vous seulement pour l’instant\s:\sla rédaction le lira avant de le publier\.$/
const HELD_ANNOUNCEMENT =
  /^Commentaire envoyé\. Il est en attente de modération\s:\sla rédaction le lira avant de le publier\.$/
const REFUSED = 'Votre commentaire n’a pas été publié'

type User = ReturnType<typeof renderApp>['user']

function findThread(count: number) {
  return screen.findByRole('region', { name: `Commentaires (${count})`, busy: false })
}

async function postComment(user: User, name: string, body: string) {
  const form = await writeComment(user, name, body)
  await user.click(within(form).getByRole('button', { name: 'Publier le commentaire' }))
  return screen.findByRole('article', { name })
}

/** The one comment the mock site holds: what an editor sees in the moderation queue. */
function heldOnTheServer() {
  const [held] = db.heldComments()
  if (!held) throw new Error('No comment is held on the server')
  return held
}

/** The poll waits 15 s: jump the clock instead of waiting. */
function nextPoll() {
  act(() => {
    vi.advanceTimersByTime(15_500)
  })
}

beforeEach(() => {
  useMockScenario('moderated')
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] })
})

afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

describe('a comment held for moderation', () => {
  test('its author sees it in place, marked and described, announced politely, not counted', async () => {
    const { user } = renderApp(articleUrl)
    await findThread(1)
    const held = await postComment(user, 'Lucie', 'Un avis à relire.')

    expect(held).toHaveTextContent('Un avis à relire.')
    expect(within(held).getByText(HELD_MARK)).toBeInTheDocument()
    expect(held).toHaveAccessibleDescription(HELD_DESCRIPTION)
    await waitFor(() => expect(held).toHaveFocus())
    expect(await screen.findByText(HELD_ANNOUNCEMENT, { selector: '[aria-live=polite]' })).toBeInTheDocument()
    // Not counted, not answerable, no link to share: it is the author's alone for now.
    expect(screen.getByRole('region', { name: 'Commentaires (1)' })).toBeInTheDocument()
    expect(within(held).queryByRole('button', { name: 'Répondre' })).not.toBeInTheDocument()
    expect(within(held).queryByRole('button', { name: /^Copier le lien/ })).not.toBeInTheDocument()
    expect(within(held).getByRole('button', { name: 'Modifier' })).toBeInTheDocument()
    expect(within(held).getByRole('button', { name: 'Supprimer' })).toBeInTheDocument()
  })

  test('nobody else sees it: another device’s thread has no trace of it', async () => {
    const { user } = renderApp(articleUrl)
    await findThread(1)
    await postComment(user, 'Lucie', 'Pour mes yeux seulement.')
    // Another device: the same thread, without this one's own comments.
    localStorage.removeItem('chronique:own-comments')
    reloadApp(articleUrl)
    const thread = await findThread(1)
    expect(within(thread).queryByRole('article', { name: 'Lucie' })).not.toBeInTheDocument()
    expect(screen.queryByText('Pour mes yeux seulement.')).not.toBeInTheDocument()
  })

  test('survives a reload; approved, it becomes an ordinary comment, shown once, counted', async () => {
    const gets = logRequests('GET', /^\/api\/comments\/[^/]+$/)
    const { user } = renderApp(articleUrl)
    await findThread(1)
    await postComment(user, 'Lucie', 'Bientôt publié.')

    reloadApp(articleUrl)
    await findThread(1)
    const held = await screen.findByRole('article', { name: 'Lucie' })
    expect(within(held).getByText(HELD_MARK)).toBeInTheDocument()
    // Asked about once as the thread opened, with its secret.
    await waitFor(() => expect(gets).toHaveLength(1))
    expect(gets[0]?.headers.get('Edit-Token')).toEqual(expect.any(String))

    act(() => db.approveComment(db.findComment(heldOnTheServer().id)!))
    nextPoll()
    const thread = await findThread(2)
    const published = within(thread).getByRole('article', { name: 'Lucie' })
    await waitFor(() => expect(within(published).queryByText(HELD_MARK)).not.toBeInTheDocument())
    expect(within(thread).getAllByRole('article', { name: 'Lucie' })).toHaveLength(1)
    expect(published).not.toHaveAccessibleDescription()
    expect(within(published).getByRole('button', { name: 'Répondre' })).toBeInTheDocument()
    // Still the author's to change, within its 15 minutes.
    expect(within(published).getByRole('button', { name: 'Modifier' })).toBeInTheDocument()

    // The next poll changes nothing, and a reload shows it once, from the thread itself.
    nextPoll()
    expect(within(await findThread(2)).getAllByRole('article', { name: 'Lucie' })).toHaveLength(1)
    reloadApp(articleUrl)
    const reloaded = await findThread(2)
    expect(within(reloaded).getAllByRole('article', { name: 'Lucie' })).toHaveLength(1)
    expect(within(reloaded).queryByText(HELD_MARK)).not.toBeInTheDocument()
  })

  test('the poll asks about it itself, with its token, when the change feed does not say', async () => {
    server.use(http.get('*/api/articles/:slug/comments/changes', () => HttpResponse.json({ items: [] })))
    const gets = logRequests('GET', /^\/api\/comments\/[^/]+$/)
    const { user } = renderApp(articleUrl)
    await findThread(1)
    await postComment(user, 'Lucie', 'Lu par la rédaction.')
    expect(gets).toHaveLength(0)

    const { id } = heldOnTheServer()
    act(() => db.approveComment(db.findComment(id)!))
    nextPoll()
    const thread = await findThread(2)
    expect(within(thread).getAllByRole('article', { name: 'Lucie' })).toHaveLength(1)
    await waitFor(() => expect(within(thread).queryByText(HELD_MARK)).not.toBeInTheDocument())
    // Once at the poll, never in between.
    expect(gets).toHaveLength(1)
    expect(gets[0]?.path).toBe(`/api/comments/${id}`)
    expect(gets[0]?.headers.get('Edit-Token')).toEqual(expect.any(String))
  })

  test('refused: told once, kindly, with the text to copy; dismissed, it is forgotten', async () => {
    const gets = logRequests('GET', /^\/api\/comments\/[^/]+$/)
    const { user } = renderApp(articleUrl)
    await findThread(1)
    await postComment(user, 'Lucie', 'Un mot de trop.\nDeux lignes.')
    const { id } = heldOnTheServer()
    act(() => db.rejectComment(db.findComment(id)!))
    nextPoll()

    const notice = await screen.findByRole('article', { name: REFUSED })
    expect(notice).toHaveTextContent(
      'La rédaction l’a lu et a choisi de ne pas le publier. Voici votre texte, si vous souhaitez le garder.',
    )
    const text = within(notice).getByRole('textbox', { name: 'Votre texte' })
    expect(text).toHaveValue('Un mot de trop.\nDeux lignes.')
    expect(text).toHaveAttribute('readonly')
    // Kindly: a polite announcement, no alert.
    expect(
      await screen.findByText(/^Votre commentaire n’a pas été publié par la rédaction\./, {
        selector: '[aria-live=polite]',
      }),
    ).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(screen.queryByRole('article', { name: 'Lucie' })).not.toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Commentaires (1)' })).toBeInTheDocument()

    // Told once: the next poll neither asks again nor adds a second notice.
    nextPoll()
    await findThread(1)
    expect(screen.getAllByRole('article', { name: REFUSED })).toHaveLength(1)
    expect(gets.filter((request) => request.path === `/api/comments/${id}`)).toHaveLength(1)

    await user.click(within(notice).getByRole('button', { name: 'Copier le texte' }))
    expect(await within(notice).findByText('Texte copié')).toBeInTheDocument()
    expect(await navigator.clipboard.readText()).toBe('Un mot de trop.\nDeux lignes.')

    await user.click(within(notice).getByRole('button', { name: 'J’ai compris' }))
    expect(screen.queryByRole('article', { name: REFUSED })).not.toBeInTheDocument()
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Commentaires (1)' })).toHaveFocus())
    reloadApp(articleUrl)
    await findThread(1)
    expect(screen.queryByRole('article', { name: REFUSED })).not.toBeInTheDocument()
    expect(localStorage.getItem('chronique:own-comments')).toBeNull()
  })

  test('can be edited within its 15 minutes, and stays held', async () => {
    const { user } = renderApp(articleUrl)
    await findThread(1)
    const held = await postComment(user, 'Lucie', 'Premier jet.')
    await user.click(within(held).getByRole('button', { name: 'Modifier' }))
    const box = within(held).getByRole('textbox', { name: 'Votre commentaire' })
    await user.clear(box)
    await user.type(box, 'Version revue.')
    await user.click(within(held).getByRole('button', { name: 'Enregistrer' }))
    await waitFor(() => expect(held).toHaveTextContent('Version revue.'))
    expect(within(held).getByText(HELD_MARK)).toBeInTheDocument()
    expect(within(held).getByText(/modifié/)).toBeInTheDocument()
    expect(heldOnTheServer().body).toBe('Version revue.')

    reloadApp(articleUrl)
    await findThread(1)
    const reloaded = await screen.findByRole('article', { name: 'Lucie' })
    expect(reloaded).toHaveTextContent('Version revue.')
    expect(within(reloaded).getByText(HELD_MARK)).toBeInTheDocument()
  })

  test('can be deleted after a confirmation: it goes, the count stays, focus on the heading', async () => {
    const { user } = renderApp(articleUrl)
    await findThread(1)
    const held = await postComment(user, 'Lucie', 'Finalement non.')
    await user.click(within(held).getByRole('button', { name: 'Supprimer' }))
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Supprimer' }))
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Lucie' })).not.toBeInTheDocument())
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Commentaires (1)' })).toHaveFocus())
    expect(
      await screen.findByText('Commentaire supprimé', { selector: '[aria-live=polite]' }),
    ).toBeInTheDocument()
    expect(db.heldComments()).toEqual([])
    reloadApp(articleUrl)
    await findThread(1)
    expect(screen.queryByRole('article', { name: 'Lucie' })).not.toBeInTheDocument()
  })

  test('refused while its author edits it: the edit is offered back, and focus follows', async () => {
    const { user } = renderApp(articleUrl)
    await findThread(1)
    const held = await postComment(user, 'Lucie', 'Avant.')
    await user.click(within(held).getByRole('button', { name: 'Modifier' }))
    const box = within(held).getByRole('textbox', { name: 'Votre commentaire' })
    await user.clear(box)
    await user.type(box, 'Après, plus nuancé.')
    act(() => db.rejectComment(db.findComment(heldOnTheServer().id)!))
    await user.click(within(held).getByRole('button', { name: 'Enregistrer' }))

    const notice = await screen.findByRole('article', { name: REFUSED })
    expect(within(notice).getByRole('textbox', { name: 'Votre texte' })).toHaveValue('Après, plus nuancé.')
    await waitFor(() => expect(notice).toHaveFocus())
  })

  test('an edit the server holds again (WordPress, moderating every comment) is marked until approved', async () => {
    const { user } = renderApp(articleUrl)
    await findThread(1)
    await postComment(user, 'Lucie', 'Publié.')
    act(() => db.approveComment(db.findComment(heldOnTheServer().id)!))
    nextPoll()
    const published = within(await findThread(2)).getByRole('article', { name: 'Lucie' })
    await waitFor(() => expect(within(published).queryByText(HELD_MARK)).not.toBeInTheDocument())
    // This server holds an edited comment again: its answer says pending.
    server.use(
      http.patch('*/api/comments/:id', async ({ request }) => {
        const answer = await getResponse(handlers, request)
        const edited = (await answer!.json()) as Record<string, unknown>
        return HttpResponse.json({ ...edited, status: 'pending' })
      }),
    )
    await user.click(within(published).getByRole('button', { name: 'Modifier' }))
    const box = within(published).getByRole('textbox', { name: 'Votre commentaire' })
    await user.clear(box)
    await user.type(box, 'Publié, puis revu.')
    await user.click(within(published).getByRole('button', { name: 'Enregistrer' }))
    await waitFor(() => expect(within(published).getByText(HELD_MARK)).toBeInTheDocument())
    expect(published).toHaveTextContent('Publié, puis revu.')

    // Approved again: the change feed says published, and the mark goes.
    nextPoll()
    await waitFor(() => expect(within(published).queryByText(HELD_MARK)).not.toBeInTheDocument())
    expect(screen.getAllByRole('article', { name: 'Lucie' })).toHaveLength(1)
  })

  test('a held reply waits under the comment it answers', async () => {
    const { user } = renderApp(articleUrl)
    await findThread(1)
    const form = await writeReply(user, 'Sylvie Gagnon', 'Marc', 'Je réponds.')
    await user.click(within(form).getByRole('button', { name: 'Publier la réponse' }))
    const replies = await screen.findByRole('list', { name: 'Réponses à Sylvie Gagnon' })
    const reply = within(replies).getByRole('article', { name: 'Marc' })
    expect(within(reply).getByText(HELD_MARK)).toBeInTheDocument()
    expect(
      await screen.findByText(
        /^Réponse envoyée\. Elle est en attente de modération\s:\sla rédaction la lira avant de la publier\.$/,
        { selector: '[aria-live=polite]' },
      ),
    ).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Commentaires (1)' })).toBeInTheDocument()
  })

  test('in English: "Awaiting moderation", and why', async () => {
    const { user } = renderApp(articleUrl, { messages: enCA })
    await screen.findByRole('region', { name: 'Comments (1)', busy: false })
    const form = screen.getByRole('form', { name: 'Add a comment' })
    await user.type(within(form).getByLabelText('Your name'), 'Lucy')
    await user.type(within(form).getByLabelText('Your comment'), 'A view to check.')
    await user.click(within(form).getByRole('button', { name: 'Post comment' }))
    const held = await screen.findByRole('article', { name: 'Lucy' })
    expect(held).toHaveAccessibleDescription(
      'Awaiting moderation Only you can see it for now: an editor will read it before it is published.',
    )
  })
})
