<?php
/**
 * Rows of the plugin's comment table → the contract's Comment and NewComment.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Comment_Mapper {

	public const EDIT_WINDOW = 15 * MINUTE_IN_SECONDS;

	/** @var array<int, bool> whether a user is on the editorial staff, per request */
	private static array $staff = array();

	/**
	 * 'author' for the article's author, 'staff' for a user who can moderate comments, else null:
	 * always from the WordPress user who wrote it, never from the name.
	 */
	public static function badge( int $user_id, int $post_author ): ?string {
		if ( $user_id <= 0 ) {
			return null;
		}
		if ( $user_id === $post_author ) {
			return 'author';
		}
		if ( ! isset( self::$staff[ $user_id ] ) ) {
			self::$staff[ $user_id ] = user_can( $user_id, 'moderate_comments' );
		}
		return self::$staff[ $user_id ] ? 'staff' : null;
	}

	/**
	 * A comment without its replies. A comment that is not published shows as a `deleted` placeholder,
	 * except to its own author (`$as_author`) while it is held.
	 *
	 * @param array<string, mixed> $row
	 * @return array<string, mixed>
	 */
	public static function flat( array $row, int $post_author, bool $as_author = false ): array {
		$state   = (string) $row['state'];
		$visible = 'published' === $state || ( $as_author && 'pending' === $state );
		$parent  = (int) $row['parent_id'];
		return array(
			'id'          => (string) $row['comment_id'],
			'parentId'    => $parent > 0 ? (string) $parent : null,
			'authorName'  => $visible ? (string) $row['author_name'] : '',
			'body'        => $visible ? (string) $row['body'] : '',
			'createdAt'   => Text::iso( (string) $row['created_at'] ),
			'replies'     => array(),
			'editedAt'    => $visible ? Text::iso( null === $row['edited_at'] ? null : (string) $row['edited_at'] ) : null,
			'deleted'     => ! $visible,
			'status'      => 'pending' === $state && $visible ? 'pending' : 'published',
			'likeCount'   => $visible ? (int) $row['like_count'] : 0,
			'featured'    => 'published' === $state && null !== $row['featured_at'],
			'authorBadge' => $visible ? self::badge( (int) $row['user_id'], $post_author ) : null,
		);
	}

	/**
	 * @param array<string, mixed> $row
	 * @return array<string, mixed>
	 */
	public static function new_comment( array $row, int $post_author, string $token ): array {
		$created = strtotime( (string) $row['created_at'] . ' UTC' );
		return self::flat( $row, $post_author, true ) + array(
			'editToken'     => $token,
			'editableUntil' => gmdate( 'Y-m-d\TH:i:s\Z', (int) $created + self::EDIT_WINDOW ),
		);
	}

	/** @param array<string, mixed> $row */
	public static function is_editable_now( array $row ): bool {
		$created = strtotime( (string) $row['created_at'] . ' UTC' );
		return false !== $created && time() <= $created + self::EDIT_WINDOW;
	}

	/**
	 * Top-level comments with their whole reply trees (replies oldest first).
	 *
	 * @param array<int, array<string, mixed>> $roots
	 * @param array<int, array<string, mixed>> $replies shown replies of those roots, oldest first
	 * @return array<int, array<string, mixed>>
	 */
	public static function trees( array $roots, array $replies, int $post_author ): array {
		$children = array();
		foreach ( $replies as $reply ) {
			$children[ (int) $reply['parent_id'] ][] = $reply;
		}
		$build = static function ( array $row ) use ( &$build, $children, $post_author ): array {
			$node = self::flat( $row, $post_author );
			foreach ( $children[ (int) $row['comment_id'] ] ?? array() as $child ) {
				$node['replies'][] = $build( $child );
			}
			return $node;
		};
		return array_map( $build, $roots );
	}
}
