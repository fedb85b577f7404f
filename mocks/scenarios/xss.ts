import type { Article } from '../../src/lib/api-schemas.ts'
import { buildStoredComment, minutesAfter, type StoredComment } from '../store/stored-comment.ts'
import { builtOnce, defineScenario, onFirstArticle } from './scenario.ts'

/** Script-like text: it must show as text, character for character, and never run. */
const HOSTILE_TEXTS = [
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

const xssThread = builtOnce((slug: string, publishedAt: string): StoredComment[] =>
  HOSTILE_TEXTS.map((text, index) =>
    buildStoredComment({
      id: `x-${index}`,
      articleSlug: slug,
      parentId: index > 5 ? 'x-0' : null,
      authorName: text,
      body: `${text}\nhttps://exemple.ca/?q=<script>`,
      createdAt: minutesAfter(publishedAt, index),
    }),
  ),
)

/** Hostile article fields: the body goes through the sanitiser, everything else must stay text. */
function xssArticle(article: Article): Article {
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

export const xssScenario = defineScenario({
  name: 'xss',
  description:
    'Le premier article et ses commentaires sont remplis de HTML hostile : rien ne s’exécute, le texte s’affiche tel quel.',
  data: onFirstArticle({
    thread: xssThread,
    article: xssArticle,
  }),
})
