<?php
/**
 * An article's readable HTML: the first screen of the app's ArticleView
 * (src/features/articles/components/article-view.tsx) — category, title, standfirst, byline, cover —
 * then the body, sanitised. The rest (rating, author, related reading, comments) comes with the app.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique\Front;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Readable_Article {

	/** @param array<string, mixed> $article GET /articles/{slug}. */
	public static function html( array $article ): string {
		$title    = Page_Data::text( $article, 'title' );
		$excerpt  = Page_Data::text( $article, 'excerpt' );
		$body     = Page_Data::text( $article, 'bodyHtml' );
		$category = is_array( $article['category'] ?? null ) ? $article['category'] : array();
		$cover    = Page_Data::image( $article['cover'] ?? null );
		$lang     = ' lang="' . Words::CONTENT_LANG . '"';

		$intro  = '<p class="kicker server-article-category"' . $lang . '><a href="' . esc_url( App_Address::list( '', Page_Data::text( $category, 'slug' ) ) ) . '">'
			. esc_html( Page_Data::text( $category, 'name' ) ) . '</a></p>';
		$intro .= '<h1 class="server-article-title"' . $lang . ' ' . Readable_Html::AWAITED . '>' . esc_html( $title ) . '</h1>';
		if ( self::is_standfirst_shown( $excerpt, $body ) ) {
			$intro .= '<p class="server-standfirst"' . $lang . '>' . esc_html( $excerpt ) . '</p>';
		}
		$intro .= self::byline( $article );

		$header = '<header class="server-article-header" data-cover="' . ( null !== $cover ? 'yes' : 'none' ) . '"><div>' . $intro . '</div>';
		if ( null !== $cover ) {
			// The page's LCP image (App_Page::lcp_image() preloads it).
			$header .= '<figure class="server-cover"' . $lang . '>'
				. Readable_Html::image(
					$cover,
					$cover['alt'],
					array(
						'fetchpriority' => 'high',
						'decoding'      => 'async',
					)
				) . '</figure>';
		}
		$header .= '</header>';

		return Readable_Html::frame(
			'<article class="server-article">' . $header
			. '<div class="server-article-body"' . $lang . '>' . Readable_Html::body( $body ) . '</div>'
			// Only without JavaScript: what the app would add below, and why it is not there.
			. '<noscript><p class="server-needs-script">' . esc_html( Words::NEEDS_SCRIPT ) . '</p></noscript></article>'
		);
	}

	/** "Par {author} · 8 mars 2016 · 5 min de lecture · ★ 4,2 / 5", as one meta row. */
	private static function byline( array $article ): string {
		$author = is_array( $article['author'] ?? null ) ? $article['author'] : array();
		$items  = array(
			'<span>' . esc_html( Words::BY ) . ' <a class="server-author" href="' . esc_url( App_Address::author( Page_Data::text( $author, 'slug' ) ) ) . '">'
				. esc_html( Page_Data::text( $author, 'name' ) ) . '</a></span>',
			Readable_Html::date( Page_Data::text( $article, 'publishedAt' ) ),
			'<span>' . esc_html( Words::reading_time( Page_Data::number( $article, 'readingMinutes', 1 ) ) ) . '</span>',
			Readable_Html::rating( $article['rating'] ?? null ),
		);
		return '<p class="meta-row server-byline">' . implode( '', $items ) . '</p>';
	}

	/**
	 * The app's isStandfirstShown() (src/features/articles/lib/standfirst.ts): the excerpt, unless it
	 * is word for word the body's first paragraph.
	 */
	private static function is_standfirst_shown( string $excerpt, string $body ): bool {
		$words = self::comparable( $excerpt );
		if ( '' === $words ) {
			return false;
		}
		if ( 1 !== preg_match( '/^\s*<p(?:\s[^>]*)?>(.*?)<\/p>/is', $body, $opening ) ) {
			return true;
		}
		$text = html_entity_decode( (string) preg_replace( '/<[^>]*>/', '', $opening[1] ), ENT_QUOTES | ENT_HTML5, 'UTF-8' );
		return self::comparable( $text ) !== $words;
	}

	private static function comparable( string $text ): string {
		return trim( (string) preg_replace( '/[\s\x{00A0}\x{202F}]+/u', ' ', $text ) );
	}
}
