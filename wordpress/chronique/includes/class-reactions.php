<?php
/**
 * Likes and reports: one per reader key (hashed) and comment. A like or report changes the
 * comment's counters; a like also moves it in the change feed. When reports from distinct readers
 * reach the site's threshold (since an editor last approved the comment), the comment goes back to
 * moderation: WordPress holds it, editors see it under "Pending" with its reports.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Reactions {

	public const REASONS = array( 'spam', 'abuse', 'off_topic', 'other' );

	private static function table(): string {
		return Schema::table( 'reactions' );
	}

	/** @return array{likeCount: int, liked: bool} */
	public static function like( int $comment_id, string $reader_key ): array {
		global $wpdb;
		$inserted = $wpdb->query( $wpdb->prepare( 'INSERT IGNORE INTO ' . self::table() . ' (comment_id, kind, reader_hash, created_at) VALUES (%d, %s, %s, %s)', $comment_id, 'like', Keys::reader( $reader_key ), Text::now() ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		if ( 1 === $inserted ) {
			self::bump( $comment_id, 'like_count = like_count + 1' );
		}
		return array(
			'likeCount' => self::like_count( $comment_id ),
			'liked'     => true,
		);
	}

	/** @return array{likeCount: int, liked: bool} */
	public static function unlike( int $comment_id, string $reader_key ): array {
		global $wpdb;
		$deleted = $wpdb->delete(
			self::table(),
			array(
				'comment_id'  => $comment_id,
				'kind'        => 'like',
				'reader_hash' => Keys::reader( $reader_key ),
			)
		);
		if ( 1 === $deleted ) {
			self::bump( $comment_id, 'like_count = GREATEST(like_count, 1) - 1' );
		}
		return array(
			'likeCount' => self::like_count( $comment_id ),
			'liked'     => false,
		);
	}

	/** Adds a report (once per key); holds the comment when the threshold is reached. */
	public static function report( int $comment_id, string $reader_key, string $reason, string $note ): void {
		global $wpdb;
		$inserted = $wpdb->query( $wpdb->prepare( 'INSERT IGNORE INTO ' . self::table() . ' (comment_id, kind, reader_hash, reason, note, created_at) VALUES (%d, %s, %s, %s, %s, %s)', $comment_id, 'report', Keys::reader( $reader_key ), $reason, $note, Text::now() ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		if ( 1 !== $inserted ) {
			return;
		}
		$wpdb->query( $wpdb->prepare( 'UPDATE ' . Schema::table( 'comments' ) . ' SET report_count = report_count + 1 WHERE comment_id = %d', $comment_id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		$row = Comment_Store::find( $comment_id );
		if ( null !== $row && 'published' === $row['state'] && (int) $row['report_count'] - (int) $row['report_baseline'] >= Settings::report_threshold() ) {
			wp_set_comment_status( $comment_id, 'hold' );
		}
	}

	private static function bump( int $comment_id, string $change ): void {
		global $wpdb;
		// $change is one of two constant expressions above, never input.
		$wpdb->query( $wpdb->prepare( 'UPDATE ' . Schema::table( 'comments' ) . " SET $change, changed_at = %s WHERE comment_id = %d", Text::now_ms(), $comment_id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
	}

	private static function like_count( int $comment_id ): int {
		$row = Comment_Store::find( $comment_id );
		return null === $row ? 0 : (int) $row['like_count'];
	}

	/**
	 * Reports per comment: count and reasons, for wp-admin.
	 *
	 * @param int[] $comment_ids
	 * @return array<int, array{count: int, reasons: array<string, int>, notes: string[]}>
	 */
	public static function reports_for( array $comment_ids ): array {
		global $wpdb;
		$comment_ids = array_values( array_filter( array_map( 'intval', $comment_ids ) ) );
		if ( ! $comment_ids ) {
			return array();
		}
		$in     = implode( ',', array_fill( 0, count( $comment_ids ), '%d' ) );
		$rows   = $wpdb->get_results( $wpdb->prepare( 'SELECT comment_id, reason, note FROM ' . self::table() . " WHERE kind = 'report' AND comment_id IN ($in) ORDER BY id ASC", $comment_ids ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL
		$result = array();
		foreach ( (array) $rows as $row ) {
			$id                     = (int) $row['comment_id'];
			$result[ $id ]        ??= array(
				'count'   => 0,
				'reasons' => array(),
				'notes'   => array(),
			);
			$result[ $id ]['count']++;
			$reason                             = (string) $row['reason'];
			$result[ $id ]['reasons'][ $reason ] = ( $result[ $id ]['reasons'][ $reason ] ?? 0 ) + 1;
			if ( '' !== (string) $row['note'] ) {
				$result[ $id ]['notes'][] = (string) $row['note'];
			}
		}
		return $result;
	}

	/** @return int[] IDs of comments with at least one report, newest report first */
	public static function reported_ids( int $limit = 500 ): array {
		global $wpdb;
		$ids = $wpdb->get_col( $wpdb->prepare( 'SELECT comment_id FROM ' . self::table() . " WHERE kind = 'report' GROUP BY comment_id ORDER BY MAX(id) DESC LIMIT %d", $limit ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		return array_map( 'intval', (array) $ids );
	}

	public static function forget_comment( int $comment_id ): void {
		global $wpdb;
		$wpdb->delete( self::table(), array( 'comment_id' => $comment_id ) );
	}
}
