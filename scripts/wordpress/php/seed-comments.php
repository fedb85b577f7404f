<?php
/**
 * Threads for the seed: multi-row INSERTs into wp_comments and the plugin's table, IDs assigned
 * here so replies can point at their parents and roots in the same statements.
 *
 * @package Chronique
 */

declare(strict_types=1);

use Chronique\Schema;
use Chronique\Text;

/**
 * @param array<int, array<string, mixed>> $comments parents before replies
 */
function chronique_seed_comments( int $post_id, array $comments, int $staff ): void {
	global $wpdb;
	if ( ! $comments ) {
		return;
	}
	$post    = get_post( $post_id );
	$author  = $post instanceof WP_Post ? (int) $post->post_author : 0;
	$next    = (int) $wpdb->get_var( "SELECT COALESCE(MAX(comment_ID), 0) FROM {$wpdb->comments}" ) + 1;
	$ids     = array();
	$rows    = array();
	$removed = __( '(Removed by its author.)', 'chronique' );
	foreach ( $comments as $comment ) {
		$id                       = $next++;
		$ids[ $comment['ref'] ] = $id;
		$parent                   = null !== $comment['parentRef'] ? ( $ids[ $comment['parentRef'] ] ?? 0 ) : 0;
		$gmt                      = gmdate( 'Y-m-d H:i:s', (int) strtotime( (string) $comment['createdAt'] ) );
		$deleted                  = ! empty( $comment['deleted'] );
		$state                    = $deleted ? 'deleted' : ( 'pending' === $comment['status'] ? 'pending' : 'published' );
		$badge                    = $comment['authorBadge'] ?? null;
		$rows[ $id ]              = array(
			'id'       => $id,
			'parent'   => $parent,
			'root'     => $parent > 0 ? $rows[ $parent ]['root'] : $id,
			'user'     => 'author' === $badge ? $author : ( 'staff' === $badge ? $staff : 0 ),
			'state'    => $state,
			'shown'    => 'published' === $state ? 1 : 0,
			'gmt'      => $gmt,
			'local'    => get_date_from_gmt( $gmt ),
			'edited'   => null !== $comment['editedAt'] ? gmdate( 'Y-m-d H:i:s', (int) strtotime( (string) $comment['editedAt'] ) ) : null,
			'featured' => ! empty( $comment['featured'] ) ? $gmt . '.000' : null,
			'likes'    => (int) $comment['likeCount'],
			'name'     => $deleted ? '' : (string) $comment['authorName'],
			'body'     => $deleted ? '' : (string) $comment['body'],
		);
	}
	// Placeholders that hold shown replies are shown too (replies come after their parents).
	foreach ( array_reverse( $rows, true ) as $id => $row ) {
		if ( $rows[ $id ]['shown'] && $row['parent'] > 0 ) {
			$rows[ $row['parent'] ]['shown'] = 1;
		}
	}
	$table = Schema::table( 'comments' );
	foreach ( array_chunk( $rows, 400 ) as $chunk ) {
		$wp_values     = array();
		$plugin_values = array();
		foreach ( $chunk as $row ) {
			$wp_author   = Text::name_for_wordpress( $row['name'] );
			$wp_content  = 'deleted' === $row['state'] ? $removed : Text::for_wordpress( $row['body'] );
			$wp_values[] = $wpdb->prepare(
				'(%d, %d, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %d, %d)',
				$row['id'],
				$post_id,
				$wp_author,
				'',
				'',
				'',
				$row['local'],
				$row['gmt'],
				$wp_content,
				'pending' === $row['state'] ? '0' : '1',
				'',
				'comment',
				$row['parent'],
				$row['user']
			);
			$plugin_values[] = $wpdb->prepare(
				'(%d, %d, %d, %d, %d, %s, %d, %d, %s, ' . ( null === $row['edited'] ? 'NULL' : '%s' ) . ', %s, ' . ( null === $row['featured'] ? 'NULL' : '%s' ) . ', %d, %s, %s, %s, %s)',
				...array_values(
					array_filter(
						array( $row['id'], $post_id, $row['parent'], $row['root'], $row['user'], $row['state'], $row['shown'], 'pending' === $row['state'] ? 0 : 1, $row['gmt'], $row['edited'], $row['gmt'] . '.000', $row['featured'], $row['likes'], $row['name'], $row['body'], md5( $wp_author ), md5( $wp_content ) ),
						static fn ( $value ): bool => null !== $value
					)
				)
			);
		}
		// Each value list above was built by $wpdb->prepare().
		$wpdb->query( "INSERT INTO {$wpdb->comments} (comment_ID, comment_post_ID, comment_author, comment_author_email, comment_author_url, comment_author_IP, comment_date, comment_date_gmt, comment_content, comment_approved, comment_agent, comment_type, comment_parent, user_id) VALUES " . implode( ',', $wp_values ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		$wpdb->query( "INSERT INTO $table (comment_id, post_id, parent_id, root_id, user_id, state, shown, was_public, created_at, edited_at, changed_at, featured_at, like_count, author_name, body, wp_author_md5, wp_content_md5) VALUES " . implode( ',', $plugin_values ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
	}
	wp_update_comment_count_now( $post_id );
}
