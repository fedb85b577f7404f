<?php
/**
 * Posts, users, terms and attachments → the contract's ArticleSummary, Article, Author, Category
 * and Image.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique;

use WP_Post;
use WP_Term;
use WP_User;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Article_Mapper {

	private const WORDS_PER_MINUTE = 220;

	/**
	 * @param array{average: float|int, count: int} $rating
	 * @return array<string, mixed>
	 */
	public static function summary( WP_Post $post, int $comment_count, array $rating ): array {
		return array(
			'slug'           => rawurldecode( $post->post_name ),
			'title'          => Text::from_html( $post->post_title ),
			'excerpt'        => self::excerpt( $post ),
			'category'       => self::category( $post ),
			'author'         => self::author_ref( (int) $post->post_author ),
			'publishedAt'    => Text::iso( $post->post_date_gmt ),
			'readingMinutes' => max( 1, (int) round( Text::word_count( $post->post_content ) / self::WORDS_PER_MINUTE ) ),
			'commentCount'   => $comment_count,
			'rating'         => $rating,
			'cover'          => self::image( (int) get_post_thumbnail_id( $post ), '' ),
		);
	}

	/**
	 * @param array{average: float|int, count: int} $rating
	 * @return array<string, mixed>
	 */
	public static function article( WP_Post $post, int $comment_count, array $rating ): array {
		$thumbnail = (int) get_post_thumbnail_id( $post );
		$caption   = $thumbnail > 0 ? Text::trim( Text::from_html( (string) wp_get_attachment_caption( $thumbnail ) ) ) : '';
		return array_merge(
			self::summary( $post, $comment_count, $rating ),
			array(
				'author'       => self::author( (int) $post->post_author ),
				'bodyHtml'     => self::body_html( $post ),
				'photoCredit'  => '' === $caption ? null : $caption,
				'related'      => Related_Links::for_post( $post->ID ),
				'commentsOpen' => Articles::accepts_comments( $post ),
			)
		);
	}

	private static function excerpt( WP_Post $post ): string {
		if ( '' !== trim( $post->post_excerpt ) ) {
			return Text::trim( Text::from_html( $post->post_excerpt ) );
		}
		$text = Text::from_html( strip_shortcodes( excerpt_remove_blocks( $post->post_content ) ) );
		return Text::trim( wp_trim_words( $text, 55, '…' ) );
	}

	private static function body_html( WP_Post $post ): string {
		$previous        = $GLOBALS['post'] ?? null;
		$GLOBALS['post'] = $post; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		setup_postdata( $post );
		$html = (string) apply_filters( 'the_content', $post->post_content ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound
		$GLOBALS['post'] = $previous; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		if ( $previous instanceof WP_Post ) {
			setup_postdata( $previous );
		}
		return trim( $html );
	}

	/** @return array{slug: string, name: string} */
	public static function category( WP_Post $post ): array {
		$terms = get_the_category( $post->ID );
		$term  = $terms[0] ?? null;
		return $term instanceof WP_Term ? self::term( $term ) : array(
			'slug' => '',
			'name' => '',
		);
	}

	/** @return array{slug: string, name: string} */
	public static function term( WP_Term $term ): array {
		return array(
			'slug' => rawurldecode( $term->slug ),
			'name' => Text::from_html( $term->name ),
		);
	}

	/** @return array<string, mixed> */
	public static function author_ref( int $user_id ): array {
		$user = get_userdata( $user_id );
		if ( ! $user instanceof WP_User ) {
			return array(
				'slug'   => '',
				'name'   => '',
				'role'   => '',
				'avatar' => null,
			);
		}
		return array(
			'slug'   => rawurldecode( $user->user_nicename ),
			'name'   => Text::from_html( $user->display_name ),
			'role'   => Text::from_html( (string) get_user_meta( $user->ID, Author_Profile::ROLE, true ) ),
			'avatar' => self::image( (int) get_user_meta( $user->ID, Author_Profile::AVATAR, true ), $user->display_name ),
		);
	}

	/** @return array<string, mixed> */
	public static function author( int $user_id ): array {
		$user = get_userdata( $user_id );
		return array_merge(
			self::author_ref( $user_id ),
			array(
				'bio'   => $user instanceof WP_User ? Text::trim( Text::from_html( (string) $user->description ) ) : '',
				'links' => $user instanceof WP_User ? Author_Profile::links( $user ) : array(),
			)
		);
	}

	/**
	 * An image from the media library, at full size, or null.
	 *
	 * @return array{url: string, alt: string, width: int, height: int}|null
	 */
	public static function image( int $attachment_id, string $fallback_alt ): ?array {
		if ( $attachment_id <= 0 || 'attachment' !== get_post_type( $attachment_id ) ) {
			return null;
		}
		$url = wp_get_attachment_url( $attachment_id );
		if ( ! is_string( $url ) || '' === $url ) {
			return null;
		}
		$meta = wp_get_attachment_metadata( $attachment_id );
		$alt  = (string) get_post_meta( $attachment_id, '_wp_attachment_image_alt', true );
		return array(
			'url'    => $url,
			'alt'    => Text::from_html( '' !== $alt ? $alt : $fallback_alt ),
			'width'  => is_array( $meta ) && isset( $meta['width'] ) ? (int) $meta['width'] : 0,
			'height' => is_array( $meta ) && isset( $meta['height'] ) ? (int) $meta['height'] : 0,
		);
	}
}
