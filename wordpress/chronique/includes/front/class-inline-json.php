<?php
/**
 * JSON written inside a <script> element of a page (the inline API answers, JSON-LD): never
 * executable (`type="application/json"`, `application/ld+json`), and encoded so that nothing in it
 * can end the element or open a comment — `<`, `>`, `&` and quotes as \u escapes, whatever a post's
 * title or a comment says.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique\Front;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Inline_Json {

	private const FLAGS = JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE;

	/** @param mixed $data */
	public static function encode( $data ): string {
		$json = wp_json_encode( $data, self::FLAGS );
		return is_string( $json ) ? $json : 'null';
	}
}
