import { defineScenario, onFirstArticle } from './scenario.ts'

/** The editors closed the first article's thread: it reads in full, posting answers 403 comments_closed. */
export const commentsClosedScenario = defineScenario({
  name: 'comments-closed',
  description:
    'Les commentaires du premier article sont fermés : le fil se lit en entier, le formulaire et « Répondre » laissent place à « Les commentaires sont fermés pour cet article. »',
  data: onFirstArticle({ article: (article) => ({ ...article, commentsOpen: false }) }),
})
