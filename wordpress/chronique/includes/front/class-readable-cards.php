<?php
/**
 * A page of article cards as the app's ArticleResults writes it (src/features/articles/components/
 * article-results.tsx, article-card.tsx, pagination.tsx): the count, the grid (the front page's first
 * story as the lead), and the page links — plain links to the app's addresses.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique\Front;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Readable_Cards {

	/** Cards whose cover is on the first screen without a lead (ArticleResults' COVERS_ABOVE_FOLD). */
	private const COVERS_ABOVE_FOLD = 3;

	/**
	 * @param array<string, mixed>|null $page        GET /articles; null when it failed (nothing is written).
	 * @param callable(int): string     $href        The address of page n of this list.
	 * @param bool                      $count_shown A search, a filter, an author, or a page after the first.
	 */
	public static function results( ?array $page, callable $href, bool $has_lead, bool $count_shown, int $heading_level = 2 ): string {
		if ( null === $page ) {
			return '';
		}
		$items  = Page_Data::items( $page );
		$total  = Page_Data::number( $page, 'total' );
		$number = Page_Data::number( $page, 'page', 1 );
		$pages  = max( 1, (int) ceil( $total / max( 1, Page_Data::number( $page, 'pageSize', Api_Answers::ARTICLES_PAGE_SIZE ) ) ) );

		$html = '<div class="server-results"><p class="' . ( $count_shown ? 'server-results-status' : 'visually-hidden' ) . '">'
			. esc_html( Words::result_count( $total, $number, $pages ) ) . '</p>';
		if ( $items ) {
			$shows_lead = $has_lead && 1 === $number;
			$html      .= '<ol class="server-card-grid" data-layout="' . ( $shows_lead ? 'front' : 'list' ) . '">';
			foreach ( $items as $index => $item ) {
				$above_fold = $shows_lead ? 0 === $index : $index < self::COVERS_ABOVE_FOLD;
				$html      .= '<li>' . self::card( $item, $heading_level, $shows_lead && 0 === $index, $above_fold, 0 === $index ) . '</li>';
			}
			$html .= '</ol>';
		}
		return $html . self::pagination( $number, $pages, $href ) . '</div>';
	}

	/** @param array<string, mixed> $article An ArticleSummary. */
	private static function card( array $article, int $heading_level, bool $is_lead, bool $above_fold, bool $is_awaited ): string {
		$cover    = Page_Data::image( $article['cover'] ?? null );
		$author   = is_array( $article['author'] ?? null ) ? $article['author'] : array();
		$category = is_array( $article['category'] ?? null ) ? $article['category'] : array();
		$comments = Page_Data::number( $article, 'commentCount' );
		$lang     = ' lang="' . Words::CONTENT_LANG . '"';
		$heading  = 3 === $heading_level ? 'h3' : 'h2';

		$meta = array(
			'<span>' . esc_html( Words::BY . ' ' . Page_Data::text( $author, 'name' ) ) . '</span>',
			Readable_Html::recent_date( Page_Data::text( $article, 'publishedAt' ) ),
		);
		if ( $is_lead ) {
			$meta[] = '<span>' . esc_html( Words::reading_time( Page_Data::number( $article, 'readingMinutes', 1 ) ) ) . '</span>';
		}
		if ( $comments > 0 ) {
			$meta[] = '<span>' . esc_html( Readable_Html::count( $comments, 'commentaire', 'commentaires' ) ) . '</span>';
		}
		$meta[] = Readable_Html::rating( $article['rating'] ?? null );

		$html = '<article class="server-card" data-variant="' . ( $is_lead ? 'lead' : 'card' ) . '" data-cover="' . ( null !== $cover ? 'yes' : 'none' ) . '">'
			. '<' . $heading . ' class="server-card-title"' . $lang . ( $is_awaited ? ' ' . Readable_Html::AWAITED : '' ) . '>'
			. '<a class="server-card-link" href="' . esc_url( App_Address::article( Page_Data::text( $article, 'slug' ) ) ) . '">' . esc_html( Page_Data::text( $article, 'title' ) ) . '</a>'
			. '</' . $heading . '>'
			. '<p class="kicker server-card-category"' . $lang . '>' . esc_html( Page_Data::text( $category, 'name' ) ) . '</p>'
			. '<p class="server-card-excerpt"' . $lang . '>' . esc_html( Page_Data::text( $article, 'excerpt' ) ) . '</p>'
			. '<p class="meta-row server-card-meta">' . implode( '', $meta ) . '</p>';
		if ( null !== $cover ) {
			// Decoration here: the title says what the story is (as the app's card).
			$attributes = array(
				'class'   => 'server-card-cover',
				'loading' => $above_fold ? 'eager' : 'lazy',
			);
			if ( $is_lead ) {
				$attributes['fetchpriority'] = 'high';
			}
			$attributes['decoding'] = 'async';
			$html                  .= Readable_Html::image( $cover, '', $attributes );
		}
		return $html . '</article>';
	}

	/** @param callable(int): string $href */
	private static function pagination( int $page, int $pages, callable $href ): string {
		if ( $pages <= 1 ) {
			return '';
		}
		$link  = static fn ( int $n, string $text, string $extra = '' ): string => '<a class="server-page-link" href="' . esc_url( $href( $n ) ) . '"' . $extra . '>' . $text . '</a>';
		$items = '<li class="server-pagination-step">' . ( $page > 1 ? $link( $page - 1, '<span aria-hidden="true">← </span>' . esc_html( Words::PREVIOUS_PAGE ), ' rel="prev"' ) : '' ) . '</li>';
		foreach ( self::visible_pages( $page, $pages ) as $n ) {
			$items .= null === $n
				? '<li class="server-pagination-gap" aria-hidden="true">…</li>'
				: '<li>' . $link( $n, (string) $n, ' aria-label="Page ' . $n . '"' . ( $n === $page ? ' aria-current="page"' : '' ) ) . '</li>';
		}
		$items .= '<li class="server-pagination-step">' . ( $page < $pages ? $link( $page + 1, esc_html( Words::NEXT_PAGE ) . '<span aria-hidden="true"> →</span>', ' rel="next"' ) : '' ) . '</li>';
		return '<nav class="server-pagination" aria-label="' . esc_attr( Words::PAGINATION ) . '"><ul>' . $items . '</ul></nav>';
	}

	/**
	 * The app's visiblePages(): the first, the last and two around the current page, a gap as null.
	 *
	 * @return array<int, int|null>
	 */
	private static function visible_pages( int $page, int $pages ): array {
		$wanted = array_unique( array_filter( array( 1, $pages, $page - 1, $page, $page + 1 ), static fn ( int $n ): bool => $n >= 1 && $n <= $pages ) );
		sort( $wanted );
		$result   = array();
		$previous = null;
		foreach ( $wanted as $n ) {
			if ( null !== $previous && $n - $previous > 1 ) {
				$result[] = 2 === $n - $previous ? $n - 1 : null;
			}
			$result[] = $n;
			$previous = $n;
		}
		return $result;
	}
}
