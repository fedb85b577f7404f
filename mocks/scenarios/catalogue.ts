/**
 * Every scenario a tester can put the mocked API in, with what the reader should then see. The QA
 * panel lists them and the README documents them from this list.
 */
export const SCENARIOS = {
  default: 'L’API normale, avec les données de départ.',
  empty: 'Aucun article, aucun commentaire : les états vides de la liste et du fil.',
  slow: 'Chaque réponse arrive après un délai (`?latency=` en ms, 1500 par défaut) : squelettes et barre de chargement, puis le contenu.',
  flaky:
    'Une requête sur deux échoue (500) : l’erreur reste dans sa section, « Réessayer » finit par passer.',
  offline:
    'Toutes les requêtes échouent comme sans réseau : « Impossible de joindre le serveur » et « Réessayer » dans chaque section.',
  timeout:
    'Aucune réponse : après 10 s, un message « Le serveur met trop de temps à répondre » et « Réessayer », jamais de chargement sans fin.',
  'article-404':
    'Chaque article répond 404 : « Article introuvable » et un lien vers l’accueil ; la liste fonctionne.',
  'comments-error':
    'Le fil de commentaires répond 500 : erreur et « Réessayer » dans la section des commentaires, l’article reste lisible.',
  'post-error':
    'Publier répond 500 : « Votre commentaire n’a pas été publié », le texte revient dans la zone, « Réessayer ».',
  'post-validation':
    'Publier répond 400 avec des erreurs par champ : elles s’affichent sous les champs, le premier reçoit le focus.',
  'rate-limited':
    'Publier répond 429 avec Retry-After : 30 : le délai avant de pouvoir publier, le texte conservé.',
  malformed:
    'Réponses hors contrat (champs manquants, mauvais types, page HTML 502) : « réponse illisible » dans la section, pas de plantage.',
  'huge-thread':
    'Le premier article de la liste a 5 000 commentaires imbriqués : le fil reste fluide, « Voir plus de commentaires » charge la suite.',
  'deep-thread':
    'Le premier article a des réponses sur 50 niveaux : l’indentation s’arrête au niveau 3 avec « en réponse à … ».',
  xss: 'Le premier article et ses commentaires sont remplis de HTML hostile : rien ne s’exécute, le texte s’affiche tel quel.',
  'xss-corpus':
    'Le corpus de 270 vecteurs XSS : l’article /articles/xss-<n> porte le vecteur n comme titre, corps, nom d’auteur et commentaire. Rien ne s’exécute, le texte s’affiche tel quel.',
  'huge-html':
    'Le premier article a un corps pathologique : 5 Mo de texte, 10 000 éléments imbriqués, des balises jamais fermées. L’onglet ne fige pas, l’article s’affiche.',
  live: 'D’autres lecteurs publient, modifient et suppriment des commentaires toutes les quelques secondes : un bouton « N nouveaux commentaires » les révèle, modifications et suppressions s’appliquent sur place.',
  'edit-expired':
    'Le délai de 15 minutes est écoulé pour tous les commentaires : modifier ou supprimer le sien répond 403, les commandes disparaissent avec un message clair.',
  unicode:
    'Le premier article : noms de droite à gauche, émojis et séquences ZWJ, diacritiques combinants, mots de 200 caractères, espaces insécables.',
} as const

export type ScenarioName = keyof typeof SCENARIOS

export const SCENARIO_NAMES = Object.keys(SCENARIOS) as ScenarioName[]

export function isScenarioName(name: string): name is ScenarioName {
  return Object.hasOwn(SCENARIOS, name)
}
