<?php
/**
 * How the app's answers leave: status, the build's security headers on every one, the caching rule
 * of each kind of file, gzip when the browser accepts it (precompressed files, or compressed here),
 * a validator for what is revalidated, and nothing after (the request ends).
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique\Front;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Response {

	/** Hashed files (`assets/`): their name changes with their content. */
	public const IMMUTABLE = 'public, max-age=31536000, immutable';
	/** Pages, sw.js, the manifest, icons: kept, but asked about again before each use. */
	public const REVALIDATE = 'no-cache';

	public static function method(): string {
		return isset( $_SERVER['REQUEST_METHOD'] ) ? strtoupper( sanitize_key( wp_unslash( $_SERVER['REQUEST_METHOD'] ) ) ) : 'GET';
	}

	/** GET and HEAD only: anything else is WordPress's (a comment form, a login). */
	public static function is_read(): bool {
		return in_array( self::method(), array( 'GET', 'HEAD' ), true );
	}

	/**
	 * Sends a body made here (a page, sw.js) and ends the request.
	 *
	 * @param array<string, string> $headers
	 */
	public static function send( int $status, string $body, array $headers ): never {
		$tag      = md5( $body );
		$encoding = self::may_compress() && self::accepts( 'gzip' ) && function_exists( 'gzencode' ) ? 'gzip' : '';
		if ( $status < 300 && self::matches( $tag ) ) {
			self::start( 304, $headers + array( 'ETag' => self::etag( $tag, $encoding ) ) );
			exit;
		}
		if ( '' !== $encoding ) {
			$packed = gzencode( $body, 6 );
			if ( is_string( $packed ) ) {
				$body                        = $packed;
				$headers['Content-Encoding'] = $encoding;
			} else {
				$encoding = '';
			}
		}
		$headers += array(
			'ETag' => self::etag( $tag, $encoding ),
			'Vary' => 'Accept-Encoding',
		);
		$headers['Content-Length'] = (string) strlen( $body );
		self::start( $status, $headers );
		if ( 'HEAD' !== self::method() ) {
			echo $body; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built and escaped by Document, or a file of the build.
		}
		exit;
	}

	/**
	 * Sends a file of the build, or its precompressed twin (`.gz`, `.br`) when the browser accepts it,
	 * and ends the request.
	 *
	 * @param array<string, string> $headers
	 */
	public static function send_file( string $file, array $headers ): never {
		$tag      = substr( md5( $file . '|' . (string) filesize( $file ) . '|' . (string) filemtime( $file ) ), 0, 20 );
		$source   = $file;
		$encoding = '';
		if ( self::may_compress() ) {
			foreach ( array( 'br' => '.br', 'gzip' => '.gz' ) as $candidate => $suffix ) {
				if ( self::accepts( $candidate ) && is_readable( $file . $suffix ) ) {
					$source                      = $file . $suffix;
					$encoding                    = $candidate;
					$headers['Content-Encoding'] = $encoding;
					break;
				}
			}
		}
		if ( self::matches( $tag ) ) {
			unset( $headers['Content-Encoding'] );
			self::start( 304, $headers + array( 'ETag' => self::etag( $tag, $encoding ) ) );
			exit;
		}
		$headers += array(
			'ETag'           => self::etag( $tag, $encoding ),
			'Vary'           => 'Accept-Encoding',
			'Content-Length' => (string) filesize( $source ),
		);
		self::start( 200, $headers );
		if ( 'HEAD' !== self::method() ) {
			readfile( $source ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_readfile
		}
		exit;
	}

	/** A permanent redirect that ends the request. */
	public static function redirect( string $location ): never {
		wp_safe_redirect( $location, 301, 'Chronique' );
		exit;
	}

	/** @param array<string, string> $headers */
	private static function start( int $status, array $headers ): void {
		status_header( $status );
		header_remove( 'X-Powered-By' );
		header_remove( 'Pragma' );
		header_remove( 'Expires' );
		foreach ( App_Build::security_headers() + $headers as $name => $value ) {
			header( $name . ': ' . $value );
		}
	}

	/** One validator per encoding of the same content: a cache never mixes a compressed body with a plain one. */
	private static function etag( string $tag, string $encoding ): string {
		return '"' . $tag . ( '' !== $encoding ? '-' . $encoding : '' ) . '"';
	}

	/** Whether If-None-Match names this content, in any of its encodings. */
	private static function matches( string $tag ): bool {
		$sent = isset( $_SERVER['HTTP_IF_NONE_MATCH'] ) ? (string) wp_unslash( $_SERVER['HTTP_IF_NONE_MATCH'] ) : ''; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized
		foreach ( explode( ',', $sent ) as $candidate ) {
			$candidate = trim( preg_replace( '#^W/#', '', trim( $candidate ) ) ?? '' );
			if ( '*' === $candidate || 1 === preg_match( '/^"' . preg_quote( $tag, '/' ) . '(-gzip|-br)?"$/', $candidate ) ) {
				return true;
			}
		}
		return false;
	}

	/** PHP's own output compression, when a host turned it on, already does it. */
	private static function may_compress(): bool {
		return ! (bool) ini_get( 'zlib.output_compression' ) && ! in_array( 'ob_gzhandler', ob_list_handlers(), true );
	}

	/** Whether the request's Accept-Encoding allows `$encoding` (q above 0). */
	private static function accepts( string $encoding ): bool {
		$header = isset( $_SERVER['HTTP_ACCEPT_ENCODING'] ) ? strtolower( (string) wp_unslash( $_SERVER['HTTP_ACCEPT_ENCODING'] ) ) : ''; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized
		foreach ( explode( ',', $header ) as $part ) {
			$bits = array_map( 'trim', explode( ';', $part ) );
			if ( array_shift( $bits ) !== $encoding ) {
				continue;
			}
			foreach ( $bits as $bit ) {
				if ( str_starts_with( $bit, 'q=' ) && (float) substr( $bit, 2 ) <= 0.0 ) {
					return false;
				}
			}
			return true;
		}
		return false;
	}
}
