<?php
/**
 * What a comment's author does with their edit token: edit the text, or delete the comment.
 *
 * - An edit updates WordPress's copy too (editors see the new text). A published comment whose new
 *   text the site's moderation rules would hold (links, moderation words, manual approval) goes back
 *   to moderation; a held comment stays held.
 * - A deletion of a comment that holds replies leaves a `deleted: true` placeholder (WordPress keeps
 *   an approved comment whose text says it was removed, so the replies keep their place in wp-admin
 *   too). Without replies the comment goes to WordPress's trash: readers never see it again, editors
 *   can still read it until the trash is emptied (30 days by default).
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique;

use WP_Comment;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Comment_Editor {

	/**
	 * @param array<string, mixed> $row
	 * @return array<string, mixed> the updated row
	 */
	public static function edit( array $row, string $body ): array {
		$id = (int) $row['comment_id'];
		Comment_Sync::$writing = $id;
		try {
			wp_update_comment(
				wp_slash(
					array(
						'comment_ID'      => $id,
						'comment_content' => Text::for_wordpress( $body ),
					)
				),
				true
			);
		} finally {
			Comment_Sync::$writing = 0;
		}
		Comment_Store::update(
			$id,
			array(
				'body'       => $body,
				'edited_at'  => Text::now(),
				'changed_at' => Text::now_ms(),
			)
		);
		Comment_Store::refresh_fingerprints( $id );
		if ( 'published' === $row['state'] && ! self::still_acceptable( $id ) ) {
			wp_set_comment_status( $id, 'hold' );
		}
		return Comment_Store::find( $id ) ?? $row;
	}

	private static function still_acceptable( int $id ): bool {
		$comment = get_comment( $id );
		if ( ! $comment instanceof WP_Comment ) {
			return true;
		}
		$user_id = (int) $comment->user_id;
		$post    = get_post( (int) $comment->comment_post_ID );
		if ( $user_id > 0 && ( ( $post && (int) $post->post_author === $user_id ) || user_can( $user_id, 'moderate_comments' ) ) ) {
			return true;
		}
		$data = array(
			'comment_author'       => $comment->comment_author,
			'comment_author_email' => $comment->comment_author_email,
			'comment_author_url'   => $comment->comment_author_url,
			'comment_content'      => $comment->comment_content,
			'comment_author_IP'    => $comment->comment_author_IP,
			'comment_agent'        => $comment->comment_agent,
		);
		if ( wp_check_comment_disallowed_list( $data['comment_author'], $data['comment_author_email'], $data['comment_author_url'], $data['comment_content'], $data['comment_author_IP'], $data['comment_agent'] ) ) {
			return false;
		}
		return Comment_Poster::passes_other_rules( $data );
	}

	/** @param array<string, mixed> $row */
	public static function delete( array $row ): void {
		$id = (int) $row['comment_id'];
		if ( ! Comment_Store::has_shown_children( $id ) ) {
			wp_trash_comment( $id );
			return;
		}
		Comment_Sync::$writing = $id;
		try {
			wp_update_comment(
				wp_slash(
					array(
						'comment_ID'      => $id,
						'comment_author'  => '',
						'comment_content' => __( '(Removed by its author.)', 'chronique' ),
					)
				),
				true
			);
		} finally {
			Comment_Sync::$writing = 0;
		}
		Comment_Store::update(
			$id,
			array(
				'state'       => 'deleted',
				'author_name' => '',
				'body'        => '',
				'featured_at' => null,
				'token_hash'  => null,
				'changed_at'  => Text::now_ms(),
			)
		);
		Comment_Store::refresh_fingerprints( $id );
		Comment_Store::refresh_shown( $id );
	}
}
