<?php
/**
 * Keeps the plugin's comment table in step with WordPress, whoever changes a comment: the API,
 * an editor in wp-admin (approve, spam, trash, edit, delete, reply), core REST, another plugin that
 * goes through WordPress's functions.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique;

use WP_Comment;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Comment_Sync {

	/**
	 * What the API is writing right now: the reader's exact text and the hashes to keep. Set by the
	 * poster around wp_new_comment(), read by the insert hook.
	 *
	 * @var array<string, mixed>|null
	 */
	public static ?array $incoming = null;

	/** A comment the API is updating itself (its own edit hook must not re-derive the text). */
	public static int $writing = 0;

	public static function register(): void {
		add_action( 'wp_insert_comment', array( self::class, 'inserted' ), 10, 2 );
		add_action( 'transition_comment_status', array( self::class, 'transitioned' ), 10, 3 );
		add_action( 'edit_comment', array( self::class, 'edited' ), 10, 2 );
		add_action( 'deleted_comment', array( self::class, 'deleted' ), 10, 2 );
	}

	/** WordPress's comment_approved → the plugin's state. */
	public static function state_of( string $approved ): string {
		switch ( $approved ) {
			case '1':
			case 'approve':
			case 'approved':
				return 'published';
			case '0':
			case 'hold':
			case 'unapproved':
				return 'pending';
			default:
				return 'hidden';
		}
	}

	public static function is_tracked( WP_Comment $comment ): bool {
		return in_array( $comment->comment_type, array( 'comment', '' ), true );
	}

	/** @param mixed $comment */
	public static function inserted( $id, $comment ): void {
		if ( ! $comment instanceof WP_Comment || ! self::is_tracked( $comment ) ) {
			return;
		}
		$id       = (int) $id;
		$incoming = self::$incoming;
		$state    = self::state_of( (string) $comment->comment_approved );
		$parent   = (int) $comment->comment_parent;
		$now      = Text::now_ms();
		Comment_Store::insert(
			array(
				'comment_id'  => $id,
				'post_id'     => (int) $comment->comment_post_ID,
				'parent_id'   => $parent,
				'root_id'     => self::root_of( $id, $parent ),
				'user_id'     => (int) $comment->user_id,
				'state'       => $state,
				'shown'       => 'published' === $state ? 1 : 0,
				'was_public'  => 'published' === $state ? 1 : 0,
				'created_at'  => $comment->comment_date_gmt,
				'changed_at'  => $now,
				'author_name' => null !== $incoming ? (string) $incoming['author_name'] : Text::from_html( (string) $comment->comment_author ),
				'body'        => null !== $incoming ? (string) $incoming['body'] : Text::from_html( (string) $comment->comment_content ),
				'token_hash'  => $incoming['token_hash'] ?? null,
				'token_nonce' => $incoming['token_nonce'] ?? null,
				'idem_hash'   => $incoming['idem_hash'] ?? null,
				'reader_hash' => $incoming['reader_hash'] ?? null,
			) + Comment_Store::fingerprints( $comment )
		);
		if ( $parent > 0 ) {
			Comment_Store::refresh_shown( $parent );
		}
	}

	/** The top-level comment above a comment (itself when it has no parent). */
	public static function root_of( int $id, int $parent ): int {
		for ( $depth = 0; $parent > 0 && $depth < 200; $depth++ ) {
			$row = Comment_Store::find( $parent );
			if ( null !== $row ) {
				return (int) $row['root_id'];
			}
			$comment = get_comment( $parent );
			if ( ! $comment instanceof WP_Comment ) {
				break;
			}
			$id     = $parent;
			$parent = (int) $comment->comment_parent;
		}
		return $id;
	}

	/** @param mixed $comment */
	public static function transitioned( $new_status, $old_status, $comment ): void {
		if ( 'delete' === $new_status || ! $comment instanceof WP_Comment || ! self::is_tracked( $comment ) ) {
			return;
		}
		$id  = (int) $comment->comment_ID;
		$row = Comment_Store::find( $id );
		if ( null === $row ) {
			return;
		}
		$state = self::state_of( (string) $new_status );
		if ( $state === $row['state'] || 'deleted' === $row['state'] || 'removed' === $row['state'] ) {
			return;
		}
		$fields = array( 'state' => $state );
		if ( 'published' === $state ) {
			$fields['was_public'] = 1;
			// An editor who approves a comment has read its reports: only new ones count from here.
			$fields['report_baseline'] = (int) $row['report_count'];
		}
		if ( 'published' === $state || (int) $row['was_public'] ) {
			$fields['changed_at'] = Text::now_ms();
		}
		Comment_Store::update( $id, $fields );
		Comment_Store::refresh_shown( $id );
	}

	/** @param mixed $data */
	public static function edited( $id, $data ): void {
		$id = (int) $id;
		if ( self::$writing === $id ) {
			return;
		}
		$comment = get_comment( $id );
		$row     = Comment_Store::find( $id );
		if ( ! $comment instanceof WP_Comment || null === $row || 'deleted' === $row['state'] || 'removed' === $row['state'] ) {
			return;
		}
		Comment_Move::follow( $comment, $row );
		// Compared with WordPress's copy as it was stored (its filters reshape names, so the reader's exact
		// text cannot be compared directly): only what the editor actually changed is taken over.
		$now    = Comment_Store::fingerprints( $comment );
		$fields = array();
		if ( $now['wp_content_md5'] !== $row['wp_content_md5'] ) {
			$fields['body'] = Text::from_html( (string) $comment->comment_content );
		}
		if ( $now['wp_author_md5'] !== $row['wp_author_md5'] ) {
			$fields['author_name'] = Text::from_html( (string) $comment->comment_author );
		}
		$fields = array_filter( $fields, static fn ( $value, $key ): bool => $value !== $row[ $key ], ARRAY_FILTER_USE_BOTH );
		if ( ! $fields ) {
			Comment_Store::update( $id, $now );
			return;
		}
		$fields += $now;
		$fields['edited_at'] = Text::now();
		if ( (int) $row['was_public'] ) {
			$fields['changed_at'] = Text::now_ms();
		}
		Comment_Store::update( $id, $fields );
	}

	/** @param mixed $comment */
	public static function deleted( $id, $comment ): void {
		$id  = (int) $id;
		$row = Comment_Store::find( $id );
		if ( null === $row ) {
			return;
		}
		$fields = array(
			'state'       => 'removed',
			'author_name' => '',
			'body'        => '',
			'featured_at' => null,
			'token_hash'  => null,
		);
		if ( (int) $row['was_public'] ) {
			$fields['changed_at'] = Text::now_ms();
		}
		Comment_Store::update( $id, $fields );
		Comment_Store::refresh_shown( $id );
		Reactions::forget_comment( $id );
		Comment_Store::prune_tombstones();
	}
}
