<?php
/**
 * The plugin's settings (one option): the origins allowed to call the API from a browser, how many
 * reports from distinct readers send a comment back to moderation, and whether the plugin serves the
 * app itself, under which address prefix (see includes/front/).
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Settings {

	public const OPTION            = 'chronique_settings';
	public const DEFAULT_THRESHOLD = 3;

	public const DEFAULT_PREFIX    = '/';

	/**
	 * First path segments the app's prefix may not take: WordPress's own addresses.
	 */
	private const RESERVED_SEGMENTS = array( 'wp-admin', 'wp-content', 'wp-includes', 'wp-json', 'feed', 'comments', 'embed', 'trackback' );

	/** @return array{origins: string[], report_threshold: int, app: bool, app_prefix: string} */
	public static function all(): array {
		$stored = get_option( self::OPTION, array() );
		$stored = is_array( $stored ) ? $stored : array();
		$origins = isset( $stored['origins'] ) && is_array( $stored['origins'] ) ? array_values( array_filter( $stored['origins'], 'is_string' ) ) : array();
		$threshold = isset( $stored['report_threshold'] ) ? (int) $stored['report_threshold'] : self::DEFAULT_THRESHOLD;
		$prefix    = isset( $stored['app_prefix'] ) && is_string( $stored['app_prefix'] ) ? self::normalise_prefix( $stored['app_prefix'] ) : null;
		return array(
			'origins'          => $origins,
			'report_threshold' => max( 1, $threshold ),
			// Settings saved before the plugin could serve the app leave the site's front end alone:
			// an update never takes a site over. A first activation turns it on (see activate()).
			'app'              => ! empty( $stored['app'] ),
			'app_prefix'       => $prefix ?? self::DEFAULT_PREFIX,
		);
	}

	/**
	 * On the plugin's first activation (no settings yet), the app is served at the site's root: a
	 * magazine installs one plugin and is done. A later activation keeps what was chosen.
	 */
	public static function activate(): void {
		add_option(
			self::OPTION,
			array(
				'origins'          => array(),
				'report_threshold' => self::DEFAULT_THRESHOLD,
				'app'              => true,
				'app_prefix'       => self::DEFAULT_PREFIX,
			)
		);
	}

	public static function serves_app(): bool {
		return self::all()['app'];
	}

	/** `/`, or `/lire/`: where the app's pages start, under the site's home address. */
	public static function app_prefix(): string {
		/**
		 * Filters the address prefix of the app's pages (after the settings; `/` or `/segment/…/`).
		 *
		 * @param string $prefix
		 */
		$prefix = apply_filters( 'chronique_app_prefix', self::all()['app_prefix'] );
		return is_string( $prefix ) ? ( self::normalise_prefix( $prefix ) ?? self::DEFAULT_PREFIX ) : self::DEFAULT_PREFIX;
	}

	/**
	 * "lire", "/Lire", "/lire/" → "/lire/"; "" or "/" → "/". Segments of lowercase letters, digits and
	 * dashes; null when the text is anything else or starts with one of WordPress's own addresses.
	 */
	public static function normalise_prefix( string $text ): ?string {
		$text = strtolower( trim( $text ) );
		if ( 1 === preg_match( '#[?\#]#', $text ) ) {
			return null;
		}
		$segments = array_values( array_filter( explode( '/', $text ), static fn ( string $segment ): bool => '' !== $segment ) );
		foreach ( $segments as $segment ) {
			if ( 1 !== preg_match( '/^[a-z0-9][a-z0-9-]*$/', $segment ) ) {
				return null;
			}
		}
		$reserved = array_merge( self::RESERVED_SEGMENTS, function_exists( 'rest_get_url_prefix' ) ? array( rest_get_url_prefix() ) : array() );
		if ( $segments && in_array( $segments[0], $reserved, true ) ) {
			return null;
		}
		return $segments ? '/' . implode( '/', $segments ) . '/' : '/';
	}

	/** @return string[] */
	public static function origins(): array {
		/**
		 * Filters the origins allowed to call the Chronique API from a browser (exact match).
		 *
		 * @param string[] $origins Normalised origins such as "https://lecteur.magazine.example".
		 */
		return (array) apply_filters( 'chronique_allowed_origins', self::all()['origins'] );
	}

	public static function report_threshold(): int {
		return self::all()['report_threshold'];
	}

	/**
	 * "https://Example.com:443/" → "https://example.com"; null when the text is not an origin
	 * (a scheme other than http/https, a path, a query, credentials).
	 */
	public static function normalise_origin( string $text ): ?string {
		$text = trim( $text );
		if ( 1 !== preg_match( '#^(https?)://([a-z0-9.\-]+|\[[0-9a-f:.]+\])(?::(\d{1,5}))?/?$#i', $text, $m ) ) {
			return null;
		}
		$scheme = strtolower( $m[1] );
		$host   = strtolower( $m[2] );
		$port   = isset( $m[3] ) && '' !== $m[3] ? (int) $m[3] : null;
		if ( str_starts_with( $host, '.' ) || str_ends_with( $host, '.' ) || str_contains( $host, '..' ) ) {
			return null;
		}
		if ( null !== $port && ( $port < 1 || $port > 65535 ) ) {
			return null;
		}
		$default = 'https' === $scheme ? 443 : 80;
		return $scheme . '://' . $host . ( null !== $port && $port !== $default ? ':' . $port : '' );
	}

	/**
	 * @param mixed $input The submitted settings.
	 * @return array{origins: string[], report_threshold: int, app: bool, app_prefix: string}
	 */
	public static function sanitise( $input ): array {
		$input   = is_array( $input ) ? $input : array();
		$lines   = preg_split( '/\R/', isset( $input['origins'] ) ? (string) $input['origins'] : '' );
		$origins = array();
		$refused = array();
		foreach ( is_array( $lines ) ? $lines : array() as $line ) {
			if ( '' === trim( $line ) ) {
				continue;
			}
			$origin = self::normalise_origin( $line );
			if ( null === $origin ) {
				$refused[] = trim( $line );
			} elseif ( ! in_array( $origin, $origins, true ) ) {
				$origins[] = $origin;
			}
		}
		if ( $refused && function_exists( 'add_settings_error' ) ) {
			add_settings_error(
				self::OPTION,
				'chronique_origins',
				sprintf(
					/* translators: %s: the lines that are not origins */
					__( 'These lines are not origins (scheme://host[:port], nothing after) and were left out: %s', 'chronique' ),
					implode( ', ', array_map( 'sanitize_text_field', $refused ) )
				)
			);
		}
		$threshold = isset( $input['report_threshold'] ) ? absint( $input['report_threshold'] ) : self::DEFAULT_THRESHOLD;
		$prefix    = self::normalise_prefix( isset( $input['app_prefix'] ) ? (string) $input['app_prefix'] : self::DEFAULT_PREFIX );
		if ( null === $prefix ) {
			$prefix = self::all()['app_prefix'];
			if ( function_exists( 'add_settings_error' ) ) {
				add_settings_error(
					self::OPTION,
					'chronique_app_prefix',
					sprintf(
						/* translators: %s: the prefix kept */
						__( 'The address prefix must be words of lowercase letters, digits and dashes separated by slashes (e.g. /lire/), and not one of WordPress\'s own addresses; %s was kept.', 'chronique' ),
						$prefix
					)
				);
			}
		}
		return array(
			'origins'          => $origins,
			'report_threshold' => min( 100, max( 1, $threshold ) ),
			'app'              => ! empty( $input['app'] ),
			'app_prefix'       => $prefix,
		);
	}
}
