<?php
/**
 * Plain text as the contract counts and stores it, and the escaped copy WordPress keeps.
 *
 * The reader's exact text lives in the plugin's table. WordPress's own comment fields get an
 * HTML-escaped copy (< and & escaped, nothing else), which kses leaves alone and wp-admin shows as
 * the reader wrote it. No mbstring here: Debian's PHP has none by default, so PCRE does the counting.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Text {

	/** The characters JavaScript's String.prototype.trim() removes (WhiteSpace and LineTerminator). */
	private const SPACE = '[\x{0009}-\x{000D}\x{0020}\x{00A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}]';

	public static function is_utf8( string $text ): bool {
		return 1 === preg_match( '//u', $text );
	}

	public static function trim( string $text ): string {
		return (string) preg_replace( '/^' . self::SPACE . '+|' . self::SPACE . '+$/u', '', $text );
	}

	/** Unicode code points, as the contract counts lengths. */
	public static function length( string $text ): int {
		return (int) preg_match_all( '/./su', $text );
	}

	/** The copy of a reader's text kept in WordPress's own comment_content (display only). */
	public static function for_wordpress( string $text ): string {
		return htmlspecialchars( $text, ENT_NOQUOTES | ENT_SUBSTITUTE, 'UTF-8', true );
	}

	/** The copy of a reader's name kept in comment_author: escaped, and cut to fit its 255 bytes. */
	public static function name_for_wordpress( string $name ): string {
		$escaped = self::for_wordpress( $name );
		while ( strlen( $escaped ) > 250 && '' !== $name ) {
			$name    = (string) preg_replace( '/.$/su', '', $name );
			$escaped = self::for_wordpress( $name ) . '…';
		}
		return $escaped;
	}

	/** Plain text from HTML that WordPress stored (a comment an editor wrote, a title, an excerpt). */
	public static function from_html( string $html ): string {
		$text = wp_strip_all_tags( $html );
		return html_entity_decode( $text, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	}

	/** Word count as the mocks count it: tags become spaces, then runs of white space split words. */
	public static function word_count( string $html ): int {
		$text  = (string) preg_replace( '/<[^>]*>/', ' ', $html );
		$words = preg_split( '/' . self::SPACE . '+/u', $text, -1, PREG_SPLIT_NO_EMPTY );
		return is_array( $words ) ? count( $words ) : 0;
	}

	/** ISO 8601 in UTC from a MySQL GMT datetime ('2016-03-08 14:05:00' → '2016-03-08T14:05:00Z'). */
	public static function iso( ?string $gmt ): ?string {
		if ( null === $gmt || '' === $gmt || str_starts_with( $gmt, '0000' ) ) {
			return null;
		}
		return str_replace( ' ', 'T', substr( $gmt, 0, 19 ) ) . 'Z';
	}

	/** Now, in UTC, as DATETIME(3). */
	public static function now_ms(): string {
		$now = microtime( true );
		return gmdate( 'Y-m-d H:i:s', (int) $now ) . sprintf( '.%03d', (int) ( ( $now - floor( $now ) ) * 1000 ) );
	}

	public static function now(): string {
		return gmdate( 'Y-m-d H:i:s' );
	}

	/**
	 * An ISO 8601 date ('2024-05-01', '2024-05-01T10:00:00Z', with fractions or an offset) as a UTC
	 * DATETIME(3), or null when it is not one.
	 */
	public static function parse_iso( string $value ): ?string {
		$pattern = '/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i';
		if ( 1 !== preg_match( $pattern, $value ) ) {
			return null;
		}
		try {
			$date = new \DateTimeImmutable( $value, new \DateTimeZone( 'UTC' ) );
		} catch ( \Exception $e ) {
			return null;
		}
		$errors = \DateTimeImmutable::getLastErrors();
		if ( is_array( $errors ) && ( $errors['warning_count'] > 0 || $errors['error_count'] > 0 ) ) {
			return null;
		}
		return $date->setTimezone( new \DateTimeZone( 'UTC' ) )->format( 'Y-m-d H:i:s.v' );
	}
}
