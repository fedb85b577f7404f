<?php
/**
 * The pieces of a page's readable HTML (App_Page::readable_html()): the frame the app's layout has
 * (src/app/root-layout.tsx: the header with the app's name, the main column, the footer), a date, a
 * rating and an image as the app writes them, and an article's body, sanitised.
 *
 * The markup's classes are styled by src/features/server-page/server-page.css, which sits in the
 * app's main stylesheet: same tokens, same geometry, so the app can take the page over (hand-off.ts)
 * without anything moving. Everything from the API is escaped here; the body goes through kses.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique\Front;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Readable_Html {

	/** The container's id (src/features/server-page/hand-off.ts, SERVER_PAGE_ID). */
	public const CONTAINER_ID = 'chronique-page';
	/** Marks what the app's page must show before it takes over: the title, the first card's. */
	public const AWAITED = 'data-awaited';

	private const MONTHS = array( 'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre' );
	private const NBSP   = "\u{00A0}";
	/** The app's StarIcon. */
	private const STAR = 'M12 2.8l2.8 5.9 6.4.8-4.7 4.5 1.2 6.4L12 17.2l-5.7 3.2 1.2-6.4-4.7-4.5 6.4-.8z';

	/** The page around `$main`: the app's header and footer, in the container the app removes. */
	public static function frame( string $main ): string {
		$brand = '<a class="server-brand" href="' . esc_url( App_Address::url() ) . '">'
			. '<svg class="server-brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false"><circle cx="16" cy="16" r="16"/><path d="M21.6 11.2A7 7 0 1 0 21.6 20.8"/></svg>'
			. esc_html( Words::APP_NAME ) . '<span class="visually-hidden">' . esc_html( Words::HOME_SUFFIX ) . '</span></a>';
		return '<div id="' . self::CONTAINER_ID . '" class="server-page">'
			. '<header class="server-header"><div class="server-header-inner">' . $brand . '</div></header>'
			. '<main class="server-main">' . $main . '</main>'
			. '<footer class="server-footer"><p>' . esc_html( Words::FOOTER ) . '</p></footer>'
			. '</div>';
	}

	/** "8 mars 2016" (formatLongDate), in the site's time zone, in a `<time>`. */
	public static function date( string $iso ): string {
		$timestamp = strtotime( $iso );
		if ( false === $timestamp ) {
			return '';
		}
		$date = ( new \DateTimeImmutable( '@' . $timestamp ) )->setTimezone( wp_timezone() );
		$text = $date->format( 'j' ) . ' ' . self::MONTHS[ (int) $date->format( 'n' ) - 1 ] . ' ' . $date->format( 'Y' );
		return '<time datetime="' . esc_attr( $iso ) . '">' . esc_html( $text ) . '</time>';
	}

	/**
	 * A list's date (formatRecentDate): "à l’instant", "il y a 5 min", "il y a 3 h", then by calendar
	 * day "hier", "avant-hier", "il y a 6 jours", the full date from the seventh day.
	 */
	public static function recent_date( string $iso, ?int $now = null ): string {
		$timestamp = strtotime( $iso );
		if ( false === $timestamp ) {
			return '';
		}
		$now     = $now ?? time();
		$elapsed = $now - $timestamp;
		$zone    = wp_timezone();
		$days    = (int) round( ( self::start_of_day( $now, $zone ) - self::start_of_day( $timestamp, $zone ) ) / DAY_IN_SECONDS );
		if ( $elapsed >= DAY_IN_SECONDS && $days >= 7 ) {
			return self::date( $iso );
		}
		if ( $elapsed < MINUTE_IN_SECONDS ) {
			$text = 'à l’instant';
		} elseif ( $elapsed < HOUR_IN_SECONDS ) {
			$text = 'il y a ' . intdiv( $elapsed, MINUTE_IN_SECONDS ) . self::NBSP . 'min';
		} elseif ( $elapsed < DAY_IN_SECONDS ) {
			$text = 'il y a ' . intdiv( $elapsed, HOUR_IN_SECONDS ) . self::NBSP . 'h';
		} else {
			$text = match ( max( 1, $days ) ) {
				1       => 'hier',
				2       => 'avant-hier',
				default => 'il y a ' . max( 1, $days ) . ' jours',
			};
		}
		return '<time datetime="' . esc_attr( $iso ) . '">' . esc_html( $text ) . '</time>';
	}

	private static function start_of_day( int $timestamp, \DateTimeZone $zone ): int {
		return ( new \DateTimeImmutable( '@' . $timestamp ) )->setTimezone( $zone )->setTime( 0, 0 )->getTimestamp();
	}

	/** "12 articles", "1 commentaire": French counts (0 and 1 are singular). */
	public static function count( int $n, string $one, string $other ): string {
		return self::integer( $n ) . self::NBSP . ( $n <= 1 ? $one : $other );
	}

	public static function integer( int $n ): string {
		return number_format( $n, 0, ',', self::NBSP );
	}

	/** The compact rating of a meta line (RatingSummary `compact`): a star and "4,2 / 5"; '' without votes. */
	public static function rating( mixed $rating ): string {
		$rating = is_array( $rating ) ? $rating : array();
		$count  = Page_Data::number( $rating, 'count' );
		if ( $count <= 0 ) {
			return '';
		}
		$average = is_int( $rating['average'] ?? null ) || is_float( $rating['average'] ?? null ) ? (float) $rating['average'] : 0.0;
		$value   = number_format( $average, 1, ',', '' );
		$label   = 'Note moyenne' . self::NBSP . ': ' . $value . ' sur 5, ' . self::count( $count, 'évaluation', 'évaluations' );
		return '<span class="server-rating"><span class="visually-hidden">' . esc_html( $label ) . '</span>'
			. '<span class="server-rating-visual" aria-hidden="true"><svg class="server-star" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="' . self::STAR . '"/></svg> '
			. esc_html( $value . self::NBSP . '/' . self::NBSP . '5' ) . '</span></span>';
	}

	/**
	 * An `<img>` with its own size (no shift while it loads).
	 *
	 * @param array{url: string, alt: string, width: int, height: int} $image
	 * @param array<string, string>                                    $attributes More attributes, in order.
	 */
	public static function image( array $image, string $alt, array $attributes = array() ): string {
		$html = '<img src="' . esc_url( $image['url'] ) . '" alt="' . esc_attr( $alt ) . '"';
		if ( $image['width'] > 0 && $image['height'] > 0 ) {
			$html .= ' width="' . $image['width'] . '" height="' . $image['height'] . '"';
		}
		foreach ( $attributes as $name => $value ) {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
		return $html . '>';
	}

	/**
	 * The article's body as the API gave it, through kses's rules for post content, without `style`
	 * attributes: the strict CSP (style-src 'self') would refuse each one, and report it. WordPress
	 * adds `decoding` to its images itself (6.1's kses does not know it yet).
	 */
	public static function body( string $html ): string {
		$allowed = wp_kses_allowed_html( 'post' );
		foreach ( $allowed as $tag => $attributes ) {
			if ( is_array( $attributes ) ) {
				unset( $attributes['style'] );
				$allowed[ $tag ] = $attributes;
			}
		}
		if ( isset( $allowed['img'] ) && is_array( $allowed['img'] ) ) {
			$allowed['img']['decoding'] = true;
		}
		return wp_kses( $html, $allowed );
	}
}
