<?php
/**
 * Posting goes through wp_new_comment(), so the site's discussion settings, spam plugins and
 * comment filters all apply. Three of WordPress's checks are replaced while it runs, because guests
 * here have a name but no e-mail address:
 * - the flood check: core's matches any earlier comment with the same (empty) e-mail, so one guest
 *   anywhere would block every other; here it is per address (or per user when logged in), still
 *   decided by the `comment_flood_filter` filter (15 s by default), and its wait is measured for
 *   Retry-After;
 * - the duplicate check: core's has no time window (two readers writing "Merci !" collide); here the
 *   same name and text, from the same address, on the same parent, within 10 minutes;
 * - "comment author must have a previously approved comment": core keys it on the e-mail, which
 *   guests do not have, so every guest is held while it is on. If the request carries a Reader-Key
 *   and an earlier comment from that key was approved, the comment passes that rule (the others
 *   still apply).
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique;

use WP_Error;
use WP_Post;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Comment_Poster {

	private const DUPLICATE_WINDOW = 10 * MINUTE_IN_SECONDS;

	private static string $reader_hash = '';

	/**
	 * @return array{row: array<string, mixed>, token: string}|WP_Error
	 */
	public static function create( WP_Post $post, int $parent_id, string $name, string $body, string $idempotency_key, string $reader_key ) {
		$nonce             = Keys::new_nonce();
		$token             = Keys::edit_token( $idempotency_key, $nonce );
		self::$reader_hash = '' !== $reader_key ? Keys::reader( $reader_key ) : '';
		Comment_Sync::$incoming = array(
			'author_name' => $name,
			'body'        => $body,
			'token_hash'  => Keys::token_hash( $token ),
			'token_nonce' => $nonce,
			'idem_hash'   => Keys::idempotency( $idempotency_key ),
			'reader_hash' => '' !== self::$reader_hash ? self::$reader_hash : null,
		);
		$core_flood = false !== has_action( 'check_comment_flood', 'check_comment_flood_db' );
		remove_action( 'check_comment_flood', 'check_comment_flood_db' );
		remove_filter( 'wp_is_comment_flood', 'wp_check_comment_flood' );
		add_filter( 'wp_is_comment_flood', array( self::class, 'is_flood' ), 10, 4 );
		add_filter( 'duplicate_comment_id', array( self::class, 'duplicate' ), 10, 2 );
		add_filter( 'pre_comment_approved', array( self::class, 'previously_approved' ), 20, 2 );
		try {
			$id = wp_new_comment(
				wp_slash(
					array(
						'comment_post_ID'      => $post->ID,
						'comment_parent'       => $parent_id,
						'comment_author'       => Text::name_for_wordpress( $name ),
						'comment_author_email' => '',
						'comment_author_url'   => '',
						'comment_content'      => Text::for_wordpress( $body ),
						'comment_type'         => 'comment',
						'user_id'              => get_current_user_id(),
					)
				),
				true
			);
		} finally {
			Comment_Sync::$incoming = null;
			remove_filter( 'wp_is_comment_flood', array( self::class, 'is_flood' ), 10 );
			remove_filter( 'duplicate_comment_id', array( self::class, 'duplicate' ), 10 );
			remove_filter( 'pre_comment_approved', array( self::class, 'previously_approved' ), 20 );
			if ( $core_flood ) {
				add_action( 'check_comment_flood', 'check_comment_flood_db' );
			}
		}
		if ( $id instanceof WP_Error ) {
			return $id;
		}
		$row = Comment_Store::find( (int) $id );
		if ( null === $row ) {
			return new WP_Error( 'comment_save_error', 'Le commentaire n’a pas pu être enregistré.', array( 'status' => 500 ) );
		}
		return array(
			'row'   => $row,
			'token' => $token,
		);
	}

	/**
	 * @param mixed $is_flood
	 * @param mixed $ip
	 * @param mixed $email
	 * @param mixed $date
	 */
	public static function is_flood( $is_flood, $ip, $email, $date ): bool {
		return true === $is_flood || self::seconds_to_wait( (string) $ip, (string) $date ) > 0;
	}

	/** Seconds before this address (or user) may comment again; 0 when it may now. */
	public static function seconds_to_wait( string $ip, string $date_gmt ): int {
		global $wpdb;
		if ( current_user_can( 'manage_options' ) || current_user_can( 'moderate_comments' ) ) {
			return 0;
		}
		$hour_ago = gmdate( 'Y-m-d H:i:s', time() - HOUR_IN_SECONDS );
		$last     = is_user_logged_in()
			? $wpdb->get_var( $wpdb->prepare( "SELECT comment_date_gmt FROM {$wpdb->comments} WHERE comment_date_gmt >= %s AND user_id = %d ORDER BY comment_date_gmt DESC LIMIT 1", $hour_ago, get_current_user_id() ) )
			: $wpdb->get_var( $wpdb->prepare( "SELECT comment_date_gmt FROM {$wpdb->comments} WHERE comment_date_gmt >= %s AND comment_author_IP = %s ORDER BY comment_date_gmt DESC LIMIT 1", $hour_ago, $ip ) );
		if ( ! is_string( $last ) ) {
			return 0;
		}
		$then = (int) mysql2date( 'U', $last, false );
		$now  = (int) mysql2date( 'U', $date_gmt, false );
		if ( ! apply_filters( 'comment_flood_filter', false, $then, $now ) ) { // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound
			return 0;
		}
		do_action( 'comment_flood_trigger', $then, $now ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound
		// The smallest wait the filter accepts (it says only yes or no), up to an hour.
		$low  = 1;
		$high = HOUR_IN_SECONDS;
		if ( apply_filters( 'comment_flood_filter', false, $then, $now + $high ) ) { // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound
			return $high;
		}
		while ( $low < $high ) {
			$mid = intdiv( $low + $high, 2 );
			if ( apply_filters( 'comment_flood_filter', false, $then, $now + $mid ) ) { // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound
				$low = $mid + 1;
			} else {
				$high = $mid;
			}
		}
		return $low;
	}

	/**
	 * @param mixed $dupe_id
	 * @param mixed $commentdata
	 */
	public static function duplicate( $dupe_id, $commentdata ): int {
		global $wpdb;
		$data = is_array( $commentdata ) ? wp_unslash( $commentdata ) : array();
		return (int) $wpdb->get_var(
			$wpdb->prepare(
				"SELECT comment_ID FROM {$wpdb->comments} WHERE comment_post_ID = %d AND comment_parent = %d AND comment_author_IP = %s AND comment_author = %s AND comment_content = %s AND comment_date_gmt >= %s AND comment_approved NOT IN ('trash', 'spam') LIMIT 1",
				(int) ( $data['comment_post_ID'] ?? 0 ),
				(int) ( $data['comment_parent'] ?? 0 ),
				(string) ( $data['comment_author_IP'] ?? '' ),
				(string) ( $data['comment_author'] ?? '' ),
				(string) ( $data['comment_content'] ?? '' ),
				gmdate( 'Y-m-d H:i:s', time() - self::DUPLICATE_WINDOW )
			)
		);
	}

	/**
	 * @param mixed $approved
	 * @param mixed $commentdata
	 * @return mixed
	 */
	public static function previously_approved( $approved, $commentdata ) {
		global $wpdb;
		if ( ( 0 !== $approved && '0' !== $approved ) || '' === self::$reader_hash || ! is_array( $commentdata ) ) {
			return $approved;
		}
		if ( '1' !== (string) get_option( 'comment_previously_approved' ) || '1' === (string) get_option( 'comment_moderation' ) ) {
			return $approved;
		}
		$table = Schema::table( 'comments' );
		$known = $wpdb->get_var( $wpdb->prepare( "SELECT 1 FROM $table WHERE reader_hash = %s AND state = 'published' LIMIT 1", self::$reader_hash ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		if ( null === $known ) {
			return $approved;
		}
		$data = wp_unslash( $commentdata );
		return self::passes_other_rules( $data ) ? 1 : $approved;
	}

	/**
	 * WordPress's check_comment() with "previously approved" left out: links, moderation words,
	 * manual approval.
	 *
	 * @param array<string, mixed> $data
	 */
	public static function passes_other_rules( array $data ): bool {
		$off = static fn (): string => '0';
		add_filter( 'pre_option_comment_previously_approved', $off );
		$ok = check_comment(
			(string) ( $data['comment_author'] ?? '' ),
			(string) ( $data['comment_author_email'] ?? '' ),
			(string) ( $data['comment_author_url'] ?? '' ),
			(string) ( $data['comment_content'] ?? '' ),
			(string) ( $data['comment_author_IP'] ?? '' ),
			(string) ( $data['comment_agent'] ?? '' ),
			'comment'
		);
		remove_filter( 'pre_option_comment_previously_approved', $off );
		return $ok;
	}
}
