import { createRandom } from '../data/random.ts'
import {
  commentAuthorNames,
  commentMiddles,
  commentOpenings,
  replyOpenings,
} from '../data/seed-comment-pool.ts'
import { db } from '../db.ts'
import type { StoredComment } from '../store/stored-comment.ts'
import { defineScenario } from './scenario.ts'

const SECONDS_PER_CHANGE = 4
const lastPlayed = new Map<string, number>()
const random = createRandom(2026)

/**
 * Other readers post, reply, edit and delete while the reader is on the page, about one change every
 * few seconds since the last time the changes feed was asked.
 */
function playLiveActivity(slug: string, comments: StoredComment[]) {
  const now = db.now()
  const last = lastPlayed.get(slug) ?? now - SECONDS_PER_CHANGE * 1000
  const changes = Math.min(5, Math.floor((now - last) / (SECONDS_PER_CHANGE * 1000)))
  if (changes === 0) return
  lastPlayed.set(slug, now)
  const others = comments.filter(
    (comment) => comment.editToken === null && !comment.deleted && !comment.removed,
  )
  const liveOnes = others.filter(
    (comment) => comment.id.startsWith('c') && Date.parse(comment.createdAt) > now - 3_600_000,
  )
  for (let index = 0; index < changes; index++) {
    const roll = random.next()
    if (roll < 0.55 || others.length === 0) {
      db.addReaderComment({
        articleSlug: slug,
        parentId: null,
        authorName: random.pick(commentAuthorNames),
        body: `${random.pick(commentOpenings)} ${random.pick(commentMiddles)}`,
      })
    } else if (roll < 0.75) {
      db.addReaderComment({
        articleSlug: slug,
        parentId: random.pick(others).id,
        authorName: random.pick(commentAuthorNames),
        body: `${random.pick(replyOpenings)} ${random.pick(commentMiddles)}`,
      })
    } else if (roll < 0.9) {
      const edited = random.pick(others)
      db.editComment(edited, `${edited.body} (Édité : ${random.pick(replyOpenings)})`)
    } else if (liveOnes.length > 0) {
      db.deleteComment(random.pick(liveOnes))
    }
  }
}

/** The activity plays out when the changes feed is asked, which then answers as usual. */
export const liveScenario = defineScenario({
  name: 'live',
  description:
    'D’autres lecteurs publient, modifient et suppriment des commentaires toutes les quelques secondes : un bouton « N nouveaux commentaires » les révèle, modifications et suppressions s’appliquent sur place.',
  endpoints: [
    {
      method: 'get',
      path: '/articles/:slug/comments/changes',
      answer: ({ params: { slug = '' }, world }) => {
        playLiveActivity(slug, world.comments(slug))
        return undefined
      },
    },
  ],
})
