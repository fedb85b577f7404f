<?php
/**
 * The list's readable HTML (the front page, a category, a search), as the app's HomePage writes it
 * (src/routes/home/home-page.tsx): the heading, the search (a plain GET form to the list's own
 * address), the sections' links, then the first page of cards (Readable_Cards).
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique\Front;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Readable_List {

	private const MAGNIFIER = 'M10 3a7 7 0 0 1 5.6 11.2l4.6 4.6-1.4 1.4-4.6-4.6A7 7 0 1 1 10 3zm0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10z';

	/**
	 * @param array<string, mixed>|null $list       GET /articles.
	 * @param array<string, mixed>|null $categories GET /categories.
	 */
	public static function html( string $q, string $category, ?string $category_name, int $page, ?array $list, ?array $categories ): string {
		if ( '' !== $q || '' !== $category ) {
			$heading  = '' !== $q ? Words::list_heading( $q ) : ( $category_name ?? Words::LIST_HEADING );
			$masthead = ( '' !== $category ? '<p class="kicker">' . esc_html( Words::CATEGORY ) . '</p>' : '' )
				. '<h1 class="server-list-heading">' . esc_html( $heading ) . '</h1>';
		} else {
			$masthead = '<h1 class="server-front-heading"><span class="kicker server-front-name">' . esc_html( Words::APP_NAME ) . '</span> <span>' . esc_html( Words::TAGLINE ) . '</span></h1>';
		}
		$top = '<div class="server-list-top"><header class="server-masthead">' . $masthead . '</header>'
			. self::search( $q, $category )
			. '<div class="server-sections">' . self::sections( $q, $category, $categories ) . '</div></div>';

		$results = Readable_Cards::results(
			$list,
			static fn ( int $n ): string => App_Address::list( $q, $category, $n ),
			'' === $q,
			'' !== $q || '' !== $category || $page > 1
		);
		return Readable_Html::frame( '<div class="server-list">' . $top . $results . '</div>' );
	}

	/**
	 * A field on a wide screen; on a phone a button that opens it (a checkbox and its label: no script).
	 */
	private static function search( string $q, string $category ): string {
		$icon   = static fn ( int $size ): string => '<svg viewBox="0 0 24 24" width="' . $size . '" height="' . $size . '" aria-hidden="true" focusable="false"><path fill="currentColor" d="' . self::MAGNIFIER . '"/></svg>';
		$html   = '<div class="server-search">'
			. '<input type="checkbox" id="server-search-open" class="server-search-switch visually-hidden"' . ( '' !== $q ? ' checked' : '' ) . '>'
			. '<label for="server-search-open" class="server-search-toggle">' . $icon( 22 ) . '<span class="visually-hidden">' . esc_html( Words::SEARCH_LABEL ) . '</span></label>'
			. '<form role="search" aria-label="' . esc_attr( Words::SEARCH_REGION ) . '" class="server-search-form" action="' . esc_url( App_Address::url() ) . '" method="get">'
			. '<label for="server-search-q" class="visually-hidden">' . esc_html( Words::SEARCH_LABEL ) . '</label>'
			. '<div class="server-search-field">'
			. '<input id="server-search-q" class="server-search-input" type="search" name="q" value="' . esc_attr( $q ) . '" placeholder="' . esc_attr( Words::SEARCH_LABEL ) . '" autocomplete="off" enterkeyhint="search">'
			. '<button type="submit" class="server-search-submit">' . $icon( 20 ) . '<span class="visually-hidden">' . esc_html( Words::SEARCH_BUTTON ) . '</span></button>'
			. '</div>';
		if ( '' !== $category ) {
			$html .= '<input type="hidden" name="category" value="' . esc_attr( $category ) . '">';
		}
		if ( '' !== $q ) {
			$html .= '<p class="server-search-clear"><a href="' . esc_url( App_Address::list( '', $category ) ) . '">' . esc_html( Words::CLEAR_SEARCH ) . '</a></p>';
		}
		return $html . '</form></div>';
	}

	/** The sections' row (CategoryNav): "À la une", then each category, the current one marked. */
	private static function sections( string $q, string $category, ?array $categories ): string {
		if ( null === $categories ) {
			return '';
		}
		$link  = static fn ( string $slug, string $name ): string => '<li><a class="server-section-link" href="' . esc_url( App_Address::list( $q, $slug ) ) . '"'
			. ( $slug === $category ? ' aria-current="page"' : '' ) . '>' . esc_html( $name ) . '</a></li>';
		$items = $link( '', Words::ALL_CATEGORIES );
		foreach ( Page_Data::items( $categories ) as $item ) {
			$items .= $link( Page_Data::text( $item, 'slug' ), Page_Data::text( $item, 'name' ) );
		}
		return '<nav aria-label="' . esc_attr( Words::CATEGORIES ) . '" class="server-category-nav"><ul>' . $items . '</ul></nav>';
	}
}
