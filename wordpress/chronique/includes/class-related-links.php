<?php
/**
 * "À lire aussi sur le sujet": links an editor attaches to a post. A link to an article of this
 * site (its permalink, or the app's /articles/{slug} on the site's host) carries that article's slug.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique;

use WP_Post;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Related_Links {

	public const META = '_chronique_related';

	/** @return array<int, array{title: string, url: string, articleSlug: ?string}> */
	public static function for_post( int $post_id ): array {
		$links = array();
		foreach ( self::sanitise( get_post_meta( $post_id, self::META, true ) ) as $link ) {
			$links[] = array(
				'title'       => $link['title'],
				'url'         => $link['url'],
				'articleSlug' => self::article_slug( $link['url'] ),
			);
		}
		return $links;
	}

	/**
	 * @param mixed $links
	 * @return array<int, array{title: string, url: string}>
	 */
	public static function sanitise( $links ): array {
		$clean = array();
		foreach ( is_array( $links ) ? $links : array() as $link ) {
			if ( ! is_array( $link ) ) {
				continue;
			}
			$title = sanitize_text_field( (string) ( $link['title'] ?? '' ) );
			$url   = esc_url_raw( trim( (string) ( $link['url'] ?? '' ) ), array( 'http', 'https' ) );
			if ( '' !== $title && '' !== $url ) {
				$clean[] = array(
					'title' => $title,
					'url'   => $url,
				);
			}
		}
		return array_slice( $clean, 0, 20 );
	}

	private static function article_slug( string $url ): ?string {
		$home = wp_parse_url( home_url() );
		$link = wp_parse_url( $url );
		if ( ! is_array( $home ) || ! is_array( $link ) || strtolower( (string) ( $link['host'] ?? '' ) ) !== strtolower( (string) ( $home['host'] ?? '' ) ) ) {
			return null;
		}
		// The app's own address for an article (/articles/{slug}) first: WordPress would read it as a page path.
		if ( 1 === preg_match( '#^/articles/([^/]+)/?$#', (string) ( $link['path'] ?? '' ), $m ) ) {
			$post = Articles::find( rawurldecode( $m[1] ) );
		} else {
			$post_id = url_to_postid( $url );
			$post    = $post_id > 0 ? Articles::find_by_id( $post_id ) : null;
		}
		return $post instanceof WP_Post ? rawurldecode( $post->post_name ) : null;
	}
}
