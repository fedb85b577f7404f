<?php
/**
 * The contract's error envelope on every answer of the namespace — the plugin's own errors,
 * WordPress's (unknown route, wrong method, invalid JSON, a bad cookie nonce) and PHP fatal errors —
 * and small request helpers the routes share.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique;

use WP_REST_Request;
use WP_REST_Response;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Http {

	/** WordPress error codes → the contract's. Anything else maps by status. */
	private const CODES = array(
		'rest_no_route'             => 'not_found',
		'rest_invalid_json'         => 'validation',
		'rest_invalid_param'        => 'validation',
		'rest_missing_callback_param' => 'validation',
		'rest_cookie_invalid_nonce' => 'forbidden',
		'rest_forbidden'            => 'forbidden',
	);

	public static function register(): void {
		add_filter( 'rest_post_dispatch', array( self::class, 'envelope' ), 999, 3 );
		add_filter( 'rest_request_before_callbacks', array( self::class, 'defer_invalid_json' ), 5, 3 );
		add_filter( 'wp_die_handler', array( self::class, 'die_handler' ), 999 );
		add_filter( 'wp_die_json_handler', array( self::class, 'die_handler' ), 999 );
	}

	/** Is this request for the plugin's namespace (read before or after WordPress parses it)? */
	public static function is_own_request(): bool {
		if ( ! defined( 'REST_REQUEST' ) || ! REST_REQUEST ) {
			return false;
		}
		$wp    = $GLOBALS['wp'] ?? null;
		$route = $wp instanceof \WP ? ( $wp->query_vars['rest_route'] ?? '' ) : '';
		return is_string( $route ) && 1 === preg_match( '#^/' . preg_quote( REST_NAMESPACE, '#' ) . '(/|$)#', $route );
	}

	/**
	 * @param array<string, string> $fields
	 * @param array<string, string> $headers
	 */
	public static function error( int $status, string $code, string $message, array $fields = array(), array $headers = array() ): WP_REST_Response {
		$error = array(
			'code'    => $code,
			'message' => $message,
		);
		if ( $fields ) {
			$error['fields'] = $fields;
		}
		$response = new WP_REST_Response( array( 'error' => $error ), $status );
		foreach ( $headers as $name => $value ) {
			$response->header( $name, $value );
		}
		return $response;
	}

	public static function not_found( string $what ): WP_REST_Response {
		/* translators: %s: what was not found (article, comment…) */
		return self::error( 404, 'not_found', sprintf( '%s introuvable.', $what ) );
	}

	/**
	 * Runs a route's callback; an exception becomes a logged 500 in the contract's shape.
	 *
	 * @param callable(WP_REST_Request): WP_REST_Response $callback
	 */
	public static function guard( callable $callback ): callable {
		return static function ( WP_REST_Request $request ) use ( $callback ): WP_REST_Response {
			try {
				return $callback( $request );
			} catch ( \Throwable $e ) {
				// phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log
				error_log( sprintf( 'Chronique: %s in %s:%d', $e->getMessage(), $e->getFile(), $e->getLine() ) );
				return self::error( 500, 'internal', 'Erreur interne du serveur.' );
			}
		};
	}

	/**
	 * WordPress refuses a body that is not JSON before the route runs; the routes check it themselves,
	 * after the 404 and 403 the contract puts first.
	 *
	 * @param mixed $response
	 * @param mixed $handler
	 * @param mixed $request
	 * @return mixed
	 */
	public static function defer_invalid_json( $response, $handler, $request ) {
		if ( $response instanceof \WP_Error && 'rest_invalid_json' === $response->get_error_code()
			&& $request instanceof WP_REST_Request && str_starts_with( ltrim( $request->get_route(), '/' ), REST_NAMESPACE ) ) {
			return null;
		}
		return $response;
	}

	/**
	 * Rewrites any error answer of the namespace into `{ error: { code, message, fields? } }`.
	 *
	 * @param mixed $response
	 * @return mixed
	 */
	public static function envelope( $response, $server, $request ) {
		if ( ! $response instanceof WP_REST_Response || ! $request instanceof WP_REST_Request ) {
			return $response;
		}
		if ( ! str_starts_with( ltrim( $request->get_route(), '/' ), REST_NAMESPACE ) || $response->get_status() < 400 ) {
			return $response;
		}
		$data = $response->get_data();
		if ( is_array( $data ) && isset( $data['error']['code'] ) ) {
			return $response;
		}
		$status  = $response->get_status();
		$wp_code = is_array( $data ) && isset( $data['code'] ) ? (string) $data['code'] : '';
		$code    = self::CODES[ $wp_code ] ?? self::code_for_status( $status );
		if ( 'rest_no_route' === $wp_code ) {
			$status = 404;
		}
		$fields = array();
		if ( is_array( $data ) && isset( $data['data']['params'] ) && is_array( $data['data']['params'] ) ) {
			foreach ( $data['data']['params'] as $name => $message ) {
				$fields[ (string) $name ] = wp_strip_all_tags( (string) $message );
			}
		}
		$message  = 'not_found' === $code ? 'Ressource introuvable.' : ( 'validation' === $code ? 'Requête invalide.' : ( 'forbidden' === $code ? 'Accès refusé.' : 'Erreur interne du serveur.' ) );
		$enveloped = self::error( $status, $code, $message, $fields );
		$enveloped->set_headers( $response->get_headers() );
		return $enveloped;
	}

	private static function code_for_status( int $status ): string {
		if ( 404 === $status || 405 === $status || 410 === $status ) {
			return 'not_found';
		}
		if ( 401 === $status || 403 === $status ) {
			return 'forbidden';
		}
		if ( 429 === $status ) {
			return 'rate_limited';
		}
		return $status < 500 ? 'validation' : 'internal';
	}

	/**
	 * A PHP fatal error (or any wp_die) during a request of the namespace answers in the contract's
	 * shape instead of WordPress's HTML or JSON page.
	 *
	 * @param callable $handler
	 * @return callable
	 */
	public static function die_handler( $handler ) {
		return self::is_own_request() ? array( self::class, 'die_in_envelope' ) : $handler;
	}

	/**
	 * @param mixed $message
	 * @param mixed $title
	 * @param mixed $args
	 */
	public static function die_in_envelope( $message, $title = '', $args = array() ): void {
		$status = is_array( $args ) && isset( $args['response'] ) ? (int) $args['response'] : 500;
		$status = $status >= 400 ? $status : 500;
		if ( ! headers_sent() ) {
			status_header( $status );
			header( 'Content-Type: application/json; charset=' . get_option( 'blog_charset' ) );
			nocache_headers();
			Cors::send_headers();
		}
		$code = self::code_for_status( $status );
		echo wp_json_encode(
			array(
				'error' => array(
					'code'    => $code,
					'message' => 'internal' === $code ? 'Erreur interne du serveur.' : 'La requête n’a pas pu aboutir.',
				),
			)
		);
		if ( ! is_array( $args ) || ! isset( $args['exit'] ) || $args['exit'] ) {
			die();
		}
	}
}
