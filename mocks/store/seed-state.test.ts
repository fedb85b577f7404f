/** The seed's likes, picks and badges: real-looking threads, the same on every run, the model article untouched. */
import { expect, test } from 'vitest'
import { isartaArticle } from '../data/seed-isarta'
import { seedState } from './seed-state'
import type { StoredComment } from './stored-comment'

const reactions = () =>
  [...seedState().comments.values()].map(({ id, likeCount, featured, featuredAt, authorBadge }) => ({
    id,
    likeCount,
    featured,
    featuredAt,
    authorBadge,
  }))

test('the same on every build', () => {
  expect(reactions()).toEqual(reactions())
})

test('the model article keeps its one plain comment', () => {
  const comments = [...seedState().comments.values()].filter(
    (comment) => comment.articleSlug === isartaArticle.slug,
  )
  expect(comments).toEqual([
    expect.objectContaining({
      likeCount: 0,
      featured: false,
      featuredAt: null,
      authorBadge: null,
      parentId: null,
    }),
  ])
})

test('likes, a few picks per thread, and badges only where the seed says who wrote it', () => {
  const state = seedState()
  const comments = [...state.comments.values()]
  expect(comments.filter((comment) => comment.likeCount > 0).length).toBeGreaterThan(comments.length / 3)
  const picksByThread = new Map<string, StoredComment[]>()
  for (const pick of comments.filter((comment) => comment.featured)) {
    picksByThread.set(pick.articleSlug, [...(picksByThread.get(pick.articleSlug) ?? []), pick])
  }
  expect(picksByThread.size).toBeGreaterThan(10)
  for (const picks of picksByThread.values()) {
    expect(picks.length).toBeLessThanOrEqual(2)
    expect(picks.every((pick) => pick.parentId === null && pick.featuredAt! > pick.createdAt)).toBe(true)
  }
  const authorReplies = comments.filter((comment) => comment.authorBadge === 'author')
  expect(authorReplies).toHaveLength(7)
  for (const reply of authorReplies) {
    const article = state.articles.get(reply.articleSlug)!
    expect([reply.authorName, reply.parentId === null]).toEqual([
      state.authors.get(article.authorSlug)!.name,
      false,
    ])
  }
  expect(comments.filter((comment) => comment.authorBadge === 'staff').length).toBeGreaterThan(0)
})
