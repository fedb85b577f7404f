<?php
/**
 * One page of a thread: top-level comments after a keyset cursor (indexed, so page 20 of a
 * 5,000-comment thread costs what page 1 costs), then the shown replies of just those comments.
 *
 * Cursors are opaque to clients: base64url of "sort|created_at|id[|likes]" of the last comment sent.
 * In `popular` order a comment whose like count changes between two pages may move across the
 * cursor (it can then appear twice or not at all); `oldest` and `newest` never shift.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Thread_Query {

	public const SORTS = array( 'oldest', 'newest', 'popular' );

	/** @param array<string, mixed> $row */
	public static function encode_cursor( string $sort, array $row ): string {
		$parts = array( $sort, (string) $row['created_at'], (string) $row['comment_id'] );
		if ( 'popular' === $sort ) {
			$parts[] = (string) (int) $row['like_count'];
		}
		return rtrim( strtr( base64_encode( implode( '|', $parts ) ), '+/', '-_' ), '=' );
	}

	/** @return array{created_at: string, id: int, likes: int}|null */
	public static function decode_cursor( string $cursor, string $sort ): ?array {
		if ( 1 !== preg_match( '/^[A-Za-z0-9_-]{1,200}$/', $cursor ) ) {
			return null;
		}
		$decoded = base64_decode( strtr( $cursor, '-_', '+/' ), true );
		if ( false === $decoded ) {
			return null;
		}
		$parts    = explode( '|', $decoded );
		$expected = 'popular' === $sort ? 4 : 3;
		if ( count( $parts ) !== $expected || $parts[0] !== $sort ) {
			return null;
		}
		if ( 1 !== preg_match( '/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/', $parts[1] ) || 1 !== preg_match( '/^\d{1,20}$/', $parts[2] ) ) {
			return null;
		}
		if ( 'popular' === $sort && 1 !== preg_match( '/^\d{1,10}$/', $parts[3] ) ) {
			return null;
		}
		return array(
			'created_at' => $parts[1],
			'id'         => (int) $parts[2],
			'likes'      => 'popular' === $sort ? (int) $parts[3] : 0,
		);
	}

	/**
	 * @param array{created_at: string, id: int, likes: int}|null $after
	 * @return array{roots: array<int, array<string, mixed>>, next: ?string}
	 */
	public static function page( int $post_id, string $sort, ?array $after, int $limit ): array {
		global $wpdb;
		$table   = Schema::table( 'comments' );
		$columns = Comment_Store::COLUMNS;
		$base    = "SELECT $columns FROM $table WHERE post_id = %d AND parent_id = 0 AND shown = 1";
		$args    = array( $post_id );

		if ( 'popular' === $sort ) {
			$order = 'like_count DESC, created_at ASC, comment_id ASC';
			if ( null !== $after ) {
				$base  .= ' AND (like_count < %d OR (like_count = %d AND (created_at > %s OR (created_at = %s AND comment_id > %d))))';
				$args[] = $after['likes'];
				$args[] = $after['likes'];
				array_push( $args, $after['created_at'], $after['created_at'], $after['id'] );
			}
		} elseif ( 'newest' === $sort ) {
			$order = 'created_at DESC, comment_id DESC';
			if ( null !== $after ) {
				$base .= ' AND (created_at < %s OR (created_at = %s AND comment_id < %d))';
				array_push( $args, $after['created_at'], $after['created_at'], $after['id'] );
			}
		} else {
			$order = 'created_at ASC, comment_id ASC';
			if ( null !== $after ) {
				$base .= ' AND (created_at > %s OR (created_at = %s AND comment_id > %d))';
				array_push( $args, $after['created_at'], $after['created_at'], $after['id'] );
			}
		}
		$args[] = $limit + 1;
		$rows   = $wpdb->get_results( $wpdb->prepare( "$base ORDER BY $order LIMIT %d", $args ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL
		$rows   = is_array( $rows ) ? $rows : array();
		$more   = count( $rows ) > $limit;
		$roots  = array_slice( $rows, 0, $limit );
		$last   = end( $roots );
		return array(
			'roots' => $roots,
			'next'  => $more && is_array( $last ) ? self::encode_cursor( $sort, $last ) : null,
		);
	}
}
