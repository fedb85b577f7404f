<?php
/**
 * Ratings: one vote per reader key (hashed) and post; a later vote from the same key replaces the
 * earlier one. A vote without a key (a v1 client) counts on its own. A post may carry an imported
 * baseline (average and count from an earlier system) in its meta, which the votes add to.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Ratings {

	public const BASELINE_META = '_chronique_rating_baseline';

	/**
	 * @param int[] $post_ids
	 * @return array<int, array{average: float|int, count: int}>
	 */
	public static function for_posts( array $post_ids ): array {
		global $wpdb;
		$post_ids = array_values( array_unique( array_map( 'intval', $post_ids ) ) );
		$sums     = array();
		if ( $post_ids ) {
			$table = Schema::table( 'ratings' );
			$in    = implode( ',', array_fill( 0, count( $post_ids ), '%d' ) );
			$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT post_id, COUNT(*) AS n, SUM(value) AS total FROM $table WHERE post_id IN ($in) GROUP BY post_id", $post_ids ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL
			foreach ( (array) $rows as $row ) {
				$sums[ (int) $row['post_id'] ] = array( (int) $row['n'], (int) $row['total'] );
			}
		}
		$ratings = array();
		foreach ( $post_ids as $post_id ) {
			$baseline = get_post_meta( $post_id, self::BASELINE_META, true );
			$base_avg = is_array( $baseline ) ? (float) ( $baseline['average'] ?? 0 ) : 0.0;
			$base_n   = is_array( $baseline ) ? max( 0, (int) ( $baseline['count'] ?? 0 ) ) : 0;
			[ $n, $total ] = $sums[ $post_id ] ?? array( 0, 0 );
			$count = $base_n + $n;
			$ratings[ $post_id ] = array(
				'average' => $count > 0 ? round( ( $base_avg * $base_n + $total ) / $count, 2 ) : 0,
				'count'   => $count,
			);
		}
		return $ratings;
	}

	/** @return array{average: float|int, count: int} */
	public static function for_post( int $post_id ): array {
		return self::for_posts( array( $post_id ) )[ $post_id ];
	}

	/** @return array{average: float|int, count: int} */
	public static function vote( int $post_id, int $value, string $reader_key ): array {
		global $wpdb;
		$table = Schema::table( 'ratings' );
		$hash  = '' !== $reader_key ? Keys::reader( $reader_key ) : Keys::reader( 'anonymous|' . bin2hex( random_bytes( 16 ) ) );
		$wpdb->query( $wpdb->prepare( "INSERT INTO $table (post_id, reader_hash, value, updated_at) VALUES (%d, %s, %d, %s) ON DUPLICATE KEY UPDATE value = VALUES(value), updated_at = VALUES(updated_at)", $post_id, $hash, $value, Text::now() ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		return self::for_post( $post_id );
	}

	public static function forget_post( $post_id ): void {
		global $wpdb;
		$wpdb->delete( Schema::table( 'ratings' ), array( 'post_id' => (int) $post_id ) );
	}
}
