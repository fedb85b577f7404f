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
