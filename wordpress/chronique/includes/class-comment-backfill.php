<?php
/**
 * On activation, the comments a site already has are copied into the plugin's table (in batches),
 * so existing threads show in the app. Comments the table already knows are left alone.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Comment_Backfill {

	private const BATCH = 500;

	public static function run(): void {
		global $wpdb;
		$table = Schema::table( 'comments' );
		$after = 0;
		$now   = Text::now_ms();
		do {
			$rows = $wpdb->get_results(
				$wpdb->prepare(
					"SELECT c.comment_ID, c.comment_post_ID, c.comment_parent, c.user_id, c.comment_approved, c.comment_date_gmt, c.comment_author, c.comment_content
					FROM {$wpdb->comments} c LEFT JOIN $table t ON t.comment_id = c.comment_ID
					WHERE c.comment_ID > %d AND t.comment_id IS NULL AND c.comment_type IN ('comment', '')
					ORDER BY c.comment_ID ASC LIMIT %d",
					$after,
					self::BATCH
				),
				ARRAY_A
			); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
			$values = array();
			foreach ( (array) $rows as $row ) {
				$after    = (int) $row['comment_ID'];
				$state    = Comment_Sync::state_of( (string) $row['comment_approved'] );
				$public   = 'published' === $state ? 1 : 0;
				$values[] = $wpdb->prepare(
					'(%d, %d, %d, %d, %d, %s, %d, %d, %s, %s, %s, %s, %s, %s)',
					$after,
					(int) $row['comment_post_ID'],
					(int) $row['comment_parent'],
					0 === (int) $row['comment_parent'] ? $after : 0,
					(int) $row['user_id'],
					$state,
					$public,
					$public,
					$row['comment_date_gmt'],
					$now,
					Text::from_html( (string) $row['comment_author'] ),
					Text::from_html( (string) $row['comment_content'] ),
					md5( (string) $row['comment_author'] ),
					md5( (string) $row['comment_content'] )
				);
			}
			if ( $values ) {
				// Each value list was built by $wpdb->prepare().
				$wpdb->query( "INSERT IGNORE INTO $table (comment_id, post_id, parent_id, root_id, user_id, state, shown, was_public, created_at, changed_at, author_name, body, wp_author_md5, wp_content_md5) VALUES " . implode( ',', $values ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
			}
		} while ( is_array( $rows ) && count( $rows ) === self::BATCH );
		self::resolve_roots();
	}

	/** Replies take their parent's root, one level per pass, until every row has one. */
	private static function resolve_roots(): void {
		global $wpdb;
		$table = Schema::table( 'comments' );
		for ( $pass = 0; $pass < 100; $pass++ ) {
			$changed = $wpdb->query( "UPDATE $table child JOIN $table parent ON parent.comment_id = child.parent_id SET child.root_id = parent.root_id WHERE child.root_id = 0 AND parent.root_id <> 0" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
			if ( ! $changed ) {
				break;
			}
		}
		// A reply whose parent is gone becomes a thread of its own.
		$wpdb->query( "UPDATE $table SET root_id = comment_id, parent_id = 0 WHERE root_id = 0" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		// Placeholders: a hidden comment that holds shown replies stays shown, from the leaves up.
		for ( $pass = 0; $pass < 100; $pass++ ) {
			$changed = $wpdb->query( "UPDATE $table p JOIN $table c ON c.parent_id = p.comment_id AND c.shown = 1 SET p.shown = 1 WHERE p.shown = 0" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
			if ( ! $changed ) {
				break;
			}
		}
	}
}
