/**
 * The model page: Raymond Morin's first column for Isarta Infos (shared/content/isarta-article.txt),
 * reproduced faithfully. French typography as French puts it in the body: a no-break space (\u00a0)
 * before a colon and inside « », a narrow no-break space (\u202f) before ; ! ? and %. The title is
 * kept exactly as published.
 *
 * What the original page does not give, and this mock makes up (marked "Invented" below): the
 * publication date, the author's bio and link, the related links' titles, the cover's description,
 * the category, and the one comment (its author, its text and its time). The original shows
 * "Commentaires (1)" without the comment, and "Photo: ©Paul Labelle Photographe inc." at the very end,
 * after the related links: the credit of the author's portrait in the body (r-morin), not of the
 * cover; the app shows it there too.
 */
import type { SeedArticle, SeedAuthor } from './seed-types.ts'

export const isartaAuthor: SeedAuthor = {
  slug: 'raymond-morin',
  name: 'Raymond Morin',
  role: 'Consultant senior Stratégies Web/médias sociaux',
  // Invented: written from the column's own introduction (the original page has no bio).
  bio:
    'Depuis plus de vingt ans, Raymond Morin accompagne les entreprises qui prennent le virage numérique. ' +
    'Dans sa chronique, il s’intéresse au marketing d’influence dans les médias sociaux, aux nouvelles ' +
    'générations de «\u00a0consomm’acteurs\u00a0» et à la situation de l’industrie numérique au Québec.',
  // Invented: the original page has no author link.
  links: [{ label: 'Ses chroniques sur Isarta Infos', url: 'https://www.isarta.com/infos/' }],
  avatar: { url: '/images/avatars/raymond-morin.svg', alt: 'Raymond Morin', width: 96, height: 96 },
}

const intro =
  'L’équipe d’Isarta Infos est heureuse de collaborer avec Raymond Morin, Consultant senior Stratégies ' +
  'Web/médias sociaux. Découvrez sans plus attendre son premier billet d’opinion.'

const bodyHtml = [
  `<p>${intro}</p>`,
  '<p>Je suis très heureux de me joindre aux collaborateurs et blogueurs d’Isarta Infos. Dans cette nouvelle chronique, j’expliquerai l’impact du marketing d’influence dans les médias sociaux, et je vous présenterai mes observations sur les nouvelles générations de «\u00a0consomm’acteurs\u00a0» à l’ère numérique, ainsi que le pouvoir d’influence qu’ils exercent sur la transformation sociale des entreprises et des organisations. Enfin, je vous partagerai mes opinions sur la situation de l’industrie numérique au Québec.</p>',
  '<p><img src="/images/articles/r-morin.svg" alt="Portrait de Raymond Morin, consultant senior en stratégies Web et médias sociaux" width="320" height="320"></p>',
  '<p>Depuis plus de vingt ans, je travaille avec les nouvelles entreprises qui adoptent le virage numérique, et j’ai pu observer de l’intérieur leur transformation.</p>',
  '<p>De mon point de vue, si les premières phases devaient passer par l’intégration des innovations technologiques, les prochains enjeux se trouvent dans l’adoption de nouveaux modèles d’affaires.</p>',
  '<p>Et c’est à ce niveau, je crois, que les entreprises et les organisations au Québec accusent probablement le plus sérieux retard.</p>',
  '<h2>Un retard qui risque de coûter une fortune aux contribuables</h2>',
  '<p>Jusqu’à présent, des sommes gigantesques ont été investies dans les infrastructures et les parcs informatiques, comme le soulignait avec justesse Michelle Blanc dans un <a href="https://www.michelleblanc.com/">récent billet</a>.</p>',
  '<p>Et, durant tout ce temps, les fournisseurs en TI ont largement profité (pour ne pas dire abusé) de la situation pour élargir leur marché déjà très lucratif, et s’enrichir davantage. Au fil des années, il s’est développé une forme de copinage mutuel, qu’on continue encore aujourd’hui d’encourager à tous les paliers de gouvernement. Et, tant que cette collusion durera, la transformation sociale des organisations demeurera une affaire d’innovations technologiques.</p>',
  '<p>Dans ce contexte, je crois sincèrement qu’on accorde encore beaucoup d’importance aux TIC, alors qu’à mon avis les transformations les plus importantes, dans le passage des entreprises et des organisations à l’ère numérique, s’effectuent plutôt au niveau de la relation avec leur clientèle.</p>',
  '<p>L’implantation des innovations technologiques constitue certes la base initiale, mais ne représente pas la finalité. C’est ce qu’on réussira à en tirer qui fera la différence. Au Québec, c’est cet accompagnement stratégique qui semble faire défaut.</p>',
  '<h2>L’évangélisation nécessaire des dirigeants</h2>',
  '<p>Malgré toutes les initiatives, comme celle du CEFRIO avec le programme <a href="https://www.cefrio.qc.ca/">PME Numérique</a>, les entrepreneurs au Québec se montrent encore réservés face au commerce électronique.</p>',
  '<p>On considère tout au plus les réseaux sociaux comme une nouvelle vitrine promotionnelle, devenue incontournable, mais on y consacre pas encore les investissements nécessaires. Pendant ce temps-là, l’argent des consommateurs québécois sort à pelletée.</p>',
  '<p>Même si la pratique d’achat en ligne est définitivement bien ancrée dans les habitudes des consommateurs québécois (plus de 6,6\u00a0milliards de dollars en 2015), moins d’un dollar sur quatre est dépensé au Québec. Pire encore, près de 60\u202f% (58,5\u202f%) des entreprises et des organisations n’exploitent pas de plateformes de commerce électronique, et n’ont pas l’intention de s’y mettre. Si les entrepreneurs restent sur le quai de la gare et ratent le train, elles n’auront qu’elles-mêmes à blâmer.</p>',
  '<p>Comme le souligne Roch Courcy dans son analyse de l’étude de DOMO et CEO.com\u00a0: <a href="https://www.isarta.com/infos/">Les PDG et les médias sociaux\u00a0: pas encore le grand amour\u202f!</a>, plus de 6\u00a0dirigeants sur 10 n’ont pratiquement aucune présence sur les médias sociaux, et ne s’impliquent pas dans les stratégies déployées sur le Web et les différentes plateformes sociales.</p>',
  '<p>Il est plus que temps que les entrepreneurs prennent le virage, et révisent en profondeur leur modèle d’affaires.</p>',
  '<h2>Une nouvelle approche de marketing qui s’apprivoise</h2>',
  '<p>Une révolution sociale et économique aussi majeure que celle que nous traversons actuellement implique nécessairement une longue adaptation.</p>',
  '<p>Le passage d’un modèle économique, calqué sur les besoins d’une ère industrielle, à un nouvel écosystème numérique entraîne un apprentissage, étape par étape, qui s’étendra inévitablement sur une longue période de transition. Il faut y mettre de la volonté.</p>',
  '<p>Dans ce contexte, on peut comprendre que les dirigeants actuels (les boomers et les plus vieux de la génération X) affichent encore des réticences face à une transformation aussi importante de leur organisation. Pour eux, qui ne connaissent que le modèle économique traditionnel, la transition n’est pas naturelle, et s’avère encore plus difficile à faire. Avant d’aborder des changements aussi importants, ils ont d’abord besoin d’être sécurisé et d’être guidé dans la transformation numérique.</p>',
  '<blockquote><p>À force de concentrer les investissements dans les infrastructures et les innovations technologiques, l’industrie numérique au Québec rate le train de la transformation sociale et économique.</p></blockquote>',
  '<p>Pendant que les décideurs continuent de focuser sur les TIC, et d’alimenter le copinage qu’ils ont développés avec les fournisseurs au cours des 25\u00a0dernières années, les spécialistes du Web et des médias sociaux se bataillent les minces parts d’un marché frileux, et déjà restreint. Et, c’est sans compter la montée des nouveaux entrepreneurs indépendants, qui se proclament à leur tour des experts des réseaux sociaux, et qui viennent complexifier davantage la situation.</p>',
  '<h2>L’espoir repose sur la collectivité et les nouvelles générations</h2>',
  '<p>Ailleurs dans le monde, où les grappes industrielles numériques ont progressées plus rapidement, les spécialistes et les leaders d’opinion ont joint leurs forces pour former des noyaux de compétences complémentaires.</p>',
  '<p>Des initiatives qui auront favorisé la transformation sociale et numérique des entreprises et des organisations, au-delà d’une intégration des nouvelles technologies. Au Québec, on devrait plutôt prendre exemple de ces réussites de collectivités.</p>',
  '<p>Toutefois, même dans un contexte qui n’apparaît pas favorable, on peut néanmoins garder espoir, avec l’arrivée des nouvelles générations sur le marché du travail.</p>',
  '<p>D’ici 2020, la majorité des boomers et des plus vieux de la génération X (qui sont actuellement aux commandes des entreprises et des organisations) aura définitivement pris sa retraite, et les plus jeunes générations les auront remplacés aux postes décisionnels. Les derniers freins à la transformation sociale auront alors disparus complètement.</p>',
  '<p>On doit déjà leur préparer le terrain.</p>',
  '<p><strong>Qu’en pensez-vous\u202f? Quel est votre point de vue sur la situation actuelle de l’industrie numérique au Québec\u202f? Partagez vos idées et commentaires avec nos lecteurs.</strong></p>',
].join('\n')

export const isartaArticle: SeedArticle = {
  slug: 'la-transformation-sociale-des-entreprises-le-quebec-toujours-en-gare',
  title: 'La transformation sociale des entreprises: le Québec toujours en gare!',
  excerpt: intro,
  // Invented: the original shows no category.
  categorySlug: 'medias-sociaux',
  authorSlug: isartaAuthor.slug,
  // Invented: the original's date is empty ("Reviewed by Raymond Morin on ."); 8 March 2016 is a guess.
  publishedAt: '2016-03-08T14:05:00Z',
  bodyHtml,
  // As published, at the end of the page: the credit of the portrait in the body, not of the cover.
  photoCredit: 'Photo: ©Paul Labelle Photographe inc.',
  cover: {
    // The original's cover image (entreprise_numerique); its description here is invented.
    url: '/images/articles/entreprise-numerique.svg',
    alt: 'Illustration de l’entreprise numérique\u00a0: un immeuble de bureaux relié par un réseau à des ordinateurs, des téléphones et des personnes',
    width: 1200,
    height: 675,
  },
  // The original lists the three addresses alone: the titles are invented.
  related: [
    {
      title: 'Les 6 clés de l’adoption du numérique (PME Numérique)',
      url: 'http://www.pmenumerique.ca/les-6-cles-de-ladoption-du-numerique/',
      articleSlug: null,
    },
    {
      title: 'La prospérité du Québec passe par le numérique (TechnoMontréal)',
      url: 'http://www.technomontreal.com/fr/actualites/nouvelles/la-prosp-rit-du-qu-bec-passe-par-le-num-rique',
      articleSlug: null,
    },
    {
      title: 'Le Web comme outil pour communiquer avec ses proches (CEFRIO, NETendances)',
      url: 'http://www.cefrio.qc.ca/netendances/les-modes-de-communication-au-quebec-le-mobile-et-le-web-nez-a-nez/le-web-comme-outil-pour-communiquer-avec-ses-proches/',
      articleSlug: null,
    },
  ],
  rating: { average: 0, count: 0 },
  thread: {
    kind: 'written',
    // Invented, all of it: the original says "Commentaires (1)" but does not show the comment, so its
    // author, its text and its time (155 minutes after publication) are made up.
    comments: [
      {
        authorName: 'Sylvie Gagnon',
        body:
          'Tout à fait d’accord avec vous. Dans ma région, plusieurs PME hésitent encore à vendre en ligne, ' +
          'alors que leurs clients achètent déjà ailleurs.\n\nMerci pour ce billet qui remet les pendules à l’heure\u202f!',
        minutesAfterPublication: 155,
      },
    ],
  },
}
