/**
 * The thread stays right without asking the server again: a new comment or reply lands where each
 * order puts it, in every order the reader has opened, counted once. To be sure nothing is fetched
 * again, the thread's endpoint fails once the comment is posted: what the reader sees comes from what
 * the app already had.
 */
import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, test } from 'vitest'
import { server } from '../mocks/node'
import { renderApp } from './render-app'
import { articleWithAFewComments, topLevelComments } from './seed-lookup'

const commentsPath = '*/api/articles/:slug/comments'

type User = ReturnType<typeof renderApp>['user']

/** An article with a few comments (the sort buttons show from two) and no replies. */
function openArticle() {
  const article = articleWithAFewComments()
  const oldestFirst = topLevelComments(article.slug).map((comment) => comment.authorName)
  return { ...renderApp(`/articles/${article.slug}`), count: oldestFirst.length, oldestFirst }
}

function findThread(count: number) {
  return screen.findByRole('region', { name: `Commentaires (${count})`, busy: false }, { timeout: 5000 })
}

function names(thread: HTMLElement) {
  return within(thread)
    .getAllByRole('article')
    .map((article) =>
      article.getAttribute('aria-busy') === 'true'
        ? 'envoi'
        : (article.querySelector('bdi')?.textContent ?? ''),
    )
}

async function sortBy(user: User, label: 'Plus anciens' | 'Plus récents') {
  const sort = screen.getByRole('group', { name: 'Trier les commentaires' })
  await user.click(within(sort).getByRole('button', { name: label }))
  await expect
    .poll(() => within(sort).getByRole('button', { name: label }).getAttribute('aria-pressed'))
    .toBe('true')
}

function theThreadCannotBeFetchedAgain() {
  server.use(
    http.get(commentsPath, () =>
      HttpResponse.json({ error: { code: 'internal', message: 'x' } }, { status: 500 }),
    ),
  )
}

describe('a new comment, in every order already open', () => {
  test('goes last in the oldest order and first in the newest, counted once in each', async () => {
    const { user, count, oldestFirst } = openArticle()
    await findThread(count)
    await sortBy(user, 'Plus récents')
    await findThread(count)
    await sortBy(user, 'Plus anciens')
    const form = screen.getByRole('form', { name: 'Ajouter un commentaire' })
    await user.type(within(form).getByLabelText('Votre nom'), 'Nouvelle')
    await user.type(within(form).getByLabelText('Votre commentaire'), 'Arrivée la dernière')
    await user.click(within(form).getByRole('button', { name: 'Publier le commentaire' }))
    const oldest = await findThread(count + 1)
    await expect.poll(() => names(oldest)).toEqual([...oldestFirst, 'Nouvelle'])
    theThreadCannotBeFetchedAgain()

    await sortBy(user, 'Plus récents')
    const newest = await findThread(count + 1)
    expect(names(newest)).toEqual(['Nouvelle', ...[...oldestFirst].reverse()])
    expect(within(newest).getByRole('article', { name: 'Nouvelle' })).toHaveTextContent('Arrivée la dernière')
  })

  test('a reply goes under its parent in both orders, and counts', async () => {
    const { user, count, oldestFirst } = openArticle()
    const thread = await findThread(count)
    await sortBy(user, 'Plus récents')
    await findThread(count)
    await sortBy(user, 'Plus anciens')
    const parentName = oldestFirst[1]!
    const parent = within(thread).getByRole('article', { name: parentName })
    await user.click(within(parent).getByRole('button', { name: 'Répondre' }))
    const form = screen.getByRole('form', { name: `Répondre à ${parentName}` })
    await user.type(within(form).getByLabelText('Votre nom'), 'Réponse')
    await user.type(within(form).getByLabelText('Votre réponse'), 'Sous le parent')
    await user.click(within(form).getByRole('button', { name: 'Publier la réponse' }))
    await findThread(count + 1)
    theThreadCannotBeFetchedAgain()

    for (const order of ['Plus récents', 'Plus anciens'] as const) {
      await sortBy(user, order)
      const shown = await findThread(count + 1)
      const replies = within(shown).getByRole('list', { name: `Réponses à ${parentName}` })
      expect(
        within(replies)
          .getAllByRole('article')
          .map((article) => article.textContent),
      ).toEqual([expect.stringContaining('Sous le parent')])
      const expected = order === 'Plus anciens' ? oldestFirst : [...oldestFirst].reverse()
      expect(names(shown)).toEqual(
        expected.flatMap((name) => (name === parentName ? [name, 'Réponse'] : [name])),
      )
    }
  })
})
