<?php
/**
 * The plugin's comment table: every read of a thread comes from here, never from wp_comments.
 *
 * States: published (approved), pending (held), hidden (spam, trash, post trashed), deleted (removed
 * by its author, kept because it has replies), removed (deleted for good in WordPress). A row is
 * `shown` in a thread when it is published, or when it is not but still holds shown replies (it is
 * then a `deleted: true` placeholder). `was_public` marks rows readers have seen: only those appear in
 * the change feed, whose clock is `changed_at`.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Comment_Store {

	public const COLUMNS = 'comment_id, post_id, parent_id, root_id, user_id, state, shown, was_public, created_at, edited_at, changed_at, featured_at, like_count, report_count, report_baseline, author_name, body, token_hash, token_nonce, idem_hash, wp_author_md5, wp_content_md5';

	private static function table(): string {
		return Schema::table( 'comments' );
	}

	/** @return array<string, mixed>|null */
	public static function find( int $id ): ?array {
		global $wpdb;
		$table = self::table();
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT " . self::COLUMNS . " FROM $table WHERE comment_id = %d", $id ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		return is_array( $row ) ? $row : null;
	}

	/** @return array<string, mixed>|null */
	public static function find_by_idempotency( string $hash ): ?array {
		global $wpdb;
		$table = self::table();
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT " . self::COLUMNS . " FROM $table WHERE idem_hash = %s", $hash ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		return is_array( $row ) ? $row : null;
	}

	/** @param array<string, mixed> $row */
	public static function insert( array $row ): void {
		global $wpdb;
		$wpdb->replace( self::table(), $row );
	}

	/** @param array<string, mixed> $fields */
	public static function update( int $id, array $fields ): void {
		global $wpdb;
		$wpdb->update( self::table(), $fields, array( 'comment_id' => $id ) );
	}

	/**
	 * Fingerprints of WordPress's copy of a comment's name and text, as it stored them.
	 *
	 * @return array{wp_author_md5: string, wp_content_md5: string}
	 */
	public static function fingerprints( \WP_Comment $comment ): array {
		return array(
			'wp_author_md5'  => md5( (string) $comment->comment_author ),
			'wp_content_md5' => md5( (string) $comment->comment_content ),
		);
	}

	/** Records WordPress's copy as it is now (after the plugin itself changed it). */
	public static function refresh_fingerprints( int $id ): void {
		clean_comment_cache( $id );
		$comment = get_comment( $id );
		if ( $comment instanceof \WP_Comment ) {
			self::update( $id, self::fingerprints( $comment ) );
		}
	}

	/** Gives a comment and all its replies a new root (after WordPress moved it in a thread). */
	public static function reroot( int $id, int $root ): void {
		global $wpdb;
		$table = self::table();
		$queue = array( $id );
		for ( $guard = 0; $queue && $guard < 100000; $guard++ ) {
			$current = (int) array_shift( $queue );
			self::update( $current, array( 'root_id' => $root ) );
			$children = $wpdb->get_col( $wpdb->prepare( "SELECT comment_id FROM $table WHERE parent_id = %d", $current ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
			foreach ( (array) $children as $child ) {
				$queue[] = (int) $child;
			}
		}
	}

	public static function has_shown_children( int $id ): bool {
		global $wpdb;
		$table = self::table();
		return null !== $wpdb->get_var( $wpdb->prepare( "SELECT 1 FROM $table WHERE parent_id = %d AND shown = 1 LIMIT 1", $id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
	}

	/** Re-derives `shown` for a comment, then for its ancestors while it changes. */
	public static function refresh_shown( int $id ): void {
		for ( $depth = 0; $id > 0 && $depth < 200; $depth++ ) {
			$row = self::find( $id );
			if ( null === $row ) {
				return;
			}
			$shown = 'published' === $row['state'] || self::has_shown_children( $id ) ? 1 : 0;
			if ( (int) $row['shown'] === $shown ) {
				return;
			}
			self::update( $id, array( 'shown' => $shown ) );
			$id = (int) $row['parent_id'];
		}
	}

	/**
	 * Published, not deleted comments per post.
	 *
	 * @param int[] $post_ids
	 * @return array<int, int>
	 */
	public static function published_counts( array $post_ids ): array {
		global $wpdb;
		$post_ids = array_values( array_unique( array_map( 'intval', $post_ids ) ) );
		if ( ! $post_ids ) {
			return array();
		}
		$table        = self::table();
		$placeholders = implode( ',', array_fill( 0, count( $post_ids ), '%d' ) );
		$rows         = $wpdb->get_results( $wpdb->prepare( "SELECT post_id, COUNT(*) AS n FROM $table WHERE state = 'published' AND post_id IN ($placeholders) GROUP BY post_id", $post_ids ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL
		$counts       = array_fill_keys( $post_ids, 0 );
		foreach ( (array) $rows as $row ) {
			$counts[ (int) $row['post_id'] ] = (int) $row['n'];
		}
		return $counts;
	}

	public static function published_count( int $post_id ): int {
		return self::published_counts( array( $post_id ) )[ $post_id ] ?? 0;
	}

	/**
	 * Shown replies of these top-level comments, oldest first.
	 *
	 * @param int[] $root_ids
	 * @return array<int, array<string, mixed>>
	 */
	public static function shown_replies( array $root_ids ): array {
		global $wpdb;
		if ( ! $root_ids ) {
			return array();
		}
		$table        = self::table();
		$placeholders = implode( ',', array_fill( 0, count( $root_ids ), '%d' ) );
		$rows         = $wpdb->get_results( $wpdb->prepare( "SELECT " . self::COLUMNS . " FROM $table WHERE root_id IN ($placeholders) AND shown = 1 AND parent_id <> 0 ORDER BY created_at ASC, comment_id ASC", array_map( 'intval', $root_ids ) ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL
		return is_array( $rows ) ? $rows : array();
	}

	/**
	 * Comments readers have seen that changed after a moment, oldest change first.
	 *
	 * @return array<int, array<string, mixed>>
	 */
	public static function changed_since( int $post_id, string $since ): array {
		global $wpdb;
		$table = self::table();
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT " . self::COLUMNS . " FROM $table WHERE post_id = %d AND changed_at > %s AND was_public = 1 ORDER BY changed_at ASC, comment_id ASC", $post_id, $since ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		return is_array( $rows ) ? $rows : array();
	}

	/**
	 * The ten most recently chosen published comments, oldest first.
	 *
	 * @return array<int, array<string, mixed>>
	 */
	public static function featured( int $post_id ): array {
		global $wpdb;
		$table = self::table();
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT " . self::COLUMNS . " FROM $table WHERE post_id = %d AND featured_at IS NOT NULL AND state = 'published' ORDER BY featured_at DESC LIMIT 10", $post_id ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$rows  = is_array( $rows ) ? $rows : array();
		usort( $rows, static fn ( array $a, array $b ): int => array( $a['created_at'], (int) $a['comment_id'] ) <=> array( $b['created_at'], (int) $b['comment_id'] ) );
		return $rows;
	}

	/** Tombstones of comments deleted long ago, which no feed poller can still need. */
	public static function prune_tombstones(): void {
		global $wpdb;
		$table  = self::table();
		$before = gmdate( 'Y-m-d H:i:s', time() - 30 * DAY_IN_SECONDS );
		$wpdb->query( $wpdb->prepare( "DELETE FROM $table WHERE state = 'removed' AND shown = 0 AND changed_at < %s LIMIT 500", $before ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
	}
}
