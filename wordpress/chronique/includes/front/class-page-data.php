<?php
/**
 * Reading the API's answers (arrays of the contract's shapes) for a page's head, without a notice
 * when a field is missing.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique\Front;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Page_Data {

	/** @param array<string, mixed> $data */
	public static function text( array $data, string $key ): string {
		$value = $data[ $key ] ?? '';
		return is_string( $value ) || is_int( $value ) || is_float( $value ) ? (string) $value : '';
	}

	/** @param array<string, mixed> $data */
	public static function number( array $data, string $key, int $fallback = 0 ): int {
		$value = $data[ $key ] ?? null;
		return is_int( $value ) || is_float( $value ) ? (int) $value : $fallback;
	}

	/**
	 * The contract's Image, or null.
	 *
	 * @param mixed $image
	 * @return array{url: string, alt: string, width: int, height: int}|null
	 */
	public static function image( $image ): ?array {
		if ( ! is_array( $image ) || '' === self::text( $image, 'url' ) ) {
			return null;
		}
		return array(
			'url'    => self::text( $image, 'url' ),
			'alt'    => self::text( $image, 'alt' ),
			'width'  => self::number( $image, 'width' ),
			'height' => self::number( $image, 'height' ),
		);
	}

	/**
	 * The list's items (article summaries).
	 *
	 * @param array<string, mixed>|null $page
	 * @return array<int, array<string, mixed>>
	 */
	public static function items( ?array $page ): array {
		$items = is_array( $page['items'] ?? null ) ? $page['items'] : array();
		return array_values( array_filter( $items, 'is_array' ) );
	}

	/**
	 * The app as the publisher, as the app's Article JSON-LD names it, with its icon for a logo.
	 *
	 * @return array<string, mixed>
	 */
	public static function publisher(): array {
		return array(
			'@type' => 'Organization',
			'name'  => Words::APP_NAME,
			'logo'  => array(
				'@type' => 'ImageObject',
				'url'   => App_Address::url( 'icons/icon-512.png' ),
			),
		);
	}

	/**
	 * A schema.org ItemList of article summaries, numbered from `$first`.
	 *
	 * @param array<int, array<string, mixed>> $items
	 * @return array<string, mixed>
	 */
	public static function item_list( array $items, int $first ): array {
		$elements = array();
		foreach ( $items as $index => $item ) {
			$elements[] = array(
				'@type'    => 'ListItem',
				'position' => $first + $index,
				'url'      => App_Address::article( self::text( $item, 'slug' ) ),
				'name'     => self::text( $item, 'title' ),
			);
		}
		return array(
			'@type'           => 'ItemList',
			'numberOfItems'   => count( $elements ),
			'itemListElement' => $elements,
		);
	}
}
