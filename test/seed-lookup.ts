/** Seed articles picked by the shape of their thread, so tests do not hard-code the catalogue. */
import { seedArticles } from '../mocks/data/seed-catalogue'
import { db } from '../mocks/db'

export function articleWithoutComments() {
  const article = seedArticles.find(
    (seed) => seed.thread.kind === 'written' && seed.thread.comments.length === 0,
  )
  if (!article) throw new Error('The seed data has no article without comments')
  return article
}

/** The article with the most top-level comments (several pages of them). */
export function busiestArticle() {
  return [...seedArticles].sort((a, b) => topLevelCount(b.slug) - topLevelCount(a.slug))[0]!
}

export function topLevelComments(slug: string) {
  return db
    .visibleComments(slug)
    .filter((comment) => comment.parentId === null)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
}

function topLevelCount(slug: string) {
  return topLevelComments(slug).length
}

/** An article whose top-level comments fit on one page, with replies under none of them. */
export function articleWithAFewComments() {
  const article = seedArticles.find((seed) => {
    const comments = db.visibleComments(seed.slug)
    const topLevel = comments.filter((comment) => comment.parentId === null)
    return topLevel.length >= 2 && topLevel.length <= 5 && comments.length === topLevel.length
  })
  if (!article) throw new Error('The seed data has no article with a few comments and no replies')
  return article
}
