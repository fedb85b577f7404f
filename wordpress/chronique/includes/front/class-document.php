<?php
/**
 * The app's index.html for one page: the build's relative addresses made absolute under the app's
 * base, `<html lang>`, the page's head, the base for the app's router (`<meta name="chronique-base">`,
 * read by src/lib/routing/app-base.ts), the preloaded LCP image, the page's readable HTML before the
 * root element, and the API's answers as JSON data (`<script type="application/json">`, never run:
 * the strict CSP stays), which src/app/server-data.ts adopts.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique\Front;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Document {

	/** The element of the inline answers (src/app/server-data.ts reads it by this id). */
	public const DATA_ELEMENT = 'chronique-data';
	/** The app's base (src/lib/routing/app-base.ts, APP_BASE_META). */
	public const BASE_META = 'chronique-base';

	public static function render( App_Page $page ): string {
		$html = App_Build::template();
		$base = App_Address::base_path();

		// The build addresses its files relatively (./assets/…): from any page, they are under the base.
		$html = (string) preg_replace_callback( '/\b(src|href)="\.\//', static fn ( array $m ): string => $m[1] . '="' . esc_attr( $base ), $html );
		$html = self::replace_first( '/<html lang="[^"]*"/', '<html lang="' . esc_attr( Words::html_lang() ) . '"', $html );

		$early = array( '<meta name="' . self::BASE_META . '" content="' . esc_attr( $base ) . '">' );
		$lcp   = $page->lcp_image();
		if ( null !== $lcp && '' !== $lcp ) {
			$early[] = '<link rel="preload" as="image" href="' . esc_url( App_Address::absolute( $lcp ) ) . '" fetchpriority="high">';
		}
		$html = self::insert_after( '/<meta charset="[^"]*"\s*\/?>/i', "\n    " . implode( "\n    ", $early ), $html );

		// The template's own description and title make way for the page's head.
		$html = self::replace_first( '/\s*<meta\s+name="description"\s+content="[^"]*"\s*\/?>/', '', $html );
		$html = self::replace_first( '/<title>.*?<\/title>/s', $page->head()->html(), $html );

		/**
		 * Filters the page's readable HTML, written just before the app's root element (see
		 * App_Page::readable_html()). Trusted markup: escape and sanitise what goes in, and keep it in
		 * Readable_Html::frame(), the container the app removes when it takes over.
		 *
		 * @param string   $html
		 * @param App_Page $page
		 */
		$readable = (string) apply_filters( 'chronique_app_readable_html', $page->readable_html(), $page );
		if ( '' !== $readable ) {
			// The page reads without JavaScript now: no "needs JavaScript" notice under it (the template's,
			// before the readable HTML brings its own).
			$html = self::replace_first( '/\s*<noscript>.*?<\/noscript>/s', '', $html );
			$html = self::replace_first( '/<div id="root"><\/div>/', $readable . "\n    " . '<div id="root"></div>', $html );
		}

		$data = $page->inline_data();
		if ( $data ) {
			$script = '<script type="application/json" id="' . self::DATA_ELEMENT . '">' . Inline_Json::encode( $data ) . '</script>';
			$html   = self::insert_before( '/<\/body>/', '    ' . $script . "\n  ", $html );
		}
		return $html;
	}

	/** Sends the page and ends the request. */
	public static function send( App_Page $page ): never {
		$headers = array(
			'Content-Type'  => 'text/html; charset=UTF-8',
			'Cache-Control' => Response::REVALIDATE,
		);
		if ( $page->head()->noindex ) {
			$headers['X-Robots-Tag'] = 'noindex';
		}
		Response::send( $page->status(), self::render( $page ), $headers );
	}

	/** Replaces the first match with a literal text (no `$1` or `\` read in it). */
	private static function replace_first( string $pattern, string $replacement, string $html ): string {
		return (string) preg_replace_callback( $pattern, static fn (): string => $replacement, $html, 1 );
	}

	private static function insert_after( string $pattern, string $text, string $html ): string {
		return (string) preg_replace_callback( $pattern, static fn ( array $m ): string => $m[0] . $text, $html, 1 );
	}

	private static function insert_before( string $pattern, string $text, string $html ): string {
		return (string) preg_replace_callback( $pattern, static fn ( array $m ): string => $text . $m[0], $html, 1 );
	}
}
