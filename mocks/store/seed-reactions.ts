/**
 * What makes the seed threads look lived in without changing them: readers' likes, a few editors'
 * picks, an editor's reply. Drawn from generators of their own, after a thread is built, so its texts,
 * order and counts stay those of the seed, and the same on every run.
 */
import { createRandom, hashString } from '../data/random.ts'
import { pickedAfter, type StoredComment } from './stored-comment.ts'

type Random = ReturnType<typeof createRandom>

/** Most comments have no like, some a few, a handful many (so "popular" reorders a thread). */
function drawLikes(random: Random): number {
  const roll = random.next()
  if (roll < 0.55) return 0
  if (roll < 0.9) return random.int(1, 6)
  if (roll < 0.98) return random.int(7, 24)
  return random.int(25, 80)
}

/** Likes on every comment of a thread, from a generator seeded by `seed`. */
export function addSeedLikes(comments: readonly StoredComment[], seed: string) {
  const random = createRandom(hashString(`${seed}:likes`))
  for (const comment of comments) comment.likeCount = drawLikes(random)
}

/**
 * Likes; editors' picks (two in a busy thread, one in most others); and in the busiest threads one
 * reply by the editors, with their badge.
 */
export function decorateThread(article: { slug: string }, comments: readonly StoredComment[]) {
  if (comments.length === 0) return
  addSeedLikes(comments, article.slug)
  const random = createRandom(hashString(`${article.slug}:picks`))
  const topLevel = comments.filter((comment) => comment.parentId === null)
  const pickCount = topLevel.length >= 10 ? 2 : topLevel.length >= 2 && random.next() < 0.6 ? 1 : 0
  for (let index = 0; index < pickCount; index++) {
    const candidates = topLevel.filter((comment) => !comment.featured)
    const pick = random.pick(candidates)
    Object.assign(pick, pickedAfter(pick.createdAt, random.int(60, 24 * 60)))
  }
  const replies = comments.filter((comment) => comment.parentId !== null && comment.authorBadge === null)
  if (topLevel.length >= 20 && replies.length > 0) random.pick(replies).authorBadge = 'staff'
}
