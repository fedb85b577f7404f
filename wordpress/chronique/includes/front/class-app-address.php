<?php
/**
 * Where the app's pages and files live on the site: the home address's path (`/`, or `/blog/` for a
 * WordPress in a folder) followed by the prefix chosen in Settings → Chronique (`/` or `/lire/`). The
 * app's own addresses, built as src/lib/routing/paths.ts builds them: `articles/{slug}`,
 * `auteurs/{slug}`, and the list's `?q=`, `?category=`, `?page=`.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique\Front;

use Chronique\Settings;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class App_Address {

	public const ARTICLES = 'articles/';
	public const AUTHORS  = 'auteurs/';

	/** The path of the site's home address, with a slash at both ends: `/` or `/blog/`. */
	public static function home_path(): string {
		$path = (string) wp_parse_url( home_url( '/' ), PHP_URL_PATH );
		return '/' . ltrim( trailingslashit( $path ), '/' );
	}

	/** Where the app's pages start: `/`, `/lire/`, `/blog/lire/`. */
	public static function base_path(): string {
		return self::home_path() . ltrim( Settings::app_prefix(), '/' );
	}

	/** `https://magazine.example` (scheme, host and port of the home address). */
	public static function origin(): string {
		$home = wp_parse_url( home_url( '/' ) );
		$home = is_array( $home ) ? $home : array();
		$port = isset( $home['port'] ) ? ':' . (int) $home['port'] : '';
		return ( $home['scheme'] ?? 'https' ) . '://' . ( $home['host'] ?? '' ) . $port;
	}

	/** An absolute address under the app's base, e.g. url( 'articles/un-article' ). */
	public static function url( string $relative = '' ): string {
		return self::origin() . self::base_path() . $relative;
	}

	public static function article( string $slug ): string {
		return self::url( self::ARTICLES . rawurlencode( $slug ) );
	}

	public static function author( string $slug, int $page = 1 ): string {
		return self::url( self::AUTHORS . rawurlencode( $slug ) ) . self::query( array( 'page' => $page > 1 ? $page : null ) );
	}

	/** The list, its query in the app's order: `?q=…&category=…&page=…`. */
	public static function list( string $q = '', string $category = '', int $page = 1 ): string {
		return self::url() . self::query(
			array(
				'q'        => '' !== $q ? $q : null,
				'category' => '' !== $category ? $category : null,
				'page'     => $page > 1 ? $page : null,
			)
		);
	}

	/** An absolute address for an image or link the API gave (absolute already, or from the root). */
	public static function absolute( string $url ): string {
		if ( 1 === preg_match( '#^[a-z][a-z0-9+.-]*://#i', $url ) ) {
			return $url;
		}
		return self::origin() . '/' . ltrim( $url, '/' );
	}

	/** The path of the current request, as sent (still percent-encoded). */
	public static function request_path(): string {
		$uri  = isset( $_SERVER['REQUEST_URI'] ) ? (string) wp_unslash( $_SERVER['REQUEST_URI'] ) : '/'; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized
		$path = wp_parse_url( $uri, PHP_URL_PATH );
		return is_string( $path ) && '' !== $path ? $path : '/';
	}

	/** The part of `$path` under the app's base (`` for the base itself), or null when outside it. */
	public static function relative( string $path ): ?string {
		$base = self::base_path();
		return str_starts_with( $path, $base ) ? substr( $path, strlen( $base ) ) : null;
	}

	/** A base path as a JavaScript RegExp writes it (`/lire/` → `\/lire\/`), for sw.js. */
	public static function as_regexp( string $path ): string {
		return (string) preg_replace( '#[.*+?^${}()|\[\]\\\\/]#', '\\\\$0', $path );
	}

	/** @param array<string, string|int|null> $params */
	private static function query( array $params ): string {
		$params = array_filter( $params, static fn ( $value ): bool => null !== $value );
		return $params ? '?' . http_build_query( $params, '', '&', PHP_QUERY_RFC1738 ) : '';
	}
}
