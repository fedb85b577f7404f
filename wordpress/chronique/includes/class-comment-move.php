<?php
/**
 * An editor may move a comment to another post or under another parent (core REST allows both): the
 * plugin's row follows, with its replies.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique;

use WP_Comment;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Comment_Move {

	/** @param array<string, mixed> $row the comment's row before the move */
	public static function follow( WP_Comment $comment, array $row ): void {
		global $wpdb;
		$id     = (int) $comment->comment_ID;
		$post   = (int) $comment->comment_post_ID;
		$parent = (int) $comment->comment_parent;
		if ( $post === (int) $row['post_id'] && $parent === (int) $row['parent_id'] ) {
			return;
		}
		// A parent left behind on another post does not count: the comment starts a thread of its own.
		$parent_row = $parent > 0 ? Comment_Store::find( $parent ) : null;
		$parent     = null !== $parent_row && (int) $parent_row['post_id'] === $post ? $parent : 0;
		$root       = null !== $parent_row && $parent > 0 ? (int) $parent_row['root_id'] : $id;
		Comment_Store::update(
			$id,
			array(
				'post_id'    => $post,
				'parent_id'  => $parent,
				'changed_at' => Text::now_ms(),
			)
		);
		Comment_Store::reroot( $id, $root );
		$table = Schema::table( 'comments' );
		$wpdb->query( $wpdb->prepare( "UPDATE $table SET post_id = %d WHERE root_id = %d", $post, $root ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		Comment_Store::refresh_shown( (int) $row['parent_id'] );
		if ( $parent > 0 ) {
			Comment_Store::refresh_shown( $parent );
		}
	}
}
