import { buildStoredComment, minutesAfter } from '../store/stored-comment.ts'
import { defineScenario } from './scenario.ts'
import { XSS_VECTORS, type XssVector } from '../data/xss-vectors.ts'

/** The vector behind an `xss-<n>` slug. */
function corpusVector(slug: string): XssVector | undefined {
  const match = /^xss-(\d+)$/.exec(slug)
  return match ? XSS_VECTORS.find((vector) => vector.id === Number(match[1])) : undefined
}

/**
 * `/articles/xss-<n>`: the first article rewritten around vector n, everywhere an article shows text
 * (title, excerpt, body, author name) and in one comment's author name and body.
 */
export const xssCorpusScenario = defineScenario({
  name: 'xss-corpus',
  description:
    'Le corpus de 270 vecteurs XSS : l’article /articles/xss-<n> porte le vecteur n comme titre, corps, nom d’auteur et commentaire. Rien ne s’exécute, le texte s’affiche tel quel.',
  data: {
    extraArticle: (slug, first) => {
      const vector = corpusVector(slug)
      if (!vector) return undefined
      const { id, source, html } = vector
      return {
        ...first,
        slug,
        title: html,
        excerpt: html,
        bodyHtml: `<p>Vecteur ${id} (${source}) :</p>${html}<p>Fin du vecteur ${id}.</p>`,
        related: [],
      }
    },
    thread: (slug, first) => {
      const vector = corpusVector(slug)
      if (!vector) return undefined
      const { id, html } = vector
      const createdAt = minutesAfter(first.publishedAt, 1)
      return [
        buildStoredComment({ id: `xss-${id}`, articleSlug: slug, authorName: html, body: html, createdAt }),
      ]
    },
    // The comment of `/articles/xss-<n>` is `xss-<n>` too.
    threadOfComment: (id) => (corpusVector(id) ? id : undefined),
    article: (article) => {
      const vector = corpusVector(article.slug)
      return vector && { ...article, author: { ...article.author, name: vector.html } }
    },
  },
})
