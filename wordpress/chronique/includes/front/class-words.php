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
