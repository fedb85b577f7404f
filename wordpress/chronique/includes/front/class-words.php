<?php
/**
 * The app's words the server writes into a page's head before the app runs: the same as the app's
 * French catalogue (src/lib/i18n/fr-ca.ts, `app`, `list`, `metadata`, `notFound`, `article` and
 * `author`), so the tab's title and the link previews say what the app says once it has started.
 * The e2e test compares them with what the app sets (e2e/wordpress-app.spec.ts).
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique\Front;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Words {

	private const NBSP = "\u{00A0}";

	public const APP_NAME       = 'Chronique';
	public const OG_LOCALE      = 'fr_CA';
	public const LANG           = 'fr-CA';
	public const CONTENT_LANG   = 'fr';
	public const LIST_HEADING   = 'Articles';
	public const NOT_FOUND      = 'Page introuvable';
	public const NO_ARTICLE     = 'Article introuvable';
	public const NO_AUTHOR      = 'Auteur introuvable';
	public const SERVER_TROUBLE = 'Un problème est survenu';

	// The readable HTML's words (Readable_Html and the pages' templates).
	public const HOME_SUFFIX    = ', accueil';
	public const TAGLINE        = 'Le meilleur des magazines en ligne, à lire et à commenter';
	public const FOOTER         = 'Chronique — lecture et commentaires pour les magazines en ligne francophones.';
	public const BY             = 'Par';
	public const CATEGORY       = 'Catégorie';
	public const CATEGORIES     = 'Catégories';
	public const ALL_CATEGORIES = 'À la une';
	public const SEARCH_REGION  = 'Recherche d’articles';
	public const SEARCH_LABEL   = 'Rechercher un article';
	public const SEARCH_BUTTON  = 'Rechercher';
	public const CLEAR_SEARCH   = 'Effacer la recherche';
	public const PAGINATION     = 'Pagination';
	public const PREVIOUS_PAGE  = 'Page précédente';
	public const NEXT_PAGE      = 'Page suivante';
	public const NO_RESULTS     = 'Aucun article';
	public const NEEDS_SCRIPT   = 'Les commentaires et la note de l’article s’affichent avec JavaScript.';

	/** `app.documentTitle`: "{page} — Chronique". */
	public static function document_title( string $page ): string {
		return $page . ' — ' . self::APP_NAME;
	}

	/** `list.heading` or `list.headingForSearch`. */
	public static function list_heading( string $query ): string {
		return '' !== $query ? 'Résultats pour «' . self::NBSP . $query . self::NBSP . '»' : self::LIST_HEADING;
	}

	/** The home page's document title: the heading, then ", page N" after the first page. */
	public static function list_title( string $query, int $page ): string {
		$heading = self::list_heading( $query );
		return $page > 1 ? $heading . ', page ' . $page : $heading;
	}

	/** `article.readingTime`. */
	public static function reading_time( int $minutes ): string {
		return Readable_Html::integer( $minutes ) . self::NBSP . 'min de lecture';
	}

	/** `list.resultCount` and `list.pageOf`. */
	public static function result_count( int $total, int $page, int $pages ): string {
		$count = 0 === $total ? self::NO_RESULTS : Readable_Html::count( $total, 'article', 'articles' );
		return $total > 0 && $page <= $pages ? $count . ' — page ' . $page . ' sur ' . $pages : $count;
	}

	/** `author.articlesHeading`. */
	public static function author_articles( string $name ): string {
		return 'Articles de ' . $name;
	}

	/** `metadata.siteDescription`. */
	public static function site_description(): string {
		return 'Chronique' . self::NBSP . ': les articles des magazines en ligne francophones, à lire et à commenter.';
	}

	/** `metadata.listDescription`. */
	public static function list_description( ?string $category, string $query ): string {
		if ( '' !== $query ) {
			return 'Articles de Chronique sur «' . self::NBSP . $query . self::NBSP . '».';
		}
		if ( null !== $category && '' !== $category ) {
			return 'Les articles de la catégorie ' . $category . ' sur Chronique.';
		}
		return 'Les derniers articles des magazines en ligne francophones, à lire et à commenter.';
	}

	/** `metadata.authorDescription`. */
	public static function author_description( string $name ): string {
		return $name . self::NBSP . ': sa présentation et ses articles sur Chronique.';
	}

	/**
	 * The `<html lang>`: the site's language when it is a French one (fr-FR, fr-BE…), else the app's
	 * interface language, Canadian French.
	 */
	public static function html_lang(): string {
		$language = (string) get_bloginfo( 'language' );
		return 1 === preg_match( '/^fr(-[A-Za-z]{2})?$/', $language ) && 'fr' !== $language ? $language : self::LANG;
	}
}
