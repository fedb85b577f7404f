<?php
/**
 * French (fr_FR, fr_CA, …) for the plugin's admin screens. See includes/class-i18n.php for why this
 * is a PHP map rather than a .mo file.
 *
 * @package Chronique
 */

declare(strict_types=1);

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

return array(
	'"Choose for the editors" (under a comment) puts it in the "Editors\' picks" section above the thread; the ten most recent picks show. "Remove from the editors\' picks" takes it out.' => '« Choisir pour la rédaction » (sous un commentaire) le place dans la section « Choix de la rédaction » au-dessus du fil ; les dix choix les plus récents s’affichent. « Retirer de la rédaction » l’en retire.',
	'(Removed by its author.)'                     => '(Supprimé par son auteur.)',
	'A published comment reported by this many different readers goes back to moderation (Comments → Pending) until an editor approves it again.' => 'Un commentaire publié signalé par ce nombre de lecteurs différents retourne en modération (Commentaires → En attente) jusqu’à ce qu’un éditeur l’approuve de nouveau.',
	'Abusive or hateful'                           => 'Propos injurieux ou haineux',
	'Address prefix'                               => 'Préfixe des adresses',
	'Address'                                      => 'Adresse',
	'Allowed origins'                              => 'Origines autorisées',
	'An author can edit or delete their comment for 15 minutes. A deleted comment that has replies stays as "deleted" to keep the conversation readable.' => 'L’auteur d’un commentaire peut le modifier ou le supprimer pendant 15 minutes. Un commentaire supprimé qui a des réponses reste affiché comme « supprimé » pour que la conversation reste lisible.',
	'Avatar (media library)'                       => 'Avatar (médiathèque)',
	'Choose an image'                              => 'Choisir une image',
	'Choose for the editors'                       => 'Choisir pour la rédaction',
	'Choose the avatar'                            => 'Choisir l’avatar',
	'Chronique guide'                              => 'Guide Chronique',
	'Chronique'                                    => 'Chronique',
	'Chronique: guide for editors'                 => 'Chronique : guide de la rédaction',
	'Editors\' pick'                               => 'Choix de la rédaction',
	'For example: Columnist, technology and innovation.' => 'Par exemple : Chroniqueur, technologie et innovation.',
	'Further reading on the subject'               => 'À lire aussi sur le sujet',
	'Guide for editors: moderating comments, picks and reports' => 'Guide de la rédaction : modération, choix de la rédaction et signalements',
	'Held comments (Pending) are seen only by their author, marked "awaiting moderation". Approved, they appear in the app within seconds. Spam and trash never appear.' => 'Les commentaires retenus (En attente) ne sont vus que par leur auteur, marqués « En attente de modération ». Une fois approuvés, ils apparaissent dans l’application en quelques secondes. Les indésirables et la corbeille n’apparaissent jamais.',
	'Label'                                        => 'Libellé',
	'More links'                                   => 'Autres liens',
	'No reports'                                   => 'Aucun signalement',
	'Off topic'                                    => 'Hors sujet',
	'One per line, e.g. https://lecteur.magazine.example. Only these web addresses may call the API from a browser (exact match: scheme, host and port). Leave empty when the app is served from this site itself.' => 'Une par ligne, p. ex. https://lecteur.magazine.example. Seules ces adresses peuvent appeler l’API depuis un navigateur (correspondance exacte : protocole, hôte et port). Laissez vide si l’application est servie par ce site lui-même.',
	'Other'                                        => 'Autre',
	'Readers can report a comment. The Reports column shows how many and why; the "Reported" view lists them. A comment reported by %d different readers goes back to Pending by itself; approving it again clears those reports.' => 'Les lecteurs peuvent signaler un commentaire. La colonne Signalements indique combien et pourquoi ; la vue « Signalés » les rassemble. Un commentaire signalé par %d lecteurs différents retourne de lui-même En attente ; l’approuver de nouveau efface ces signalements.',
	'Readers of the Chronique app comment with a name only. Their comments are ordinary WordPress comments: approve, edit, reply, mark as spam or trash them here, under Comments, as usual.' => 'Les lecteurs de l’application Chronique commentent avec un nom seulement. Leurs commentaires sont des commentaires WordPress ordinaires : approuvez-les, modifiez-les, répondez-y, marquez-les comme indésirables ou mettez-les à la corbeille ici, sous Commentaires, comme d’habitude.',
	'Readers open your articles in the app, at the address below. Old addresses of posts, categories and authors redirect to the app (301). The admin, login, feeds, sitemaps, pages and uploads stay WordPress\'s.' => 'Les lecteurs ouvrent vos articles dans l’application, à l’adresse ci-dessous. Les anciennes adresses des articles, catégories et auteurs redirigent vers l’application (301). L’administration, la connexion, les flux, les plans du site, les pages et les médias restent ceux de WordPress.',
	'Remove from the editors\' picks'              => 'Retirer de la rédaction',
	'Remove'                                       => 'Retirer',
	'Reported'                                     => 'Signalés',
	'Reports before moderation'                    => 'Signalements avant modération',
	'Reports'                                      => 'Signalements',
	'Role shown with the byline'                   => 'Fonction affichée avec la signature',
	'Serve the app from this site'                 => 'Servir l’application depuis ce site',
	'Settings → Discussion decides what is held. Because readers give no e-mail address, "Comment author must have a previously approved comment" holds every reader\'s comment while it is on.' => 'Réglages → Commentaires décide de ce qui est retenu. Comme les lecteurs ne donnent pas d’adresse courriel, « L’auteur d’un commentaire doit avoir déjà au moins un commentaire approuvé » retient tous les commentaires des lecteurs tant que l’option est cochée.',
	'Settings'                                     => 'Réglages',
	'Shown after the website of the profile. Leave a row empty to remove it.' => 'Affichés après le site Web du profil. Videz une ligne pour la retirer.',
	'Shown under the article in the app. A link to one of this site\'s posts opens it in the app.' => 'Affichés sous l’article dans l’application. Un lien vers un article de ce site l’ouvre dans l’application.',
	'Sorry, you are not allowed to edit this comment.' => 'Désolé, vous n’avez pas l’autorisation de modifier ce commentaire.',
	'Sorry, you are not allowed to manage these settings.' => 'Désolé, vous n’avez pas l’autorisation de gérer ces réglages.',
	'Sorry, you are not allowed to read this page.' => 'Désolé, vous n’avez pas l’autorisation de lire cette page.',
	'Spam'                                         => 'Spam',
	'The address prefix must be words of lowercase letters, digits and dashes separated by slashes (e.g. /lire/), and not one of WordPress\'s own addresses; %s was kept.' => 'Le préfixe doit être fait de mots en minuscules, chiffres et traits d’union séparés par des barres obliques (p. ex. /lire/), et ne pas être une adresse de WordPress ; %s a été conservé.',
	'The app'                                      => 'L’application',
	'The app:'                                     => 'L’application :',
	'The Chronique app reads your posts and comments through this address (build the app with it as VITE_API_BASE_URL):' => 'L’application Chronique lit vos articles et commentaires à cette adresse (construisez l’application avec cette valeur comme VITE_API_BASE_URL) :',
	'The comment is no longer one of the editors\' picks.' => 'Le commentaire ne fait plus partie des choix de la rédaction.',
	'The comment is now one of the editors\' picks.' => 'Le commentaire fait maintenant partie des choix de la rédaction.',
	'The image\'s ID in the media library. Its alternative text is used in the app. Without one, no picture is shown (never Gravatar).' => 'L’identifiant de l’image dans la médiathèque. Son texte de remplacement est utilisé dans l’application. Sans image, aucune photo n’est affichée (jamais Gravatar).',
	'These lines are not origins (scheme://host[:port], nothing after) and were left out: %s' => 'Ces lignes ne sont pas des origines (protocole://hôte[:port], rien après) et ont été ignorées : %s',
	'This app calls the API at %1$s, but this site serves it at %2$s: rebuild the zip with VITE_API_BASE_URL=%2$s.' => 'Cette application appelle l’API à %1$s, mais ce site la sert à %2$s : refaites le zip avec VITE_API_BASE_URL=%2$s.',
	'This copy of the plugin carries no app (it serves the API only). Install the zip made by npm run wordpress:zip to serve the app from this site.' => 'Cette copie de l’extension ne contient pas l’application (elle ne sert que l’API). Installez le zip produit par npm run wordpress:zip pour servir l’application depuis ce site.',
	'Title'                                        => 'Titre',
	'Use this image'                               => 'Utiliser cette image',
	'Where the app\'s pages start: / for the whole site, or a prefix such as /lire/ to keep the rest of the site as it is.' => 'Où commencent les pages de l’application : / pour tout le site, ou un préfixe comme /lire/ pour garder le reste du site tel quel.',
	'Your own replies (written while logged in) carry the "Staff" badge in the app, and the post author\'s the "Author" badge. A reader can never get a badge by choosing a name.' => 'Vos propres réponses (écrites en étant connecté) portent le badge « Rédaction » dans l’application, et celles de l’auteur de l’article le badge « Auteur ». Un lecteur ne peut jamais obtenir de badge en choisissant un nom.',
);
