/**
 * The promises the comment form makes, tested where they are easy to break quietly: never post twice
 * (a retry sends the failed attempt's Idempotency-Key, to a server that DID store that attempt), never
 * lose a word (the text is kept until the server confirms, across a reload in the middle of a post),
 * and tell the reader when to try again (the server's Retry-After, not the built-in fallback).
 */
import { screen, waitFor, within } from '@testing-library/react'
import { getResponse, http, HttpResponse } from 'msw'
import type { QueryClient } from '@tanstack/react-query'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { handlers } from '../mocks/handlers/index'
import { server } from '../mocks/node'
import { reloadApp, renderApp, seedArticle } from './render-app'

const articleUrl = `/articles/${seedArticle.slug}`
const commentsPath = '*/api/articles/:slug/comments'

type User = ReturnType<typeof renderApp>['user']

/** The thread, loaded, with the count the reader reads in its heading. */
function findThread(count: number) {
  return screen.findByRole('region', { name: `Commentaires (${count})`, busy: false }, { timeout: 5000 })
}

function commentForm() {
  return screen.getByRole('form', { name: 'Ajouter un commentaire' })
}

function commentBox() {
  return within(commentForm()).getByLabelText('Votre commentaire')
}

async function write(user: User, name: string, body: string) {
  const nameField = within(commentForm()).getByLabelText('Votre nom')
  await user.clear(nameField)
  await user.type(nameField, name)
  await user.clear(commentBox())
  await user.type(commentBox(), body)
}

async function publish(user: User, label = 'Publier le commentaire') {
  await user.click(within(commentForm()).getByRole('button', { name: label }))
}

/** Each POST the server received, in order (what a server log would show). */
let posts: { key: string | null }[] = []
const logPost = ({ request }: { request: Request }) => {
  if (request.method === 'POST' && /\/api\/articles\/[^/]+\/comments$/.test(new URL(request.url).pathname))
    posts.push({ key: request.headers.get('Idempotency-Key') })
}
beforeEach(() => {
  posts = []
  server.events.on('request:start', logPost)
})
afterEach(() => {
  server.events.removeListener('request:start', logPost)
})

/** A server that stores the comment, and then fails to say so: the worst case for a retry. */
function storeThenFail(failure: () => Response) {
  server.use(
    http.post(
      commentsPath,
      async ({ request }) => {
        await getResponse(handlers, request)
        return failure()
      },
      { once: true },
    ),
  )
}

const serverError = () => HttpResponse.json({ error: { code: 'internal', message: 'x' } }, { status: 500 })

/**
 * Holds the next post in flight (after storing it, with `stores`) until `release()`; the server then
 * answers 500. Every held post is released within its test: a request left hanging would fail on its
 * own 10 s timeout in a later test, and write into that test's storage.
 */
function holdNextPost({ stores }: { stores: boolean }) {
  let release: () => void = () => undefined
  const released = new Promise<void>((resolve) => {
    release = resolve
  })
  server.use(
    http.post(
      commentsPath,
      async ({ request }) => {
        if (stores) await getResponse(handlers, request)
        await released
        return serverError()
      },
      { once: true },
    ),
  )
  return release
}

/**
 * A reload while a post is in flight. The browser says the page is going, its request dies with it
 * (whatever that request's page would do about it, it no longer can), and the app starts again.
 */
async function reloadWhilePosting(
  queryClient: QueryClient,
  release: () => void,
  whileAway: () => void = () => undefined,
) {
  window.dispatchEvent(new Event('pagehide'))
  release()
  await waitFor(() => expect(queryClient.isMutating()).toBe(0))
  whileAway()
  return reloadApp(articleUrl)
}

describe('never twice: a retry is the same post', () => {
  test('"Réessayer" after a 500 from a server that had stored the comment leaves one comment, also after a reload', async () => {
    storeThenFail(serverError)
    const { user } = renderApp(articleUrl)
    await findThread(1)
    await write(user, 'Nadia', 'Une seule fois, promis')
    await publish(user)
    expect(await within(commentForm()).findByRole('alert')).toHaveTextContent(
      'Votre commentaire n’a pas été publié.',
    )
    expect(commentBox()).toHaveValue('Une seule fois, promis')

    await publish(user, 'Réessayer')
    const thread = await findThread(2)
    expect(within(thread).getAllByRole('article', { name: 'Nadia' })).toHaveLength(1)
    expect(posts).toHaveLength(2)
    expect(posts[1]?.key).toBe(posts[0]?.key)

    // What the server holds, as the next visit shows it.
    reloadApp(articleUrl)
    const reloaded = await findThread(2)
    expect(within(reloaded).getAllByRole('article', { name: 'Nadia' })).toHaveLength(1)
  })

  test('a post whose answer is lost on the way (connection cut) is sent again on its own, once', async () => {
    storeThenFail(() => HttpResponse.error())
    const { user } = renderApp(articleUrl)
    await findThread(1)
    await write(user, 'Coupure', 'Le réseau a lâché au retour')
    await publish(user)
    const thread = await findThread(2)
    expect(within(thread).getAllByRole('article', { name: 'Coupure' })).toHaveLength(1)
    expect(posts.map((post) => post.key)).toEqual([posts[0]?.key, posts[0]?.key])

    reloadApp(articleUrl)
    const reloaded = await findThread(2)
    expect(within(reloaded).getAllByRole('article', { name: 'Coupure' })).toHaveLength(1)
  })

  test('a text changed after a failure is a new post: its words are the ones published', async () => {
    storeThenFail(serverError)
    const { user } = renderApp(articleUrl)
    await findThread(1)
    await write(user, 'Corrige', 'Premier jet avec une faute')
    await publish(user)
    await within(commentForm()).findByRole('alert')
    await write(user, 'Corrige', 'Second jet, corrigé')
    await publish(user, 'Réessayer')
    const thread = await findThread(2)
    expect(within(thread).getByRole('article', { name: 'Corrige' })).toHaveTextContent('Second jet, corrigé')
    expect(posts[1]?.key).not.toBe(posts[0]?.key)
  })
})

/** The seed article's card in the list. */
async function findCard() {
  const cards = await screen.findAllByRole('article')
  const card = cards.find((candidate) => within(candidate).queryByRole('link', { name: seedArticle.title }))
  expect(card).toBeDefined()
  return card!
}

describe('one post at a time, retried only when it never got there', () => {
  test('a reply sent while a comment is still on its way waits for it, then goes', async () => {
    const release = holdNextPost({ stores: false })
    const { user } = renderApp(articleUrl)
    const thread = await findThread(1)
    await write(user, 'Première', 'Partie d’abord')
    await publish(user)
    await screen.findByRole('article', { name: 'Première', busy: true })
    await user.click(within(thread).getByRole('button', { name: 'Répondre' }))
    const reply = within(thread).getByRole('form', { name: /^Répondre à / })
    await user.clear(within(reply).getByLabelText('Votre nom'))
    await user.type(within(reply).getByLabelText('Votre nom'), 'Seconde')
    await user.type(within(reply).getByLabelText('Votre réponse'), 'Partie ensuite')
    await user.click(within(reply).getByRole('button', { name: 'Publier la réponse' }))
    // The reply is on its way (the reader is online: not "waiting for the connection"), but the
    // server has only seen the first post.
    const queued = await screen.findByRole('article', { name: 'Seconde', busy: true })
    expect(queued).toHaveTextContent('Envoi…')
    expect(queued).not.toHaveTextContent('En attente de connexion')
    expect(posts).toHaveLength(1)

    release()
    await findThread(2)
    expect(await within(commentForm()).findByRole('alert')).toHaveTextContent(
      'Votre commentaire n’a pas été publié.',
    )
    expect(posts).toHaveLength(2)
    expect(screen.getByRole('article', { name: 'Seconde' })).toHaveTextContent('Partie ensuite')
  })

  test('a post the connection keeps dropping is tried again twice, 1 then 2 s later, then given back to the reader', async () => {
    const seen: number[] = []
    server.use(
      http.post(commentsPath, () => {
        seen.push(performance.now())
        return HttpResponse.error()
      }),
    )
    const { user } = renderApp(articleUrl)
    await findThread(1)
    await write(user, 'Instable', 'Le réseau tousse')
    await publish(user)
    expect(await within(commentForm()).findByRole('alert', {}, { timeout: 8000 })).toHaveTextContent(
      'Impossible de joindre le serveur',
    )
    expect(commentBox()).toHaveValue('Le réseau tousse')
    expect(posts).toHaveLength(3)
    expect(new Set(posts.map((post) => post.key)).size).toBe(1)
    expect(seen[1]! - seen[0]!).toBeGreaterThanOrEqual(900)
    expect(seen[2]! - seen[1]!).toBeGreaterThanOrEqual(1900)
  })

  test('a refusal is final: a 400 is not sent again on its own', async () => {
    server.use(
      http.post(
        commentsPath,
        () =>
          HttpResponse.json(
            { error: { code: 'validation', message: 'Non', fields: { body: 'Refusé.' } } },
            { status: 400 },
          ),
        { once: true },
      ),
    )
    const { user } = renderApp(articleUrl)
    await findThread(1)
    await write(user, 'Refus', 'Non merci')
    await publish(user)
    await expect.poll(() => commentBox().getAttribute('aria-invalid')).toBe('true')
    // The answer came back and was shown: had it been retried, the second post would be logged by now.
    expect(posts).toHaveLength(1)
  })

  test('the article list counts the new comment when the reader goes back to it', async () => {
    const { user } = renderApp('/')
    const card = await findCard()
    expect(within(card).getByText(/^1\scommentaire$/)).toBeInTheDocument()
    await user.click(within(card).getByRole('link', { name: seedArticle.title }))
    await findThread(1)
    await write(user, 'Comptée', 'Je compte')
    await publish(user)
    await findThread(2)
    await user.click(screen.getByRole('link', { name: /^Chronique/ }))
    expect(await within(await findCard()).findByText(/^2\scommentaires$/)).toBeInTheDocument()
  })
})

describe('never a word lost: the text is kept until the server confirms', () => {
  test('while the post travels its words stay on screen, and a failure puts them back in the box', async () => {
    const release = holdNextPost({ stores: false })
    const { user } = renderApp(articleUrl)
    await findThread(1)
    await write(user, 'Patiente', 'Je suis en route')
    await publish(user)
    const sending = await screen.findByRole('article', { name: 'Patiente', busy: true })
    expect(sending).toHaveTextContent('Je suis en route')
    expect(sending).toHaveTextContent('Envoi…')
    expect(within(commentForm()).getByRole('button', { name: 'Envoi…' })).toHaveAttribute(
      'aria-disabled',
      'true',
    )
    // Still in flight: nothing has been confirmed, nothing is lost. Now the server fails.
    release()
    expect(await within(commentForm()).findByRole('alert')).toHaveTextContent(
      'Votre commentaire n’a pas été publié.',
    )
    expect(commentBox()).toHaveValue('Je suis en route')
    expect(screen.queryByRole('article', { name: 'Patiente' })).not.toBeInTheDocument()
  })

  test('confirmed, the text leaves for good: a reload brings nothing back into the box', async () => {
    const { user } = renderApp(articleUrl)
    await findThread(1)
    await write(user, 'Confirmé', 'Bien arrivé')
    await publish(user)
    await findThread(2)
    expect(commentBox()).toHaveValue('')
    reloadApp(articleUrl)
    const thread = await findThread(2)
    expect(within(thread).getAllByRole('article', { name: 'Confirmé' })).toHaveLength(1)
    expect(commentBox()).toHaveValue('')
  })

  test('a reload in the middle of a post (stored, answer lost with the page) shows it once, and nothing is left to send', async () => {
    const release = holdNextPost({ stores: true })
    const { user, queryClient } = renderApp(articleUrl)
    await findThread(1)
    await write(user, 'Rechargée', 'Envoyé puis rechargé')
    await publish(user)
    await screen.findByRole('article', { name: 'Rechargée', busy: true })

    await reloadWhilePosting(queryClient, release)
    const thread = await findThread(2)
    await waitFor(() =>
      expect(within(thread).getByRole('article', { name: 'Rechargée' })).not.toHaveAttribute('aria-busy'),
    )
    expect(within(thread).getAllByRole('article', { name: 'Rechargée' })).toHaveLength(1)
    expect(posts.map((post) => post.key)).toEqual([posts[0]?.key, posts[0]?.key])
    expect(commentBox()).toHaveValue('')

    reloadApp(articleUrl)
    expect(within(await findThread(2)).getAllByRole('article', { name: 'Rechargée' })).toHaveLength(1)
    expect(commentBox()).toHaveValue('')
    expect(posts).toHaveLength(2)
  })

  test('a reload in the middle of a post the server then refuses puts the text back in the box', async () => {
    const release = holdNextPost({ stores: false })
    const { user, queryClient } = renderApp(articleUrl)
    await findThread(1)
    await write(user, 'Refusée', 'Ne me perdez pas au rechargement')
    await publish(user)
    await screen.findByRole('article', { name: 'Refusée', busy: true })

    server.use(http.post(commentsPath, serverError, { once: true }))
    await reloadWhilePosting(queryClient, release)
    await findThread(1)
    await waitFor(() => expect(commentBox()).toHaveValue('Ne me perdez pas au rechargement'))
    expect(screen.queryByRole('article', { name: 'Refusée' })).not.toBeInTheDocument()
    expect(posts).toHaveLength(2)
  })

  test('a post whose saved copy never made it to the device (the tab closed first) comes back into the box', async () => {
    const release = holdNextPost({ stores: false })
    const { user, queryClient } = renderApp(articleUrl)
    await findThread(1)
    await write(user, 'Fermée', 'Le navigateur a fermé l’onglet')
    await publish(user)
    await screen.findByRole('article', { name: 'Fermée', busy: true })

    // Only the draft is left on the device: the post in flight was never saved beside it.
    await reloadWhilePosting(queryClient, release, () => localStorage.removeItem('chronique:pending-posts'))
    await findThread(1)
    await waitFor(() => expect(commentBox()).toHaveValue('Le navigateur a fermé l’onglet'))
    expect(screen.queryByRole('article', { name: 'Fermée' })).not.toBeInTheDocument()
    expect(posts).toHaveLength(1)
  })
})

describe('when to try again: the server’s Retry-After', () => {
  const rateLimited = (retryAfter: string | null) =>
    server.use(
      http.post(
        commentsPath,
        () =>
          HttpResponse.json(
            { error: { code: 'rate_limited', message: 'Trop' } },
            { status: 429, headers: retryAfter === null ? {} : { 'Retry-After': retryAfter } },
          ),
        { once: true },
      ),
    )

  async function rateLimitedMessage(retryAfter: string | null) {
    rateLimited(retryAfter)
    const { user } = renderApp(articleUrl)
    await findThread(1)
    await write(user, 'Pressée', 'Encore un')
    await publish(user)
    return { user, alert: await within(commentForm()).findByRole('alert') }
  }

  test.each([
    ['7 (seconds)', () => '7', /dans [67]\ssecondes\./],
    ['120 (seconds)', () => '120', /dans 1(20|19)\ssecondes\./],
    [
      'an HTTP date 45 minutes ahead',
      () => new Date(Date.now() + 45 * 60_000).toUTCString(),
      /dans 2\s(69\d|700)\ssecondes\./,
    ],
    ['absent (the fallback: 30 s)', () => null, /dans (30|29)\ssecondes\./],
  ])('Retry-After %s: the reader is told when', async (_case, retryAfter, when) => {
    const { alert } = await rateLimitedMessage(retryAfter())
    expect(alert).toHaveTextContent(when)
    expect(commentBox()).toHaveValue('Encore un')
  })

  test('the form waits for the time the server gave, then posts once', async () => {
    const { user, alert } = await rateLimitedMessage('2')
    expect(alert).toHaveTextContent(/dans [12]\ssecondes?\./)
    const submit = within(commentForm()).getByRole('button', { name: 'Publier le commentaire' })
    expect(submit).toHaveAttribute('aria-disabled', 'true')
    await user.click(submit)
    await waitFor(() => expect(submit).not.toHaveAttribute('aria-disabled'), { timeout: 5000 })
    await user.click(submit)
    const thread = await findThread(2)
    expect(within(thread).getAllByRole('article', { name: 'Pressée' })).toHaveLength(1)
    // The click during the wait sent nothing: the 429, then the post.
    expect(posts).toHaveLength(2)
  })
})
