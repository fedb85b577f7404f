<?php
/**
 * Reading a request's input as the contract describes it: a JSON body (whatever its Content-Type),
 * whole-number query parameters, headers, and text fields counted in code points after trimming.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique;

use WP_REST_Request;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Input {

	/** The JSON object a request carries (whatever its Content-Type), or null. */
	public static function json_body( WP_REST_Request $request ): ?array {
		$body = $request->get_body();
		if ( '' === $body ) {
			return null;
		}
		if ( ! json_decode( $body ) instanceof \stdClass ) {
			return null;
		}
		$decoded = json_decode( $body, true );
		return is_array( $decoded ) ? $decoded : array();
	}

	/**
	 * An integer query parameter: $fallback when absent, null when it is not a whole number.
	 */
	public static function int_param( WP_REST_Request $request, string $name, int $fallback ): ?int {
		$query = $request->get_query_params();
		if ( ! array_key_exists( $name, $query ) ) {
			return $fallback;
		}
		$raw = $query[ $name ];
		if ( ! is_string( $raw ) || 1 !== preg_match( '/^\d{1,9}$/', $raw ) ) {
			return null;
		}
		return (int) $raw;
	}

	public static function string_param( WP_REST_Request $request, string $name ): ?string {
		$query = $request->get_query_params();
		return isset( $query[ $name ] ) && is_string( $query[ $name ] ) ? $query[ $name ] : null;
	}

	/** A header's trimmed value, or '' (WordPress lower-cases names and turns - into _). */
	public static function header( WP_REST_Request $request, string $name ): string {
		$value = $request->get_header( $name );
		return is_string( $value ) ? trim( $value ) : '';
	}

	/**
	 * Checks a text field (trimmed, 1..$max code points) and returns its trimmed value.
	 *
	 * @param array<string, string> $fields
	 * @param mixed                 $value
	 */
	public static function text_field( array &$fields, string $name, $value, int $max, string $label ): string {
		if ( ! is_string( $value ) || ! Text::is_utf8( $value ) ) {
			$fields[ $name ] = sprintf( '%s est obligatoire.', $label );
			return '';
		}
		$trimmed = Text::trim( $value );
		$length  = Text::length( $trimmed );
		if ( 0 === $length ) {
			$fields[ $name ] = sprintf( '%s est obligatoire.', $label );
		} elseif ( $length > $max ) {
			$fields[ $name ] = sprintf( '%s ne peut dépasser %d caractères.', $label, $max );
		}
		return $trimmed;
	}
}
