import { buildStoredComment, minutesAfter, type StoredComment } from '../store/stored-comment.ts'
import { builtOnce, defineScenario, onFirstArticle } from './scenario.ts'

const DEEP_THREAD_LEVELS = 50

/** A conversation 50 replies deep, between two top-level comments. */
const deepThread = builtOnce((slug: string, publishedAt: string): StoredComment[] => {
  const names = ['Alice Bergeron', 'Benoît Lavoie']
  const comment = (id: string, parentId: string | null, authorName: string, body: string, minutes: number) =>
    buildStoredComment({
      id,
      articleSlug: slug,
      parentId,
      authorName,
      body,
      createdAt: minutesAfter(publishedAt, minutes),
    })
  const comments = [comment('d-top', null, 'Chantal Roy', 'Qui veut lancer le débat ?', 1)]
  let parentId = 'd-top'
  for (let level = 1; level <= DEEP_THREAD_LEVELS; level++) {
    const id = `d-${String(level).padStart(2, '0')}`
    comments.push(
      comment(id, parentId, names[level % 2] ?? 'Anonyme', `Réponse de niveau ${level}.`, level + 1),
    )
    parentId = id
  }
  comments.push(comment('d-last', null, 'Denis Côté', 'Un commentaire après la longue discussion.', 120))
  return comments
})

export const deepThreadScenario = defineScenario({
  name: 'deep-thread',
  description:
    'Le premier article a des réponses sur 50 niveaux : l’indentation s’arrête au niveau 3 avec « en réponse à … ».',
  data: onFirstArticle({ thread: deepThread }),
})
