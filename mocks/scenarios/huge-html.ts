import { builtOnce, defineScenario, onFirstArticle } from './scenario.ts'

/** About 5 MB of HTML: a long text, 10,000 nested elements, and tags never closed. */
const pathologicalHtml = builtOnce(() =>
  [
    '<p>Ce corps d’article est volontairement démesuré.</p>',
    '<div>'.repeat(10_000) + 'Au fond de 10 000 éléments imbriqués.' + '</div>'.repeat(10_000),
    '<p><b><i><span>Des balises jamais fermées',
    Array.from(
      { length: 9_000 },
      (_, index) =>
        `<p>Paragraphe ${index + 1}. ${'Le numérique transforme la relation entre les entreprises et leur clientèle. '.repeat(7)}`,
    ).join(''),
  ].join('\n'),
)

export const hugeHtmlScenario = defineScenario({
  name: 'huge-html',
  description:
    'Le premier article a un corps pathologique : 5 Mo de texte, 10 000 éléments imbriqués, des balises jamais fermées. L’onglet ne fige pas, l’article s’affiche.',
  data: onFirstArticle({ article: (article) => ({ ...article, bodyHtml: pathologicalHtml() }) }),
})
