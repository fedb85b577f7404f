<?php
/**
 * The app's files under its base: `assets/` (hashed names: cached for a year, immutable), and, asked
 * about again on each use, `sw.js`, the manifest, the icons, the favicon and preferences-init.js. Each
 * with its MIME type, the security headers, and its precompressed `.br` or `.gz` twin when the
 * browser accepts one (the build writes them).
 *
 * sw.js is written for this site as it is served: the build leaves a placeholder where the app's
 * base goes (the pages that get the app's shell: pwaOptions' `wordpress`), and the shell's revision
 * follows what the shell is here (its base, its language), so a reader's worker keeps an up-to-date
 * shell when the prefix changes.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique\Front;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Static_Files {

	private const TYPES = array(
		'js'          => 'text/javascript; charset=utf-8',
		'css'         => 'text/css; charset=utf-8',
		'svg'         => 'image/svg+xml',
		'png'         => 'image/png',
		'jpg'         => 'image/jpeg',
		'jpeg'        => 'image/jpeg',
		'gif'         => 'image/gif',
		'webp'        => 'image/webp',
		'avif'        => 'image/avif',
		'ico'         => 'image/x-icon',
		'woff2'       => 'font/woff2',
		'woff'        => 'font/woff',
		'webmanifest' => 'application/manifest+json',
	);

	public const SERVICE_WORKER = 'sw.js';

	/** Sends the build's file at `$relative` (under the base) and ends the request; returns when there is none. */
	public static function serve( string $relative ): void {
		if ( self::SERVICE_WORKER === $relative ) {
			self::serve_service_worker();
		}
		$file = self::find( $relative );
		if ( null === $file ) {
			return;
		}
		$extension = strtolower( pathinfo( $file, PATHINFO_EXTENSION ) );
		Response::send_file(
			$file,
			array(
				'Content-Type'  => self::TYPES[ $extension ],
				'Cache-Control' => str_starts_with( $relative, 'assets/' ) ? Response::IMMUTABLE : Response::REVALIDATE,
			)
		);
	}

	/** The absolute path of a file of the build that may be served, or null. */
	public static function find( string $relative ): ?string {
		$relative = rawurldecode( $relative );
		if ( '' === $relative || str_contains( $relative, "\0" ) || 1 === preg_match( '#(^|/)\.#', $relative ) ) {
			return null;
		}
		$extension = strtolower( pathinfo( $relative, PATHINFO_EXTENSION ) );
		if ( ! isset( self::TYPES[ $extension ] ) ) {
			return null;
		}
		$root = realpath( App_Build::dir() );
		$file = realpath( App_Build::dir() . '/' . $relative );
		if ( false === $root || false === $file || ! str_starts_with( $file, $root . '/' ) || ! is_file( $file ) ) {
			return null;
		}
		return $file;
	}

	/** sw.js with this site's base and shell revision; never cached (browsers look for updates). */
	private static function serve_service_worker(): never {
		$file = App_Build::dir() . '/' . self::SERVICE_WORKER;
		$code = is_readable( $file ) ? (string) file_get_contents( $file ) : ''; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
		if ( '' === $code ) {
			Document::send( new Not_Found_Page() );
		}
		$placeholder = App_Build::base_placeholder();
		if ( '' !== $placeholder ) {
			$code = str_replace( App_Address::as_regexp( $placeholder ), App_Address::as_regexp( App_Address::base_path() ), $code );
		}
		$revision = md5( Document::render( new Shell_Page() ) );
		$code     = (string) preg_replace( '/(url:"index\.html",revision:")[0-9a-f]+(")/', '${1}' . $revision . '${2}', $code, 1 );
		Response::send(
			200,
			$code,
			array(
				'Content-Type'  => self::TYPES['js'],
				'Cache-Control' => Response::REVALIDATE,
			)
		);
	}
}
