/** Seed articles the checks use: the mocks' seed, which the local WordPress imports as it is. */
export const SEED = {
  /** The Isarta column: one comment, "Québec" in its title. */
  model: 'la-transformation-sociale-des-entreprises-le-quebec-toujours-en-gare',
  /** 753 comments, 320 of them top-level: four pages of 100. */
  busy: 'teletravail-le-grand-malaise-des-gestionnaires',
  /** No comments: threads the checks write from scratch. */
  quiet: 'infolettres-comment-eviter-la-corbeille',
  alsoQuiet: 'choisir-ses-plateformes-sociales-sans-s-eparpiller',
  /** A thread where the article's author replies (badge `author` in the seed data). */
  authorReplies: {
    slug: 'entrevue-d-embauche-les-questions-qui-destabilisent',
    author: 'Olivier Saint-Amand',
  },
  category: 'medias-sociaux',
  author: 'raymond-morin',
  unknownId: '99999999',
} as const

export const reader = (name = 'Lectrice', body = 'Un commentaire.') => ({
  authorName: name,
  body,
  parentId: null,
})

/** A moment just before now, for the change feed (servers keep milliseconds, or whole seconds). */
export const justBefore = () => new Date(Date.now() - 1500).toISOString()
