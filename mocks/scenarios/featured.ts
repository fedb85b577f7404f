import { db } from '../db.ts'
import type { StoredArticle } from '../store/seed-state.ts'
import { buildStoredComment, minutesAfter, pickedAfter, type StoredComment } from '../store/stored-comment.ts'
import { builtOnce, defineScenario } from './scenario.ts'

/**
 * A thread where the newsroom speaks: three editors' picks, a reply by the article's author and one by
 * an editor, each with the badge the site gives them; and two readers who borrow those voices (one
 * signs "Rédaction", one uses the author's name) and get no badge, since badges never come from a name.
 */
const featuredThread = builtOnce((slug: string, publishedAt: string, authorName: string): StoredComment[] => {
  let minutes = 0
  const comment = (
    id: string,
    fields: Pick<StoredComment, 'authorName' | 'body'> & Partial<StoredComment>,
  ): StoredComment => {
    minutes += 37
    return buildStoredComment({
      id: `f-${id}`,
      articleSlug: slug,
      createdAt: minutesAfter(publishedAt, minutes),
      ...fields,
    })
  }
  const first = comment('1', {
    authorName: 'Marie-Claude Vachon',
    body: 'Je dirige une PME de 40 employés en Mauricie. Ce qui nous a fait bouger, ce n’est pas la technologie, c’est un client qui nous a dit qu’il ne trouvait jamais nos heures d’ouverture en ligne. Depuis, tout passe par la question\u00a0: qu’est-ce que le client cherche, et où\u202f?',
    likeCount: 34,
  })
  const byAuthor = comment('2', {
    authorName,
    parentId: first.id,
    body: 'Merci pour ce témoignage\u202f! C’est exactement le déclic que je décris\u00a0: partir d’un irritant réel du client plutôt que d’un plan technologique.',
    likeCount: 12,
    authorBadge: 'author',
  })
  const signsAsNewsroom = comment('3', {
    authorName: 'Rédaction',
    body: 'Petite correction de lecteur\u00a0: le chiffre de 2016 cité dans le troisième paragraphe date en fait de 2015.',
    likeCount: 3,
  })
  const byEditor = comment('4', {
    authorName: 'Josée Tremblay',
    parentId: signsAsNewsroom.id,
    body: 'Bien vu, merci. Nous avons vérifié auprès de la source et corrigé l’année dans l’article.',
    likeCount: 9,
    authorBadge: 'staff',
  })
  const borrowsAuthorsName = comment('5', {
    authorName,
    body: 'Homonyme de l’auteur ici, aucun lien de parenté\u202f! Mais je partage entièrement son constat.',
  })
  const second = comment('6', {
    authorName: 'Hugo Bernier',
    body: 'Le virage numérique des PME ne se fera pas sans formation. Les cégeps et les chambres de commerce ont un rôle à jouer\u00a0: beaucoup de dirigeants ne savent tout simplement pas par où commencer.',
    likeCount: 21,
  })
  const third = comment('7', {
    authorName: 'Amina Diallo',
    body: 'Dans le commerce de détail, la vraie question est celle de l’inventaire en ligne à jour. Sans ça, le site promet ce que le magasin n’a pas.',
    likeCount: 7,
  })
  // Chosen in this order: the section lists picks oldest first, whatever the order of choosing.
  Object.assign(second, pickedAfter(second.createdAt, 60))
  Object.assign(first, pickedAfter(second.createdAt, 120))
  Object.assign(third, pickedAfter(second.createdAt, 180))
  return [first, byAuthor, signsAsNewsroom, byEditor, borrowsAuthorsName, second, third]
})

const authorNameOf = (article: StoredArticle) => db.findAuthor(article.authorSlug)?.name ?? 'Auteur'

export const featuredScenario = defineScenario({
  name: 'featured',
  description:
    'Le premier article a trois « Choix de la rédaction » et des réponses avec les badges « Auteur » et « Rédaction » ; un lecteur qui signe « Rédaction » et un autre qui porte le nom de l’auteur n’en ont aucun.',
  data: {
    thread: (slug, first) =>
      slug === first.slug ? featuredThread(slug, first.publishedAt, authorNameOf(first)) : undefined,
  },
})
