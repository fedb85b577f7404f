<?php
/**
 * Articles are published posts without a password. Finding one, listing them (newest first, with
 * search, category and author filters), and counting them per category.
 *
 * Search: every word of `q` must appear in the title or the excerpt (any order). It is a LIKE on
 * those two columns, so it is as case- and accent-insensitive as the tables' collation (WordPress
 * creates them in utf8mb4_unicode_520_ci, where "quebec" matches "Québec"). An apostrophe in a word
 * matches both ' and ’. WordPress's own search is not used: it also reads the body and treats a
 * leading "-" as an exclusion.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique;

use WP_Post;
use WP_Query;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Articles {

	public static function is_article( WP_Post $post ): bool {
		return 'post' === $post->post_type && 'publish' === $post->post_status && '' === $post->post_password;
	}

	/**
	 * Whether this visitor may comment: the post's comments are open (an editor's choice, or "close
	 * comments on posts older than N days"), and the site does not require logged-in commenters.
	 */
	public static function accepts_comments( WP_Post $post ): bool {
		return comments_open( $post ) && ( '1' !== (string) get_option( 'comment_registration' ) || is_user_logged_in() );
	}

	public static function find( string $slug ): ?WP_Post {
		$slug = sanitize_title( $slug );
		if ( '' === $slug ) {
			return null;
		}
		$posts = get_posts(
			array(
				'name'             => $slug,
				'post_type'        => 'post',
				'post_status'      => 'publish',
				'has_password'     => false,
				'posts_per_page'   => 1,
				'no_found_rows'    => true,
				'suppress_filters' => true,
			)
		);
		$post = $posts[0] ?? null;
		return $post instanceof WP_Post && self::is_article( $post ) ? $post : null;
	}

	public static function find_by_id( int $id ): ?WP_Post {
		$post = get_post( $id );
		return $post instanceof WP_Post && self::is_article( $post ) ? $post : null;
	}

	/**
	 * Posts a site keeps out of the lists (still reachable by their slug).
	 *
	 * @return int[]
	 */
	public static function unlisted_ids(): array {
		/**
		 * Filters the IDs of published posts that the article lists and category counts leave out.
		 *
		 * @param int[] $ids
		 */
		return array_values( array_filter( array_map( 'intval', (array) apply_filters( 'chronique_unlisted_post_ids', array() ) ) ) );
	}

	/**
	 * @param array{q: string, category: string, author: string} $filters
	 * @return array{posts: WP_Post[], total: int}
	 */
	public static function list( array $filters, int $page, int $page_size ): array {
		$args = array(
			'post_type'           => 'post',
			'post_status'         => 'publish',
			'has_password'        => false,
			'posts_per_page'      => $page_size,
			'paged'               => $page,
			'orderby'             => array(
				'date' => 'DESC',
				'ID'   => 'DESC',
			),
			'ignore_sticky_posts' => true,
			'post__not_in'        => self::unlisted_ids(),
		);
		if ( '' !== $filters['category'] ) {
			$args['tax_query'] = array( // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_tax_query
				array(
					'taxonomy' => 'category',
					'field'    => 'slug',
					'terms'    => sanitize_title( $filters['category'] ),
				),
			);
		}
		if ( '' !== $filters['author'] ) {
			$user = get_user_by( 'slug', sanitize_title( $filters['author'] ) );
			if ( ! $user ) {
				return array(
					'posts' => array(),
					'total' => 0,
				);
			}
			$args['author'] = $user->ID;
		}
		$words  = preg_split( '/\s+/u', Text::trim( $filters['q'] ), -1, PREG_SPLIT_NO_EMPTY );
		$words  = is_array( $words ) ? array_slice( $words, 0, 12 ) : array();
		$search = static function ( string $where, WP_Query $query ) use ( $words ): string {
			global $wpdb;
			if ( ! $query->get( 'chronique_search' ) ) {
				return $where;
			}
			foreach ( $words as $word ) {
				$like   = '%' . str_replace( array( "'", '’' ), '_', $wpdb->esc_like( $word ) ) . '%';
				$where .= $wpdb->prepare( " AND ({$wpdb->posts}.post_title LIKE %s OR {$wpdb->posts}.post_excerpt LIKE %s)", $like, $like );
			}
			return $where;
		};
		if ( $words ) {
			$args['chronique_search'] = true;
			add_filter( 'posts_where', $search, 10, 2 );
		}
		/**
		 * Filters the WP_Query arguments of the article list.
		 *
		 * @param array<string, mixed> $args
		 */
		$query = new WP_Query( apply_filters( 'chronique_articles_query_args', $args ) );
		update_post_thumbnail_cache( $query );
		$posts = array_values( array_filter( $query->posts, static fn ( $post ): bool => $post instanceof WP_Post ) );
		$total = (int) $query->found_posts;
		if ( ! $posts && $page > 1 ) {
			// WordPress counts nothing for a page past the end; the contract still wants the total.
			$count = new WP_Query(
				array_merge(
					$query->query_vars,
					array(
						'paged'          => 1,
						'posts_per_page' => 1,
						'fields'         => 'ids',
					)
				)
			);
			$total = (int) $count->found_posts;
		}
		remove_filter( 'posts_where', $search, 10 );
		return array(
			'posts' => $posts,
			'total' => $total,
		);
	}

	/**
	 * Listed articles per category term ID.
	 *
	 * @return array<int, int>
	 */
	public static function category_counts(): array {
		global $wpdb;
		$unlisted = self::unlisted_ids() ? self::unlisted_ids() : array( 0 );
		$in       = implode( ',', array_fill( 0, count( $unlisted ), '%d' ) );
		$rows     = $wpdb->get_results(
			$wpdb->prepare(
				"SELECT tt.term_id, COUNT(DISTINCT p.ID) AS n FROM {$wpdb->term_taxonomy} tt
				JOIN {$wpdb->term_relationships} tr ON tr.term_taxonomy_id = tt.term_taxonomy_id
				JOIN {$wpdb->posts} p ON p.ID = tr.object_id
				WHERE tt.taxonomy = 'category' AND p.post_type = 'post' AND p.post_status = 'publish' AND p.post_password = '' AND p.ID NOT IN ($in)
				GROUP BY tt.term_id", // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
				$unlisted
			),
			ARRAY_A
		);
		$counts = array();
		foreach ( (array) $rows as $row ) {
			$counts[ (int) $row['term_id'] ] = (int) $row['n'];
		}
		return $counts;
	}
}
