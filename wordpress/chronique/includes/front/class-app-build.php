<?php
/**
 * The app as `npm run wordpress:zip` puts it in the plugin (`app/`): its index.html, its files, and
 * build.json, what the build knew — the API base it calls, the security headers of
 * config/content-security-policy.ts (one definition for every way the app is served), the service
 * worker's placeholder for the app's base, and a fingerprint of its sources.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique\Front;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class App_Build {

	/** @var array<string, mixed>|null */
	private static ?array $info = null;

	/** The folder of the built app: the plugin's `app/`, or CHRONIQUE_APP_DIR when a site defines it. */
	public static function dir(): string {
		if ( defined( 'CHRONIQUE_APP_DIR' ) && is_string( constant( 'CHRONIQUE_APP_DIR' ) ) && '' !== constant( 'CHRONIQUE_APP_DIR' ) ) {
			return rtrim( (string) constant( 'CHRONIQUE_APP_DIR' ), '/' );
		}
		return dirname( \Chronique\PLUGIN_FILE ) . '/app';
	}

	/** Whether the plugin carries an app to serve (a zip built without it serves the API only). */
	public static function is_present(): bool {
		return is_readable( self::dir() . '/index.html' ) && array() !== self::info();
	}

	/** @return array<string, mixed> */
	public static function info(): array {
		if ( null === self::$info ) {
			$file       = self::dir() . '/build.json';
			$data       = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
			self::$info = is_array( $data ) ? $data : array();
		}
		return self::$info;
	}

	/** The app's index.html as built (relative addresses, no page's head). */
	public static function template(): string {
		$file = self::dir() . '/index.html';
		return is_readable( $file ) ? (string) file_get_contents( $file ) : ''; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
	}

	/**
	 * The headers every answer of the app carries: the Content-Security-Policy and the others of
	 * today's production build, as the build wrote them.
	 *
	 * @return array<string, string>
	 */
	public static function security_headers(): array {
		$headers = self::info()['securityHeaders'] ?? array();
		$headers = is_array( $headers ) ? array_filter( $headers, 'is_string' ) : array();
		/**
		 * Filters the security headers sent with the app's pages and files (e.g. to add an image CDN
		 * to the Content-Security-Policy's img-src).
		 *
		 * @param array<string, string> $headers
		 */
		$headers = apply_filters( 'chronique_app_security_headers', $headers );
		return is_array( $headers ) ? array_filter( $headers, 'is_string' ) : array();
	}

	/** What stands for the app's base in sw.js, e.g. `/__chronique_app_base__/`. */
	public static function base_placeholder(): string {
		$placeholder = self::info()['appBasePlaceholder'] ?? '';
		return is_string( $placeholder ) ? $placeholder : '';
	}

	/** The REST base the app calls, e.g. `/wp-json/chronique/v1`. */
	public static function api_base(): string {
		$base = self::info()['apiBase'] ?? '';
		return is_string( $base ) ? $base : '';
	}

	/** Which build this is: the app's version and commit. */
	public static function version(): string {
		$version = self::info()['version'] ?? '';
		return is_string( $version ) ? $version : '';
	}
}
