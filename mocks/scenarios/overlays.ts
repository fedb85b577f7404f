/**
 * The data some scenarios show instead of the seed's: a 5,000-comment thread, a 50-level thread,
 * hostile content, and text in every script. Deterministic, built once, never stored in the db.
 */
import type { Article } from '../../src/lib/api-schemas.ts'
import {
  commentAuthorNames,
  commentMiddles,
  commentOpenings,
  replyOpenings,
} from '../data/seed-comment-pool.ts'
import { createRandom } from '../data/random.ts'
import type { StoredArticle } from '../store/seed-state.ts'
import { buildStoredComment, type StoredComment } from '../store/stored-comment.ts'
import { XSS_VECTORS, type XssVector } from './xss-vectors.ts'

const HUGE_THREAD_SIZE = 5000
const DEEP_THREAD_LEVELS = 50

function comment(
  id: string,
  articleSlug: string,
  parentId: string | null,
  authorName: string,
  body: string,
  createdAt: number,
): StoredComment {
  return buildStoredComment({
    id,
    articleSlug,
    parentId,
    authorName,
    body,
    createdAt: new Date(createdAt).toISOString(),
  })
}

const cache = new Map<string, StoredComment[]>()

function cached(key: string, build: () => StoredComment[]): StoredComment[] {
  let comments = cache.get(key)
  if (!comments) {
    comments = build()
    cache.set(key, comments)
  }
  return comments
}

/** 5,000 comments: top-level ones with reply trees up to five levels deep. */
export function hugeThread(slug: string, publishedAt: string): StoredComment[] {
  return cached(`huge:${slug}`, () => {
    const random = createRandom(5000)
    const comments: StoredComment[] = []
    let minutes = 0
    const start = Date.parse(publishedAt)
    const add = (parentId: string | null, depth: number) => {
      if (comments.length >= HUGE_THREAD_SIZE) return
      minutes += random.int(1, 9)
      const id = `h${String(comments.length + 1).padStart(5, '0')}`
      const opening = depth === 0 ? random.pick(commentOpenings) : random.pick(replyOpenings)
      comments.push(
        comment(
          id,
          slug,
          parentId,
          random.pick(commentAuthorNames),
          `${opening} ${random.pick(commentMiddles)}`,
          start + minutes * 60_000,
        ),
      )
      if (depth < 5 && random.next() < 0.5 / (depth + 1)) {
        const replies = random.int(1, 4)
        for (let index = 0; index < replies; index++) add(id, depth + 1)
      }
    }
    while (comments.length < HUGE_THREAD_SIZE) add(null, 0)
    return comments
  })
}

/** A conversation 50 replies deep, between two top-level comments. */
export function deepThread(slug: string, publishedAt: string): StoredComment[] {
  return cached(`deep:${slug}`, () => {
    const start = Date.parse(publishedAt)
    const names = ['Alice Bergeron', 'Benoît Lavoie']
    const comments = [
      comment('d-top', slug, null, 'Chantal Roy', 'Qui veut lancer le débat ?', start + 60_000),
    ]
    let parentId = 'd-top'
    for (let level = 1; level <= DEEP_THREAD_LEVELS; level++) {
      const id = `d-${String(level).padStart(2, '0')}`
      comments.push(
        comment(
          id,
          slug,
          parentId,
          names[level % 2] ?? 'Anonyme',
          `Réponse de niveau ${level}.`,
          start + (level + 1) * 60_000,
        ),
      )
      parentId = id
    }
    comments.push(
      comment(
        'd-last',
        slug,
        null,
        'Denis Côté',
        'Un commentaire après la longue discussion.',
        start + 120 * 60_000,
      ),
    )
    return comments
  })
}

/** Script-like text: it must show as text, character for character, and never run. */
export const HOSTILE_TEXTS = [
  '<script>window.__xss = "script"</script>',
  '<img src=x onerror="window.__xss=\'img\'">',
  '"><svg onload="window.__xss=\'svg\'">',
  'javascript:window.__xss="lien"',
  '<a href="javascript:window.__xss=\'a\'">clic</a>',
  '[Markdown](javascript:window.__xss="md") **gras**',
  "{{constructor.constructor('window.__xss=1')()}}",
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '\u202egnp.exe (remplacement droite-à-gauche)',
  '<style>body{display:none}</style>Texte visible',
] as const

export function xssThread(slug: string, publishedAt: string): StoredComment[] {
  return cached(`xss:${slug}`, () => {
    const start = Date.parse(publishedAt)
    return HOSTILE_TEXTS.map((text, index) =>
      comment(
        `x-${index}`,
        slug,
        index > 5 ? 'x-0' : null,
        text,
        `${text}\nhttps://exemple.ca/?q=<script>`,
        start + index * 60_000,
      ),
    )
  })
}

/** Hostile article fields: the body goes through the sanitiser, everything else must stay text. */
export function xssArticle(article: Article): Article {
  return {
    ...article,
    title: `<img src=x onerror="window.__xss='titre'"> ${article.title}`,
    excerpt: `<script>window.__xss="résumé"</script> ${article.excerpt}`,
    bodyHtml: [
      '<p>Le corps de cet article contient du HTML hostile ; rien ne doit s’exécuter.</p>',
      '<script>window.__xss = "body-script"</script>',
      '<p><img src="x" onerror="window.__xss=\'body-img\'" alt="image piégée"></p>',
      '<p><a href="javascript:window.__xss=\'body-link\'">lien javascript</a></p>',
      '<svg><a xlink:href="javascript:window.__xss=\'svg\'"><text y="20">svg</text></a></svg>',
      '<iframe srcdoc="<script>parent.__xss=\'iframe\'</script>"></iframe>',
      '<form action="javascript:window.__xss=\'form\'"><button formaction="javascript:window.__xss=1">Envoyer</button></form>',
      '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=\'mxss\'"></style></mglyph></table></mtext></math>',
      '<p onclick="window.__xss=\'click\'" style="position:fixed;inset:0">Paragraphe avec gestionnaire</p>',
      '<p>Ce texte montre du code, pas du HTML : &lt;script&gt;alert(1)&lt;/script&gt;</p>',
    ].join('\n'),
    photoCredit: '<b onmouseover="window.__xss=1">Crédit piégé</b>',
    related: [
      {
        title: '<script>window.__xss="related"</script>Lien javascript',
        url: 'javascript:window.__xss="related"',
        articleSlug: null,
      },
      { title: 'Lien data', url: 'data:text/html,<script>alert(1)</script>', articleSlug: null },
      ...article.related,
    ],
    author: {
      ...article.author,
      bio: `<img src=x onerror="window.__xss='bio'"> ${article.author.bio}`,
      links: [
        { label: '<b>Site</b> piégé', url: 'javascript:window.__xss="auteur"' },
        ...article.author.links,
      ],
    },
  }
}

const LONG_WORD = 'Anticonstitutionnellementextraordinairementincompréhensiblement'.repeat(4).slice(0, 200)

export const UNICODE_TEXTS = [
  { name: 'مريم الحسيني', body: 'تعليق باللغة العربية مع رقم 2016 وكلمة Chronique في الوسط.' },
  { name: 'שרה כהן', body: 'תגובה בעברית (עם סוגריים) ונקודה בסוף.' },
  { name: 'Famille 👩‍👩‍👧‍👦 Tremblay', body: 'Émojis et séquences ZWJ : 👩🏽‍💻 🏳️‍🌈 🧑‍🤝‍🧑 👍🏿 — et un drapeau 🇨🇦.' },
  { name: 'Zoë N̸̡a̴̛ḿ̵e̷', body: 'Diacritiques combinants : e\u0301 a\u0300 Z̷̢a̸l̴g̵o̶ t̷e̵x̴t̶e̷.' },
  { name: 'Mot interminable', body: `${LONG_WORD} ne doit jamais faire déborder la page.` },
  {
    name: 'Espaces\u00a0insécables',
    body: 'Des «\u00a0guillemets\u00a0» et 10\u00a0000\u00a0$ ne se coupent pas\u202f! Voilà\u202f?',
  },
] as const

export function unicodeThread(slug: string, publishedAt: string): StoredComment[] {
  return cached(`unicode:${slug}`, () => {
    const start = Date.parse(publishedAt)
    return UNICODE_TEXTS.map(({ name, body }, index) =>
      comment(`u-${index}`, slug, index === 1 ? 'u-0' : null, name, body, start + index * 60_000),
    )
  })
}

export function unicodeArticle(article: Article): Article {
  return { ...article, title: `${article.title} ${LONG_WORD}` }
}

/** The vector behind an `xss-<n>` slug. */
export function corpusVector(slug: string): XssVector | undefined {
  const match = /^xss-(\d+)$/.exec(slug)
  return match ? XSS_VECTORS.find((vector) => vector.id === Number(match[1])) : undefined
}

/** An article carrying one vector everywhere an article shows text: title, excerpt, body. */
export function corpusArticle(base: StoredArticle, vector: XssVector, slug: string): StoredArticle {
  return {
    ...base,
    slug,
    title: vector.html,
    excerpt: vector.html,
    bodyHtml: `<p>Vecteur ${vector.id} (${vector.source}) :</p>${vector.html}<p>Fin du vecteur ${vector.id}.</p>`,
    related: [],
  }
}

/** One comment whose author name and body are the vector. */
export function corpusComments(slug: string, vector: XssVector, publishedAt: string): StoredComment[] {
  return [comment(`xss-${vector.id}`, slug, null, vector.html, vector.html, Date.parse(publishedAt) + 60_000)]
}

let pathologicalBody: string | null = null

/** About 5 MB of HTML: a long text, 10,000 nested elements, and tags never closed. */
export function pathologicalHtml(): string {
  pathologicalBody ??= [
    '<p>Ce corps d’article est volontairement démesuré.</p>',
    '<div>'.repeat(10_000) + 'Au fond de 10 000 éléments imbriqués.' + '</div>'.repeat(10_000),
    '<p><b><i><span>Des balises jamais fermées',
    Array.from(
      { length: 9_000 },
      (_, index) =>
        `<p>Paragraphe ${index + 1}. ${'Le numérique transforme la relation entre les entreprises et leur clientèle. '.repeat(7)}`,
    ).join(''),
  ].join('\n')
  return pathologicalBody
}
