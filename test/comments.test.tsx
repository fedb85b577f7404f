import { onlineManager } from '@tanstack/react-query'
import { act, screen, waitFor, within } from '@testing-library/react'
import { delay, getResponse, http, HttpResponse } from 'msw'
import { handlers } from '../mocks/handlers/index'
import { describe, expect, test } from 'vitest'
import { server } from '../mocks/node'
import { reloadApp, renderApp, seedArticle } from './render-app'
import { articleWithoutComments, busiestArticle, topLevelComments } from './seed-lookup'

const articleUrl = `/articles/${seedArticle.slug}`
const commentsPath = '*/api/articles/:slug/comments'

/** The thread itself, loaded (its placeholder, same name, is `aria-busy` until the code arrives). */
async function findThread(count: number) {
  return screen.findByRole('region', { name: `Commentaires (${count})`, busy: false }, { timeout: 5000 })
}

function commentForm() {
  return screen.getByRole('form', { name: 'Ajouter un commentaire' })
}

async function writeComment(user: ReturnType<typeof renderApp>['user'], name: string, body: string) {
  const form = commentForm()
  const nameField = within(form).getByLabelText('Votre nom')
  await user.clear(nameField)
  if (name) await user.type(nameField, name)
  if (body) await user.type(within(form).getByLabelText('Votre commentaire'), body)
}

describe('reading the thread', () => {
  test('shows "Commentaires (N)" with the first comments and their dates', async () => {
    renderApp(articleUrl)
    const thread = await findThread(1)
    const comment = within(thread).getByRole('article', { name: 'Sylvie Gagnon' })
    expect(within(comment).getByText(/Dans ma région, plusieurs PME hésitent encore/)).toBeInTheDocument()
    const time = within(comment).getByRole('time')
    expect(time).toHaveAttribute('datetime', '2016-03-08T16:40:00.000Z')
    // Older than a week: the full date, the exact moment for screen readers and in the tooltip.
    expect(time).toHaveTextContent(/^8 mars 2016Publié le 8 mars 2016 à 11 h 40$/)
    expect(time).toHaveAttribute('title', '8 mars 2016 à 11 h 40')
    expect(time).toHaveTextContent(/Publié le 8 mars 2016/)
  })

  test('invites the first comment when there is none', async () => {
    renderApp(`/articles/${articleWithoutComments().slug}`)
    const thread = await findThread(0)
    expect(within(thread).getByText('Soyez le premier à commenter')).toBeInTheDocument()
  })

  test('loads more comments and says how many remain', async () => {
    const article = busiestArticle()
    const { user } = renderApp(`/articles/${article.slug}`)
    const thread = await screen.findByRole(
      'region',
      { name: /^Commentaires \(\d+\)$/, busy: false },
      { timeout: 3000 },
    )
    const before = within(thread).getAllByRole('article').length
    const remaining = within(thread).getByText(/commentaires restants$/).textContent
    await user.click(within(thread).getByRole('button', { name: 'Voir plus de commentaires' }))
    await expect.poll(() => within(thread).getAllByRole('article').length).toBeGreaterThan(before)
    expect(within(thread).getByText(/commentaires restants$/).textContent).not.toBe(remaining)
  })

  test('sorts newest first, with the choice in the URL', async () => {
    const article = busiestArticle()
    const { user } = renderApp(`/articles/${article.slug}`)
    const thread = await screen.findByRole(
      'region',
      { name: /^Commentaires/, busy: false },
      { timeout: 3000 },
    )
    const sort = within(thread).getByRole('group', { name: 'Trier les commentaires' })
    expect(within(sort).getByRole('button', { name: 'Plus anciens' })).toHaveAttribute('aria-pressed', 'true')
    await user.click(within(sort).getByRole('button', { name: 'Plus récents' }))
    expect(window.location.search).toBe('?tri=recents')
    const newest = topLevelComments(article.slug).at(-1)!
    await expect.poll(() => within(thread).getAllByRole('article')[0]?.id).toBe(`commentaire-${newest.id}`)
    expect(within(sort).getByRole('button', { name: 'Plus récents' })).toHaveAttribute('aria-pressed', 'true')
  })

  test('nests replies to depth 3, lines deeper ones up with "en réponse à", and collapses a thread', async () => {
    const at = (minutes: number) => new Date(Date.UTC(2016, 2, 8, 15, minutes)).toISOString()
    const reply = (
      id: string,
      authorName: string,
      parentId: string,
      minutes: number,
      replies: unknown[] = [],
    ) => ({
      id,
      parentId,
      authorName,
      body: `Message de ${authorName}`,
      createdAt: at(minutes),
      replies,
    })
    server.use(
      http.get(commentsPath, () =>
        HttpResponse.json({
          items: [
            reply('r0', 'Racine', null as unknown as string, 0, [
              reply('r1', 'Niveau Un', 'r0', 1, [
                reply('r2', 'Niveau Deux', 'r1', 2, [
                  reply('r3', 'Niveau Trois', 'r2', 3, [
                    reply('r4', 'Niveau Quatre', 'r3', 4, [reply('r5', 'Niveau Cinq', 'r4', 5)]),
                  ]),
                ]),
              ]),
            ]),
          ],
          nextCursor: null,
          total: 6,
        }),
      ),
    )
    const { user } = renderApp(articleUrl)
    const thread = await findThread(6)
    const deepest = within(thread).getByRole('article', { name: 'Niveau Cinq' })
    expect(deepest).toHaveTextContent('en réponse à Niveau Quatre')
    expect(within(thread).getByRole('article', { name: 'Niveau Quatre' })).toHaveTextContent(
      'en réponse à Niveau Trois',
    )
    expect(within(thread).getByRole('article', { name: 'Niveau Trois' })).not.toHaveTextContent(
      'en réponse à',
    )
    // Depth 4 and 5 sit in the depth-3 comment's list, not deeper.
    expect(within(thread).getAllByRole('list', { name: 'Réponses à Niveau Trois' })).toHaveLength(1)

    const root = within(thread).getByRole('article', { name: 'Racine' })
    const toggle = within(root).getByRole('button', { name: 'Masquer les réponses (5)' })
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    await user.click(toggle)
    expect(within(root).getByRole('button', { name: /^Afficher 5\sréponses$/ })).toHaveAttribute(
      'aria-expanded',
      'false',
    )
    expect(within(thread).queryByRole('article', { name: 'Niveau Un' })).not.toBeInTheDocument()
    await user.click(within(root).getByRole('button', { name: /^Afficher 5\sréponses$/ }))
    expect(within(thread).getByRole('article', { name: 'Niveau Cinq' })).toBeVisible()
  })

  test('shows bodies as plain text: line breaks, safe links, no markup; names cannot reorder the page', async () => {
    server.use(
      http.get(commentsPath, () =>
        HttpResponse.json({
          items: [
            {
              id: 'x1',
              parentId: null,
              authorName: 'מרים <b>כהן</b>',
              body: 'Voir https://exemple.ca/page.\n<script>alert(1)</script> **gras** javascript:alert(1)',
              createdAt: '2016-03-08T15:00:00Z',
              replies: [],
            },
          ],
          nextCursor: null,
          total: 1,
        }),
      ),
    )
    renderApp(articleUrl)
    const thread = await findThread(1)
    const comment = within(thread).getByRole('article', { name: 'מרים <b>כהן</b>' })
    expect(within(comment).getByText('מרים <b>כהן</b>').tagName).toBe('BDI')
    const link = within(comment).getByRole('link', { name: 'https://exemple.ca/page' })
    expect(link).toHaveAttribute('rel', 'nofollow ugc noopener noreferrer')
    expect(within(comment).getAllByRole('link')).toHaveLength(1)
    expect(comment).toHaveTextContent('<script>alert(1)</script> **gras** javascript:alert(1)')
    // Markup in a comment stays text: no element was made of it.
    // eslint-disable-next-line testing-library/no-node-access
    expect(comment.querySelector('script, b, strong')).toBeNull()
  })

  test('a permalink loads pages until the comment is found, then focuses it', async () => {
    const article = busiestArticle()
    const target = topLevelComments(article.slug)[45]!
    renderApp(`/articles/${article.slug}#commentaire-${target.id}`)
    // What has focus is checked directly: querying 130 comments by name at each retry is slow in jsdom.
    /* eslint-disable testing-library/no-node-access */
    const focused = () => document.activeElement
    await waitFor(() => expect(focused()).toHaveAttribute('id', `commentaire-${target.id}`), {
      timeout: 12_000,
    })
    expect(focused()).toHaveAccessibleName(target.authorName)
    expect(focused()).toHaveAttribute('data-highlighted', 'true')
    /* eslint-enable testing-library/no-node-access */
  }, 20_000)

  test('a permalink to a comment that is gone says so politely', async () => {
    renderApp(`${articleUrl}#commentaire-disparu`)
    expect(
      await screen.findByText(/Le commentaire que vous cherchez n’est plus dans cette discussion/),
    ).toBeInTheDocument()
  })
})

describe('posting a comment', () => {
  test('posts, counts it, shows it focused and announces it', async () => {
    const { user } = renderApp(articleUrl)
    await findThread(1)
    await writeComment(user, 'Lucie Tremblay', 'Très juste.{Enter}Merci.')
    await user.click(within(commentForm()).getByRole('button', { name: 'Publier le commentaire' }))
    const thread = await findThread(2)
    const posted = within(thread).getByRole('article', { name: 'Lucie Tremblay' })
    expect(posted).toHaveTextContent('Très juste. Merci.')
    await waitFor(() => expect(posted).toHaveFocus())
    expect(await screen.findByText('Commentaire publié')).toBeInTheDocument()
    expect(within(commentForm()).getByLabelText('Votre commentaire')).toHaveValue('')
    // The name is remembered for next time.
    expect(within(commentForm()).getByLabelText('Votre nom')).toHaveValue('Lucie Tremblay')
  })

  test('checks the fields like the server does, and moves focus to the first one to fix', async () => {
    const { user } = renderApp(articleUrl)
    await findThread(1)
    await writeComment(user, '', '     ')
    await user.click(within(commentForm()).getByRole('button', { name: 'Publier le commentaire' }))
    const name = within(commentForm()).getByLabelText('Votre nom')
    expect(name).toHaveFocus()
    expect(name).toHaveAttribute('aria-invalid', 'true')
    expect(name).toHaveAccessibleDescription(/Indiquez votre nom\./)
    const body = within(commentForm()).getByLabelText('Votre commentaire')
    expect(body).toHaveAccessibleDescription(/Écrivez votre commentaire\./)
  })

  test('shows the server’s field errors next to their fields', async () => {
    server.use(
      http.post(commentsPath, () =>
        HttpResponse.json(
          {
            error: {
              code: 'validation',
              message: 'Refusé',
              fields: { body: 'Ce commentaire contient un mot interdit.' },
            },
          },
          { status: 400 },
        ),
      ),
    )
    const { user } = renderApp(articleUrl)
    await findThread(1)
    await writeComment(user, 'Marc', 'Un texte refusé')
    await user.click(within(commentForm()).getByRole('button', { name: 'Publier le commentaire' }))
    const body = await within(commentForm()).findByLabelText('Votre commentaire')
    await expect.poll(() => body.getAttribute('aria-invalid')).toBe('true')
    expect(body).toHaveAccessibleDescription(/Ce commentaire contient un mot interdit\./)
    expect(body).toHaveValue('Un texte refusé')
    expect(body).toHaveFocus()
  })

  test('on a server error, puts the text back, explains, and "Réessayer" posts it once', async () => {
    server.use(
      http.post(
        commentsPath,
        () => HttpResponse.json({ error: { code: 'internal', message: 'x' } }, { status: 500 }),
        { once: true },
      ),
    )
    const { user } = renderApp(articleUrl)
    await findThread(1)
    await writeComment(user, 'Nadia', 'Ne me perdez pas')
    await user.click(within(commentForm()).getByRole('button', { name: 'Publier le commentaire' }))
    const alert = await within(commentForm()).findByRole('alert')
    expect(alert).toHaveTextContent('Votre commentaire n’a pas été publié.')
    expect(alert).toHaveTextContent('Le serveur a rencontré une erreur')
    expect(within(commentForm()).getByLabelText('Votre commentaire')).toHaveValue('Ne me perdez pas')
    expect(screen.queryByRole('article', { name: 'Nadia' })).not.toBeInTheDocument()

    await user.click(within(commentForm()).getByRole('button', { name: 'Réessayer' }))
    const thread = await findThread(2)
    expect(within(thread).getAllByRole('article', { name: 'Nadia' })).toHaveLength(1)
  })

  test('a double click posts once', async () => {
    const { user } = renderApp(articleUrl)
    await findThread(1)
    await writeComment(user, 'Paul', 'Une seule fois')
    await user.dblClick(within(commentForm()).getByRole('button', { name: 'Publier le commentaire' }))
    const thread = await findThread(2)
    expect(within(thread).getAllByRole('article', { name: 'Paul' })).toHaveLength(1)
  })

  test('Ctrl+Enter posts from the text box', async () => {
    const { user } = renderApp(articleUrl)
    await findThread(1)
    await writeComment(user, 'Clavier', 'Envoyé au clavier')
    await user.keyboard('{Control>}{Enter}{/Control}')
    expect(await within(await findThread(2)).findByRole('article', { name: 'Clavier' })).toBeInTheDocument()
  })

  test('Ctrl+Enter held down posts once, without a false "empty" error', async () => {
    const { user } = renderApp(articleUrl)
    await findThread(1)
    await writeComment(user, 'Appuyé', 'Touche enfoncée')
    await user.keyboard('{Control>}{Enter}{Enter}{Enter}{/Control}')
    const thread = await findThread(2)
    expect(within(thread).getAllByRole('article', { name: 'Appuyé' })).toHaveLength(1)
    expect(within(commentForm()).getByLabelText('Votre commentaire')).not.toHaveAttribute('aria-invalid')
  })

  test('when rate-limited, says when posting is possible again and keeps the text', async () => {
    server.use(
      http.post(commentsPath, () =>
        HttpResponse.json(
          { error: { code: 'rate_limited', message: 'Trop' } },
          { status: 429, headers: { 'Retry-After': '45' } },
        ),
      ),
    )
    const { user } = renderApp(articleUrl)
    await findThread(1)
    await writeComment(user, 'Pressée', 'Encore un')
    await user.click(within(commentForm()).getByRole('button', { name: 'Publier le commentaire' }))
    const alert = await within(commentForm()).findByRole('alert')
    // The server's 45 s, not the form's own 30 s fallback.
    expect(alert).toHaveTextContent(/Vous pourrez publier de nouveau dans (45|44)\s+secondes/)
    expect(within(commentForm()).getByLabelText('Votre commentaire')).toHaveValue('Encore un')
    const submit = within(commentForm()).getByRole('button', { name: 'Publier le commentaire' })
    expect(submit).toHaveAttribute('aria-disabled', 'true')
  })

  test('offline, the post waits for the connection and is sent once when it returns', async () => {
    const { user } = renderApp(articleUrl)
    await findThread(1)
    act(() => onlineManager.setOnline(false))
    try {
      await writeComment(user, 'Hors ligne', 'Écrit dans le métro')
      await user.click(within(commentForm()).getByRole('button', { name: 'Publier le commentaire' }))
      const pending = await screen.findByRole('article', { busy: true })
      expect(pending).toHaveTextContent('En attente de connexion')
      expect(pending).toHaveTextContent('Votre commentaire sera envoyé dès le retour de la connexion.')
    } finally {
      act(() => onlineManager.setOnline(true))
    }
    const thread = await findThread(2)
    expect(within(thread).getAllByRole('article', { name: 'Hors ligne' })).toHaveLength(1)
  })

  test('a draft survives a reload', async () => {
    const { user } = renderApp(articleUrl)
    await findThread(1)
    await writeComment(user, 'Brouillon', 'Pas encore fini')
    reloadApp(articleUrl)
    await findThread(1)
    expect(within(commentForm()).getByLabelText('Votre commentaire')).toHaveValue('Pas encore fini')
    expect(within(commentForm()).getByLabelText('Votre nom')).toHaveValue('Brouillon')
  })

  test('a post cut off by a reload is sent once when the app starts again, and shows in the thread', async () => {
    const variables = {
      slug: seedArticle.slug,
      parentId: null,
      authorName: 'Recharge',
      body: 'Parti juste avant le rechargement',
      idempotencyKey: '6f1c1f55-2f55-4d8b-9a51-0c7d9b7e2a11',
    }
    // What the page saved just before it went away: the post, and the draft that waits for it.
    localStorage.setItem(
      'chronique:pending-posts',
      JSON.stringify({
        queries: [],
        mutations: [
          {
            mutationKey: ['comments', 'create', seedArticle.slug],
            scope: { id: 'comment-posts' },
            state: {
              status: 'pending',
              isPaused: true,
              variables,
              submittedAt: Date.now(),
              failureCount: 0,
              failureReason: null,
              error: null,
              data: undefined,
              context: undefined,
            },
          },
        ],
      }),
    )
    localStorage.setItem(
      `chronique:draft:${seedArticle.slug}:article`,
      JSON.stringify({
        body: '',
        pending: { idempotencyKey: variables.idempotencyKey, body: variables.body },
        failed: null,
      }),
    )
    // The worst order: the thread's answer is read before the post lands, and arrives after it.
    server.use(
      http.post(commentsPath, async ({ request }) => {
        await delay(100)
        return getResponse(handlers, request)
      }),
      http.get(commentsPath, async ({ request }) => {
        const answer = await getResponse(handlers, request)
        await delay(300)
        return answer
      }),
    )
    renderApp(articleUrl)
    expect(await screen.findAllByRole('article', { name: 'Recharge' }, { timeout: 3000 })).toHaveLength(1)
    const thread = await findThread(2)
    expect(within(thread).getAllByRole('article', { name: 'Recharge' })).toHaveLength(1)
    expect(within(commentForm()).getByLabelText('Votre commentaire')).toHaveValue('')
  })

  test('shows the counter as the limit nears, and refuses more than 5000 characters without cutting the text', async () => {
    const { user } = renderApp(articleUrl)
    await findThread(1)
    const body = within(commentForm()).getByLabelText('Votre commentaire')
    await writeComment(user, 'Long', '')
    await user.click(body)
    await user.paste('a'.repeat(4600))
    expect(within(commentForm()).getByText(/4\s600\s\/\s5\s000 caractères/)).toBeInTheDocument()
    await user.paste('b'.repeat(450))
    await user.click(within(commentForm()).getByRole('button', { name: 'Publier le commentaire' }))
    expect(body).toHaveAccessibleDescription(/dépasse la limite de 5\s000\scaractères de 50\scaractères/)
    expect((body as HTMLTextAreaElement).value).toHaveLength(5050)
  })
})

describe('replying', () => {
  test('opens a labelled reply form under a comment and posts the reply there', async () => {
    const { user } = renderApp(articleUrl)
    const thread = await findThread(1)
    const parent = within(thread).getByRole('article', { name: 'Sylvie Gagnon' })
    await user.click(within(parent).getByRole('button', { name: 'Répondre' }))
    const form = within(thread).getByRole('form', { name: 'Répondre à Sylvie Gagnon' })
    const reply = within(form).getByLabelText('Votre réponse')
    expect(reply).toHaveFocus()
    await user.type(within(form).getByLabelText('Votre nom'), 'Jean')
    await user.type(reply, 'Bien d’accord')
    await user.click(within(form).getByRole('button', { name: 'Publier la réponse' }))
    const updated = await findThread(2)
    const replies = within(updated).getByRole('list', { name: 'Réponses à Sylvie Gagnon' })
    expect(within(replies).getByRole('article', { name: 'Jean' })).toHaveTextContent('Bien d’accord')
    expect(within(updated).queryByRole('form', { name: 'Répondre à Sylvie Gagnon' })).not.toBeInTheDocument()
  })

  test('"Annuler" closes the reply form, returns focus, and keeps the draft', async () => {
    const { user } = renderApp(articleUrl)
    const thread = await findThread(1)
    const parent = within(thread).getByRole('article', { name: 'Sylvie Gagnon' })
    const replyButton = within(parent).getByRole('button', { name: 'Répondre' })
    await user.click(replyButton)
    await user.type(within(thread).getByLabelText('Votre réponse'), 'À reprendre')
    await user.click(within(thread).getByRole('button', { name: 'Annuler' }))
    await waitFor(() => expect(replyButton).toHaveFocus())
    await user.click(replyButton)
    expect(within(thread).getByLabelText('Votre réponse')).toHaveValue('À reprendre')
  })
})
