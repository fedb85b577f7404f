<?php
/**
 * An author's readable HTML, as the app's AuthorPage writes it (src/routes/author/author-page.tsx):
 * their box (avatar, name, role, bio, links), then the first page of their articles.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique\Front;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Readable_Author {

	/**
	 * @param array<string, mixed>      $author GET /authors/{slug}.
	 * @param array<string, mixed>|null $list   GET /articles?author={slug}.
	 */
	public static function html( array $author, ?array $list ): string {
		$name   = Page_Data::text( $author, 'name' );
		$slug   = Page_Data::text( $author, 'slug' );
		$avatar = Page_Data::image( $author['avatar'] ?? null );
		$lang   = ' lang="' . Words::CONTENT_LANG . '"';

		$bio = '<div class="server-bio">';
		if ( null !== $avatar ) {
			$bio .= Readable_Html::image( $avatar, '', array( 'class' => 'server-avatar' ) );
		}
		$bio .= '<div class="server-bio-text">'
			. '<h1 class="server-author-name" ' . Readable_Html::AWAITED . '>' . esc_html( $name ) . '</h1>'
			. '<p class="server-bio-role"' . $lang . '>' . esc_html( Page_Data::text( $author, 'role' ) ) . '</p>'
			. '<p class="server-bio-about"' . $lang . '>' . esc_html( Page_Data::text( $author, 'bio' ) ) . '</p>'
			. self::links( $author ) . '</div></div>';

		$results = Readable_Cards::results(
			$list,
			static fn ( int $n ): string => App_Address::author( $slug, $n ),
			false,
			true,
			3
		);
		return Readable_Html::frame(
			'<div class="server-author-page"><div class="server-profile">' . $bio . '</div>'
			. '<section class="server-author-articles" aria-labelledby="server-author-articles">'
			. '<h2 id="server-author-articles" class="server-author-articles-heading">' . esc_html( Words::author_articles( $name ) ) . '</h2>'
			. $results . '</section></div>'
		);
	}

	/** The author's own links: http(s) addresses only (as the app's ExternalLink). */
	private static function links( array $author ): string {
		$links = is_array( $author['links'] ?? null ) ? array_filter( $author['links'], 'is_array' ) : array();
		$items = '';
		foreach ( $links as $link ) {
			$url = Page_Data::text( $link, 'url' );
			if ( 1 !== preg_match( '#^https?://#i', $url ) ) {
				continue;
			}
			$items .= '<li><a href="' . esc_url( $url ) . '" rel="noopener noreferrer" lang="' . Words::CONTENT_LANG . '">' . esc_html( Page_Data::text( $link, 'label' ) ) . '</a></li>';
		}
		return '' !== $items ? '<ul class="server-bio-links" aria-label="Liens">' . $items . '</ul>' : '';
	}
}
