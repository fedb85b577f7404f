<?php
/**
 * What the plugin adds to a WordPress user who writes: a role line ("Chroniqueur"), links beyond the
 * profile's website, and an avatar from the media library (never Gravatar).
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique;

use WP_User;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Author_Profile {

	public const ROLE   = 'chronique_role';
	public const LINKS  = 'chronique_links';
	public const AVATAR = 'chronique_avatar_id';

	/**
	 * The profile's website first (labelled with its host), then the extra links.
	 *
	 * @return array<int, array{label: string, url: string}>
	 */
	public static function links( WP_User $user ): array {
		$links = array();
		$site  = esc_url_raw( (string) $user->user_url, array( 'http', 'https' ) );
		if ( '' !== $site ) {
			$host    = wp_parse_url( $site, PHP_URL_HOST );
			$links[] = array(
				'label' => is_string( $host ) ? $host : $site,
				'url'   => $site,
			);
		}
		foreach ( self::sanitise_links( get_user_meta( $user->ID, self::LINKS, true ) ) as $link ) {
			if ( ! in_array( $link['url'], array_column( $links, 'url' ), true ) ) {
				$links[] = $link;
			}
		}
		return $links;
	}

	/**
	 * Keeps well-formed http(s) links with a label, at most 10.
	 *
	 * @param mixed $links
	 * @return array<int, array{label: string, url: string}>
	 */
	public static function sanitise_links( $links ): array {
		$clean = array();
		foreach ( is_array( $links ) ? $links : array() as $link ) {
			if ( ! is_array( $link ) ) {
				continue;
			}
			$label = sanitize_text_field( (string) ( $link['label'] ?? '' ) );
			$url   = esc_url_raw( trim( (string) ( $link['url'] ?? '' ) ), array( 'http', 'https' ) );
			if ( '' !== $label && '' !== $url ) {
				$clean[] = array(
					'label' => $label,
					'url'   => $url,
				);
			}
		}
		return array_slice( $clean, 0, 10 );
	}
}
