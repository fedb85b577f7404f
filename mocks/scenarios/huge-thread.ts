import { createRandom } from '../data/random.ts'
import {
  commentAuthorNames,
  commentMiddles,
  commentOpenings,
  replyOpenings,
} from '../data/seed-comment-pool.ts'
import { addSeedLikes } from '../store/seed-reactions.ts'
import { buildStoredComment, minutesAfter, type StoredComment } from '../store/stored-comment.ts'
import { builtOnce, defineScenario, onFirstArticle } from './scenario.ts'

const HUGE_THREAD_SIZE = 5000

/** 5,000 comments: top-level ones with reply trees up to five levels deep, many of them liked. */
export const hugeThread = builtOnce((slug: string, publishedAt: string): StoredComment[] => {
  const random = createRandom(5000)
  const comments: StoredComment[] = []
  let minutes = 0
  const add = (parentId: string | null, depth: number) => {
    if (comments.length >= HUGE_THREAD_SIZE) return
    minutes += random.int(1, 9)
    const id = `h${String(comments.length + 1).padStart(5, '0')}`
    const opening = depth === 0 ? random.pick(commentOpenings) : random.pick(replyOpenings)
    comments.push(
      buildStoredComment({
        id,
        articleSlug: slug,
        parentId,
        // In this order: the random draws decide the thread.
        authorName: random.pick(commentAuthorNames),
        body: `${opening} ${random.pick(commentMiddles)}`,
        createdAt: minutesAfter(publishedAt, minutes),
      }),
    )
    if (depth < 5 && random.next() < 0.5 / (depth + 1)) {
      const replies = random.int(1, 4)
      for (let index = 0; index < replies; index++) add(id, depth + 1)
    }
  }
  while (comments.length < HUGE_THREAD_SIZE) add(null, 0)
  addSeedLikes(comments, 'huge-thread')
  return comments
})

export const hugeThreadScenario = defineScenario({
  name: 'huge-thread',
  description:
    'Le premier article de la liste a 5 000 commentaires imbriqués : le fil reste fluide, « Voir plus de commentaires » charge la suite.',
  data: onFirstArticle({ thread: hugeThread }),
})
