<?php
/**
 * CORS for the namespace: only the origins listed in the settings (exact match), the contract's
 * request headers, Retry-After exposed, no credentials. WordPress core echoes any Origin with
 * credentials allowed; for this namespace its headers are replaced.
 *
 * Writes (POST, PATCH, DELETE) that a browser sends from an origin that is neither listed nor the
 * site's own are refused with 403: a page elsewhere cannot post in a reader's name through their
 * browser. Requests without an Origin header (servers, curl) are not browser requests and pass.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique;

use WP_REST_Request;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Cors {

	public const ALLOW_HEADERS = 'Content-Type, Idempotency-Key, Edit-Token, Reader-Key, X-WP-Nonce';
	public const ALLOW_METHODS = 'GET, POST, PATCH, DELETE, OPTIONS';

	public static function register(): void {
		add_filter( 'rest_pre_dispatch', array( self::class, 'before_dispatch' ), 5, 3 );
		add_filter( 'rest_pre_serve_request', array( self::class, 'replace_core_headers' ), 11 );
	}

	public static function origin(): string {
		$origin = get_http_origin();
		return is_string( $origin ) ? $origin : '';
	}

	public static function is_allowed( string $origin ): bool {
		$normalised = Settings::normalise_origin( $origin );
		return null !== $normalised && in_array( $normalised, Settings::origins(), true );
	}

	public static function is_same_site( string $origin ): bool {
		$normalised = Settings::normalise_origin( $origin );
		if ( null === $normalised ) {
			return false;
		}
		foreach ( array( home_url(), site_url() ) as $url ) {
			$parts = wp_parse_url( $url );
			if ( ! is_array( $parts ) || ! isset( $parts['scheme'], $parts['host'] ) ) {
				continue;
			}
			$own = Settings::normalise_origin( $parts['scheme'] . '://' . $parts['host'] . ( isset( $parts['port'] ) ? ':' . $parts['port'] : '' ) );
			if ( $own === $normalised ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Preflights answer 204 (or 403 for an origin not listed); writes from a foreign origin stop here.
	 *
	 * @param mixed $result
	 * @return mixed
	 */
	public static function before_dispatch( $result, $server, $request ) {
		if ( null !== $result || ! $request instanceof WP_REST_Request || ! str_starts_with( ltrim( $request->get_route(), '/' ), REST_NAMESPACE ) ) {
			return $result;
		}
		$origin  = self::origin();
		$trusted = '' === $origin || self::is_allowed( $origin ) || self::is_same_site( $origin );
		$method  = $request->get_method();
		if ( 'OPTIONS' === $method ) {
			return $trusted
				? new \WP_REST_Response( null, 204 )
				: Http::error( 403, 'forbidden', 'Cette origine n’est pas autorisée à appeler l’API.' );
		}
		if ( ! $trusted && ! in_array( $method, array( 'GET', 'HEAD' ), true ) ) {
			return Http::error( 403, 'forbidden', 'Cette origine n’est pas autorisée à appeler l’API.' );
		}
		return $result;
	}

	/**
	 * @param mixed $served
	 * @return mixed
	 */
	public static function replace_core_headers( $served ) {
		if ( Http::is_own_request() && ! headers_sent() ) {
			foreach ( array( 'Access-Control-Allow-Origin', 'Access-Control-Allow-Credentials', 'Access-Control-Allow-Methods', 'Access-Control-Allow-Headers', 'Access-Control-Expose-Headers' ) as $name ) {
				header_remove( $name );
			}
			self::send_headers();
		}
		return $served;
	}

	public static function send_headers(): void {
		header( 'Vary: Origin', false );
		$origin = self::origin();
		if ( '' === $origin || ! self::is_allowed( $origin ) ) {
			return;
		}
		header( 'Access-Control-Allow-Origin: ' . Settings::normalise_origin( $origin ) );
		header( 'Access-Control-Allow-Methods: ' . self::ALLOW_METHODS );
		/**
		 * Filters the request headers a browser may send to the Chronique API.
		 *
		 * @param string $headers Comma-separated header names.
		 */
		header( 'Access-Control-Allow-Headers: ' . (string) apply_filters( 'chronique_cors_allowed_headers', self::ALLOW_HEADERS ) );
		header( 'Access-Control-Expose-Headers: Retry-After' );
		header( 'Access-Control-Max-Age: 600' );
	}
}
