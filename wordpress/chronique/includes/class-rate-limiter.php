<?php
/**
 * Per-address limits for likes and reports (the flood check covers comments). Addresses are kept
 * hashed, for the length of the window only.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Rate_Limiter {

	/** Requests allowed per address within the window (seconds). */
	private const LIMITS = array(
		'like'   => array( 60, 600 ),
		'report' => array( 10, 600 ),
	);

	/** @return array{0: int, 1: int} limit and window */
	private static function limit( string $bucket ): array {
		/**
		 * Filters a rate limit: [requests allowed, window in seconds] per address.
		 *
		 * @param array{0: int, 1: int} $limit
		 * @param string                $bucket 'like' or 'report'.
		 */
		$limit = (array) apply_filters( 'chronique_rate_limit', self::LIMITS[ $bucket ], $bucket );
		return array( max( 1, (int) ( $limit[0] ?? 1 ) ), max( 1, (int) ( $limit[1] ?? 60 ) ) );
	}

	/**
	 * Counts this request; returns 0 when it may proceed, else the seconds to wait.
	 */
	public static function hit( string $bucket ): int {
		global $wpdb;
		$table = Schema::table( 'hits' );
		[ $allowed, $window ] = self::limit( $bucket );
		$address = Keys::address( Keys::client_address() );
		$now     = time();
		$since   = gmdate( 'Y-m-d H:i:s', $now - $window );
		if ( 0 === wp_rand( 0, 49 ) ) {
			$wpdb->query( $wpdb->prepare( "DELETE FROM $table WHERE hit_at < %s LIMIT 1000", gmdate( 'Y-m-d H:i:s', $now - DAY_IN_SECONDS ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		}
		$recent = $wpdb->get_col( $wpdb->prepare( "SELECT hit_at FROM $table WHERE bucket = %s AND address_hash = %s AND hit_at > %s ORDER BY hit_at DESC LIMIT %d", $bucket, $address, $since, $allowed ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		if ( count( $recent ) >= $allowed ) {
			$oldest = strtotime( (string) end( $recent ) . ' UTC' );
			return max( 1, (int) $oldest + $window - $now );
		}
		$wpdb->insert(
			$table,
			array(
				'bucket'       => $bucket,
				'address_hash' => $address,
				'hit_at'       => gmdate( 'Y-m-d H:i:s', $now ),
			)
		);
		return 0;
	}
}
