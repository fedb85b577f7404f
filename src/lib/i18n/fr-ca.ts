/**
 * Every word of the interface, in Canadian French (the default). Components read it through
 * `useMessages()`; the English catalogue (en-ca.ts) is an object of the same type, loaded on demand.
 */
import { formatDecimal, formatInteger, pluralCategory, type Locale } from './format'

const locale: Locale = 'fr-CA'
const count = (n: number, one: string, other: string) =>
  `${formatInteger(n, locale)}\u00a0${pluralCategory(n, locale) === 'one' ? one : other}`

export const frCA = {
  locale: locale as Locale,
  app: {
    name: 'Chronique',
    tagline: 'Le meilleur des magazines en ligne, à lire et à commenter',
    homeSuffix: ', accueil',
    skipLink: 'Aller au contenu',
    documentTitle: (page: string) => `${page} — Chronique`,
    loading: 'Chargement…',
    footer: 'Chronique — lecture et commentaires pour les magazines en ligne francophones.',
    backToTop: 'Retour en haut de la page',
    retry: 'Réessayer',
    home: 'Retour à l’accueil',
  },
  list: {
    heading: 'Articles',
    headingForSearch: (query: string) => `Résultats pour «\u00a0${query}\u00a0»`,
    searchRegion: 'Recherche d’articles',
    searchLabel: 'Rechercher un article',
    searchHint: 'Titre ou résumé, avec ou sans accents',
    searchButton: 'Rechercher',
    clearSearch: 'Effacer la recherche',
    categories: 'Catégories',
    allCategories: 'À la une',
    resultCount: (total: number) => (total === 0 ? 'Aucun article' : count(total, 'article', 'articles')),
    pageOf: (page: number, pages: number) => `page ${page} sur ${pages}`,
    emptyTitle: 'Aucun article trouvé',
    emptySearch: (query: string) =>
      `Aucun article ne correspond à «\u00a0${query}\u00a0». Vérifiez l’orthographe ou essayez un autre mot.`,
    emptyCategory: 'Cette catégorie ne contient encore aucun article.',
    emptyAll: 'Aucun article n’a encore été publié.',
    showAll: 'Voir tous les articles',
    pagination: 'Pagination',
    previousPage: 'Page précédente',
    nextPage: 'Page suivante',
    pageLink: (page: number) => `Page ${page}`,
    pageDocumentTitle: (page: number) => `Articles, page ${page}`,
    pageOutOfRange: (pages: number) =>
      `Cette page n’existe pas\u00a0: la liste compte ${count(pages, 'page', 'pages')}.`,
    firstPage: 'Aller à la première page',
  },
  article: {
    by: 'Par',
    publishedOn: 'Publié le',
    readingTime: (minutes: number) => `${formatInteger(minutes, locale)}\u00a0min de lecture`,
    commentCount: (n: number) => (n === 0 ? 'Aucun commentaire' : count(n, 'commentaire', 'commentaires')),
    category: 'Catégorie',
    related: 'À lire aussi sur le sujet',
    externalSite: '(site externe)',
    aboutAuthor: 'À propos de l’auteur',
    authorArticles: (name: string) => `Tous les articles de ${name}`,
    authorLinks: 'Liens',
    notFoundTitle: 'Article introuvable',
    notFoundBody: 'Cet article n’existe pas ou n’est plus en ligne. Il a peut-être été déplacé.',
    goneTitle: 'Cet article a été retiré',
    goneBody:
      'L’éditeur a retiré cet article de la publication. Les autres articles restent à votre disposition.',
  },
  rating: {
    none: 'Aucune évaluation',
    label: (average: number, ratings: number) =>
      `Note moyenne\u00a0: ${formatDecimal(average, locale)} sur 5, ${count(ratings, 'évaluation', 'évaluations')}`,
    average: (average: number) => `${formatDecimal(average, locale)}\u00a0/\u00a05`,
    count: (ratings: number) => `(${count(ratings, 'évaluation', 'évaluations')})`,
    question: 'Qu’avez-vous pensé de cet article\u202f?',
    stars: (n: number) => count(n, 'étoile', 'étoiles'),
    submit: 'Envoyer ma note',
    chooseFirst: 'Choisissez de 1 à 5 étoiles, puis envoyez votre note.',
    thanks: (n: number) => `Merci\u202f! Vous avez donné ${count(n, 'étoile', 'étoiles')}`,
    failed: 'Votre note n’a pas été enregistrée.',
    yours: (n: number) => `Votre note\u00a0: ${formatInteger(n, locale)} sur 5`,
    change: 'Modifier ma note',
    cancelChange: 'Annuler',
  },
  author: {
    articlesHeading: (name: string) => `Articles de ${name}`,
    notFoundTitle: 'Auteur introuvable',
    notFoundBody: 'Nous ne trouvons aucun auteur à cette adresse.',
  },
  comments: {
    heading: (total: number) => `Commentaires (${formatInteger(total, locale)})`,
    emptyTitle: 'Soyez le premier à commenter',
    emptyBody: 'Personne n’a encore réagi à cet article. Votre avis lancera la conversation.',
    justNow: 'à l’instant',
    postedOn: (date: string) => `Publié le ${date}`,
    deleted: 'Commentaire supprimé',
    inReplyTo: 'en réponse à',
    repliesLabel: (name: string) => `Réponses à ${name}`,
    loadMore: 'Voir plus de commentaires',
    remaining: (remaining: number) => count(remaining, 'commentaire restant', 'commentaires restants'),
    loadError: 'Les commentaires n’ont pas pu être chargés.',
    loadMoreError: 'La suite des commentaires n’a pas pu être chargée.',
    hiddenPage: (first: number, last: number) =>
      first === last
        ? `Commentaire ${formatInteger(first, locale)} et ses réponses masqués pour alléger la page`
        : `Commentaires ${formatInteger(first, locale)} à ${formatInteger(last, locale)} et leurs réponses masqués pour alléger la page`,
    showHiddenPage: (first: number, last: number) =>
      first === last
        ? `Afficher le commentaire ${formatInteger(first, locale)}`
        : `Afficher les commentaires ${formatInteger(first, locale)} à ${formatInteger(last, locale)}`,
    sortLabel: 'Trier les commentaires',
    sortOldest: 'Plus anciens',
    sortNewest: 'Plus récents',
    sortPopular: 'Les plus appréciés',
    reply: 'Répondre',
    replyTo: (name: string) => `Répondre à ${name}`,
    hideReplies: (n: number) => `Masquer les réponses (${formatInteger(n, locale)})`,
    showReplies: (n: number) => `Afficher ${count(n, 'réponse', 'réponses')}`,
    permalink: 'Copier le lien',
    permalinkField: 'Lien du commentaire',
    permalinkLabel: (name: string) => `Copier le lien vers le commentaire de ${name}`,
    linkCopied: 'Lien copié',
    copyThisLink: 'Copiez ce lien\u00a0:',
    permalinkMissing:
      'Le commentaire que vous cherchez n’est plus dans cette discussion. Il a peut-être été supprimé.',
    sending: 'Envoi…',
    waitingForNetwork: 'En attente de connexion',
    waitingForNetworkHint: 'Votre commentaire sera envoyé dès le retour de la connexion.',
    posted: 'Commentaire publié',
    replyPosted: 'Réponse publiée',
    own: {
      edit: 'Modifier',
      delete: 'Supprimer',
      editableFor: (minutes: number) =>
        minutes < 1
          ? 'Modifiable encore moins d’une minute'
          : `Modifiable encore ${formatInteger(minutes, locale)}\u00a0min`,
      edited: 'modifié',
      editedOn: (date: string) => `Modifié le ${date}`,
      editHeading: 'Modifier votre commentaire',
      editBody: 'Votre commentaire',
      save: 'Enregistrer',
      saving: 'Enregistrement…',
      cancel: 'Annuler',
      saved: 'Commentaire modifié',
      deleteTitle: 'Supprimer ce commentaire\u202f?',
      deleteBody: 'Il disparaîtra de la discussion (ses réponses restent). Cette action est définitive.',
      deleteConfirm: 'Supprimer',
      deleteCancel: 'Annuler',
      deleted: 'Commentaire supprimé',
      expired: 'Le délai de 15 minutes pour modifier ou supprimer ce commentaire est écoulé.',
      gone: 'Ce commentaire n’existe plus.',
      editFailed: 'La modification n’a pas été enregistrée.',
      deleteFailed: 'Le commentaire n’a pas été supprimé.',
      textKept: 'Votre texte est conservé.',
    },
    held: {
      mark: 'En attente de modération',
      hint: 'Visible par vous seulement pour l’instant\u00a0: la rédaction le lira avant de le publier.',
      posted:
        'Commentaire envoyé. Il est en attente de modération\u00a0: la rédaction le lira avant de le publier.',
      replyPosted:
        'Réponse envoyée. Elle est en attente de modération\u00a0: la rédaction la lira avant de la publier.',
      refusedTitle: 'Votre commentaire n’a pas été publié',
      refusedBody:
        'La rédaction l’a lu et a choisi de ne pas le publier. Voici votre texte, si vous souhaitez le garder.',
      refusedAnnouncement:
        'Votre commentaire n’a pas été publié par la rédaction. Votre texte vous est proposé, à copier si vous souhaitez le garder.',
      yourText: 'Votre texte',
      dismiss: 'J’ai compris',
    },
    closed: {
      message: 'Les commentaires sont fermés pour cet article.',
      unsent:
        'Votre texte n’a pas été publié\u00a0: les commentaires ont été fermés pendant que vous écriviez. Le voici, à copier si vous souhaitez le garder.',
      yourText: 'Votre texte non publié',
      discard: 'Effacer ce texte',
    },
    kept: {
      copy: 'Copier le texte',
      copied: 'Texte copié',
      copyByHand: 'Le texte est sélectionné\u00a0: copiez-le avec Ctrl + C (Cmd + C sur Mac).',
    },
    likes: {
      like: 'J’aime',
      label: (n: number) => `J’aime, ${formatInteger(n, locale)}`,
      /** On the reader's own comment, which they cannot like: the count alone. */
      count: (n: number) => `${formatInteger(n, locale)}\u00a0J’aime`,
      likeFailed: 'Votre «\u00a0J’aime\u00a0» n’a pas été enregistré.',
      unlikeFailed: 'Votre «\u00a0J’aime\u00a0» n’a pas été retiré.',
    },
    report: {
      open: 'Signaler',
      reported: 'Signalé',
      reportedHint: 'Vous avez signalé ce commentaire.',
      title: 'Signaler ce commentaire',
      intro: 'Le commentaire reste affiché pendant que l’équipe de modération l’examine.',
      reason: 'Motif du signalement',
      reasons: {
        spam: 'Spam',
        abuse: 'Propos injurieux ou haineux',
        off_topic: 'Hors sujet',
        other: 'Autre',
      },
      note: 'Précisions',
      noteHint: 'Facultatives, sauf pour «\u00a0Autre\u00a0».',
      reasonRequired: 'Choisissez un motif.',
      noteRequired: 'Pour «\u00a0Autre\u00a0», précisez le motif du signalement.',
      noteTooLong: (max: number, length: number) =>
        `Les précisions ne peuvent dépasser ${formatInteger(max, locale)} caractères (elles en comptent ${formatInteger(length, locale)}).`,
      submit: 'Envoyer le signalement',
      cancel: 'Annuler',
      thanks: 'Merci. L’équipe de modération examinera ce commentaire.',
      close: 'Fermer',
      failed: 'Le signalement n’a pas été envoyé.',
      rateLimited: (seconds: number | null) =>
        `Vous avez envoyé plusieurs signalements en peu de temps. Vous pourrez signaler de nouveau ${
          seconds === null
            ? 'dans quelques minutes'
            : seconds < 60
              ? `dans ${count(seconds, 'seconde', 'secondes')}`
              : `dans ${count(Math.ceil(seconds / 60), 'minute', 'minutes')}`
        }.`,
    },
    badges: {
      author: 'Auteur',
      authorHint: 'L’auteur de l’article',
      staff: 'Rédaction',
      staffHint: 'Un membre de la rédaction',
    },
    picks: {
      heading: 'Choix de la rédaction',
      mark: 'Choix de la rédaction',
      seeInThread: 'Voir dans la discussion',
      /** After "Voir dans la discussion", for screen readers: whose comment it is. */
      seeInThreadWhose: (name: string) => `\u00a0: commentaire de ${name}`,
    },
    live: {
      newComments: (n: number) => count(n, 'nouveau commentaire', 'nouveaux commentaires'),
      show: (n: number) => `Afficher ${count(n, 'nouveau commentaire', 'nouveaux commentaires')}`,
    },
    form: {
      heading: 'Ajouter un commentaire',
      name: 'Votre nom',
      nameHint: 'Affiché avec votre commentaire.',
      body: 'Votre commentaire',
      replyBody: 'Votre réponse',
      bodyHint: 'Texte simple. Les liens http et https deviennent cliquables. Ctrl + Entrée pour publier.',
      submit: 'Publier le commentaire',
      submitReply: 'Publier la réponse',
      cancel: 'Annuler',
      counter: (length: number, max: number) =>
        `${formatInteger(length, locale)}\u00a0/\u00a0${formatInteger(max, locale)} caractères`,
      remainingAnnouncement: (left: number) =>
        left >= 0
          ? `Il reste ${count(left, 'caractère', 'caractères')}.`
          : `Limite dépassée de ${count(-left, 'caractère', 'caractères')}.`,
      nameRequired: 'Indiquez votre nom.',
      nameTooLong: (max: number, length: number) =>
        `Votre nom ne peut dépasser ${formatInteger(max, locale)} caractères (il en compte ${formatInteger(length, locale)}).`,
      bodyRequired: 'Écrivez votre commentaire.',
      replyRequired: 'Écrivez votre réponse.',
      bodyTooLong: (max: number, length: number) =>
        `Votre commentaire dépasse la limite de ${formatInteger(max, locale)} caractères de ${count(length - max, 'caractère', 'caractères')}.`,
      notPosted: 'Votre commentaire n’a pas été publié.',
      textKept: 'Votre texte est conservé ci-dessous.',
      rateLimited: (seconds: number) =>
        `Vous avez publié plusieurs commentaires en peu de temps. Vous pourrez publier de nouveau dans ${count(seconds, 'seconde', 'secondes')}.`,
      parentGone: 'Le commentaire auquel vous répondez n’existe plus.',
      closed: 'Les commentaires de cet article ont été fermés.',
      offlineHint:
        'Vous êtes hors ligne\u00a0: vous pouvez écrire et publier, votre commentaire sera envoyé dès le retour de la connexion.',
      retry: 'Réessayer',
    },
  },
  metadata: {
    siteDescription:
      'Chronique\u00a0: les articles des magazines en ligne francophones, à lire et à commenter.',
    listDescription: (category: string | null, query: string | null) =>
      query
        ? `Articles de Chronique sur «\u00a0${query}\u00a0».`
        : category
          ? `Les articles de la catégorie ${category} sur Chronique.`
          : 'Les derniers articles des magazines en ligne francophones, à lire et à commenter.',
    authorDescription: (name: string) => `${name}\u00a0: sa présentation et ses articles sur Chronique.`,
    ogLocale: 'fr_CA',
  },
  articleTools: {
    label: 'Outils de l’article',
    share: 'Partager',
    shareCopied: 'Lien de l’article copié',
    shareCopyThis: 'Copiez le lien de l’article\u00a0:',
    print: 'Imprimer',
    printWithComments: 'Imprimer avec les commentaires',
    printPreparing: 'Préparation de l’impression…',
  },
  reading: {
    resume: (percent: string) => `Reprendre la lecture (${percent})`,
    resumeHint: 'Vous aviez commencé cet article.',
    dismissResume: 'Ignorer',
  },
  language: {
    /** The other language, named in itself: a reader who needs it can read the button. */
    switchTo: {
      locale: 'en-CA' as Locale,
      lang: 'en',
      label: 'English',
      code: 'EN',
      hint: 'Read the interface in English',
    },
    loadFailed: 'L’anglais n’a pas pu être chargé. Vérifiez votre connexion, puis réessayez.',
    changed: 'L’interface est maintenant en français.',
  },
  preferences: {
    toggle: 'Affichage',
    theme: 'Thème',
    themes: { auto: 'Automatique (comme l’appareil)', light: 'Clair', dark: 'Sombre' },
    textSize: 'Taille du texte',
    textSizes: (scale: number): string =>
      scale < 1 ? 'Petite' : scale === 1 ? 'Normale' : scale < 1.2 ? 'Grande' : 'Très grande',
  },
  network: {
    offline:
      'Vous êtes hors ligne. Ce qui est déjà affiché reste lisible\u202f; le reste se chargera au retour de la connexion.',
    backOnline: 'Connexion rétablie.',
  },
  notFound: {
    title: 'Page introuvable',
    body: 'La page que vous cherchez n’existe pas ou a été déplacée.',
  },
  errors: {
    title: 'Un problème est survenu',
    network: 'Impossible de joindre le serveur. Vérifiez votre connexion Internet, puis réessayez.',
    timeout: 'Le serveur met trop de temps à répondre. Réessayez dans un instant.',
    malformed:
      'Le serveur a envoyé une réponse illisible. Réessayez\u202f; si le problème persiste, revenez plus tard.',
    server: 'Le serveur a rencontré une erreur. Réessayez dans un instant.',
    rateLimited: (seconds: number | null) =>
      seconds === null
        ? 'Trop de requêtes en peu de temps. Patientez un moment, puis réessayez.'
        : `Trop de requêtes en peu de temps. Réessayez dans ${count(seconds, 'seconde', 'secondes')}.`,
    badRequest: 'La demande n’est pas valide.',
    notFound: 'Cette ressource est introuvable.',
    unexpected: 'Une erreur inattendue est survenue. Rechargez la page pour continuer.',
    reload: 'Recharger la page',
    pageNotKeptOffline:
      'Vous êtes hors ligne, et cette page n’a pas encore été ouverte sur cet appareil\u202f: seules les pages déjà lues se consultent sans connexion. Réessayez une fois la connexion revenue.',
    pageCode:
      'Cette page n’a pas pu être chargée. Vérifiez votre connexion, puis rechargez la page (une nouvelle version du site a peut-être été publiée).',
  },
  offlineReading: {
    updateTitle: 'Nouvelle version disponible',
    updateHint: 'La page sera rechargée\u202f; vos brouillons de commentaires sont conservés.',
    updateAnnouncement:
      'Nouvelle version de Chronique disponible. Le bouton «\u00a0Mettre à jour\u00a0» est en haut de la page.',
    update: 'Mettre à jour',
    updating: 'Mise à jour…',
    dismiss: 'Plus tard',
  },
}

export type Messages = typeof frCA
