<?php
/**
 * The plugin serves the app (Settings → Chronique, "Serve the app"): how each front-end address is
 * answered, on the site's own origin.
 *
 * - `plugins_loaded`: the app's files under its base (`assets/…`, `sw.js`, the manifest, icons) and
 *   its shell (`index.html`), before the rest of WordPress starts (Static_Files).
 * - `parse_request`: the app's pages under its base — the list, `articles/{slug}`, `auteurs/{slug}`
 *   — each with its head, its data and its status (Document); under a prefix other than `/`, any
 *   other path under it is the app's 404. WordPress's own addresses are left alone: the admin, login,
 *   the REST API, feeds, sitemaps, robots.txt, uploads, and at the root a URL with WordPress's query
 *   variables (`?p=12`, `?s=`, `?preview=true`).
 * - `template_redirect` (before WordPress's canonical redirects): an old address of a post, category,
 *   author, search or date archive → 301 to the app (Legacy_Redirects); at the root, an address
 *   WordPress does not know either is the app's 404.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique\Front;

use Chronique\Settings;
use WP;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Front_Controller {

	/** Query variables of the app's list; any other of WordPress's public ones at the base is WordPress's. */
	private const LIST_PARAMS = array( 'page' );

	public static function register(): void {
		if ( ! Settings::serves_app() || ! App_Build::is_present() ) {
			return;
		}
		add_action( 'plugins_loaded', array( self::class, 'serve_file' ), 0 );
		add_action( 'parse_request', array( self::class, 'serve_page' ), 20 );
		add_action( 'template_redirect', array( self::class, 'after_query' ), 1 );
	}

	/** A front-end read: not the admin, Ajax, cron, the REST API, the command line, nor a form's POST. */
	private static function is_front_read(): bool {
		return Response::is_read() && ! is_admin() && ! wp_doing_ajax() && ! wp_doing_cron()
			&& ! ( defined( 'REST_REQUEST' ) && REST_REQUEST ) && ! ( defined( 'WP_CLI' ) && WP_CLI ) && PHP_SAPI !== 'cli';
	}

	public static function serve_file(): void {
		if ( ! self::is_front_read() ) {
			return;
		}
		$relative = App_Address::relative( App_Address::request_path() );
		if ( null === $relative || '' === $relative ) {
			return;
		}
		if ( 'index.html' === $relative ) {
			Document::send( new Shell_Page() );
		}
		Static_Files::serve( $relative );
	}

	public static function serve_page( WP $wp ): void {
		if ( ! self::is_front_read() ) {
			return;
		}
		$path = App_Address::request_path();
		$base = App_Address::base_path();
		if ( '/' !== $base && $path . '/' === $base ) {
			Response::redirect( App_Address::origin() . $base . self::query_string() );
		}
		$relative = App_Address::relative( $path );
		if ( null === $relative ) {
			return;
		}
		$page = self::page( $relative, $wp );
		if ( null !== $page ) {
			Document::send( $page );
		}
	}

	public static function after_query(): void {
		if ( ! self::is_front_read() ) {
			return;
		}
		$target = Legacy_Redirects::target();
		if ( null !== $target ) {
			Response::redirect( $target );
		}
		// At the root, an address neither the app nor WordPress knows is the app's 404.
		if ( is_404() && '/' === Settings::app_prefix() && '' === (string) get_query_var( 'sitemap' ) && '' === (string) get_query_var( 'sitemap-stylesheet' ) ) {
			Document::send( new Not_Found_Page() );
		}
	}

	/** The app's page at `$relative` (under the base), or null when the address is WordPress's. */
	private static function page( string $relative, WP $wp ): ?App_Page {
		// phpcs:disable WordPress.Security.NonceVerification.Recommended -- reading a page's address.
		if ( '' === $relative ) {
			foreach ( array_keys( $_GET ) as $name ) {
				if ( in_array( $name, $wp->public_query_vars, true ) && ! in_array( $name, self::LIST_PARAMS, true ) ) {
					return null;
				}
			}
			return List_Page::load( self::text_param( 'q' ), self::text_param( 'category' ), self::page_param() );
		}
		if ( 1 === preg_match( '#^(articles|auteurs)/([^/]+)(/?)$#', $relative, $m ) ) {
			if ( '/' === $m[3] ) {
				Response::redirect( App_Address::url( $m[1] . '/' . $m[2] ) . self::query_string() );
			}
			$slug = rawurldecode( $m[2] );
			if ( 'articles' === $m[1] ) {
				$sort = isset( $_GET['tri'] ) && 'recents' === $_GET['tri'] ? 'newest' : 'oldest';
				return Article_Page::load( $slug, $sort );
			}
			return Author_Page::load( $slug, self::page_param() );
		}
		// phpcs:enable WordPress.Security.NonceVerification.Recommended
		// Under a prefix, the whole path is the app's; at the root, the rest is WordPress's.
		return '/' !== Settings::app_prefix() ? new Not_Found_Page() : null;
	}

	/** A text parameter as the app reads it: one value, trimmed; '' when absent. */
	private static function text_param( string $name ): string {
		$value = $_GET[ $name ] ?? ''; // phpcs:ignore WordPress.Security.NonceVerification.Recommended, WordPress.Security.ValidatedSanitizedInput.InputNotSanitized
		return is_string( $value ) ? trim( wp_unslash( $value ) ) : '';
	}

	/** `?page=`: a whole number from 1, else 1 (parsePage). */
	private static function page_param(): int {
		$value = self::text_param( 'page' );
		return 1 === preg_match( '/^[1-9]\d{0,8}$/', $value ) ? (int) $value : 1;
	}

	private static function query_string(): string {
		$query = isset( $_SERVER['QUERY_STRING'] ) ? (string) wp_unslash( $_SERVER['QUERY_STRING'] ) : ''; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized
		return '' !== $query ? '?' . $query : '';
	}
}
