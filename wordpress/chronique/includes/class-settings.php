<?php
/**
 * The plugin's settings (one option): the origins allowed to call the API from a browser, and how
 * many reports from distinct readers send a comment back to moderation.
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

	/** @return array{origins: string[], report_threshold: int} */
	public static function all(): array {
		$stored = get_option( self::OPTION, array() );
		$stored = is_array( $stored ) ? $stored : array();
		$origins = isset( $stored['origins'] ) && is_array( $stored['origins'] ) ? array_values( array_filter( $stored['origins'], 'is_string' ) ) : array();
		$threshold = isset( $stored['report_threshold'] ) ? (int) $stored['report_threshold'] : self::DEFAULT_THRESHOLD;
		return array(
			'origins'          => $origins,
			'report_threshold' => max( 1, $threshold ),
		);
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
	 * @return array{origins: string[], report_threshold: int}
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
		return array(
			'origins'          => $origins,
			'report_threshold' => min( 100, max( 1, $threshold ) ),
		);
	}
}
