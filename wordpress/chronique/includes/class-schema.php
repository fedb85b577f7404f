<?php
/**
 * The plugin's own tables, created and upgraded with dbDelta, and filled from existing comments the
 * first time the plugin is activated on a site that already has some.
 *
 * - chronique_comments: one row per WordPress comment: thread structure (root), the reader's exact
 *   name and text, what readers see (state, shown), counters, the change feed's clock, hashed secrets,
 *   and fingerprints of WordPress's own copy of the name and text (to tell an editor's edit apart).
 * - chronique_reactions: likes and reports, one per reader key (hashed) and comment.
 * - chronique_ratings: one vote per reader key (hashed) and post.
 * - chronique_hits: recent requests per address (hashed), for the rate limits; pruned as it goes.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Schema {

	public const DB_VERSION = '5';
	public const OPTION     = 'chronique_db_version';

	public static function register(): void {
		add_action( 'plugins_loaded', array( self::class, 'upgrade_if_needed' ) );
	}

	/** @return array<string, string> table names by short name */
	public static function tables(): array {
		global $wpdb;
		return array(
			'comments'  => $wpdb->prefix . 'chronique_comments',
			'reactions' => $wpdb->prefix . 'chronique_reactions',
			'ratings'   => $wpdb->prefix . 'chronique_ratings',
			'hits'      => $wpdb->prefix . 'chronique_hits',
		);
	}

	public static function table( string $name ): string {
		return self::tables()[ $name ];
	}

	public static function activate(): void {
		self::install();
		Keys::secret();
		Comment_Backfill::run();
	}

	public static function upgrade_if_needed(): void {
		if ( get_option( self::OPTION ) !== self::DB_VERSION ) {
			self::install();
		}
	}

	public static function install(): void {
		global $wpdb;
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$collate = $wpdb->get_charset_collate();
		$t       = self::tables();

		dbDelta(
			"CREATE TABLE {$t['comments']} (
  comment_id bigint(20) unsigned NOT NULL,
  post_id bigint(20) unsigned NOT NULL,
  parent_id bigint(20) unsigned NOT NULL DEFAULT 0,
  root_id bigint(20) unsigned NOT NULL DEFAULT 0,
  user_id bigint(20) unsigned NOT NULL DEFAULT 0,
  state varchar(10) NOT NULL DEFAULT 'pending',
  shown tinyint(1) NOT NULL DEFAULT 0,
  was_public tinyint(1) NOT NULL DEFAULT 0,
  created_at datetime NOT NULL,
  edited_at datetime NULL DEFAULT NULL,
  changed_at datetime(3) NOT NULL,
  featured_at datetime(3) NULL DEFAULT NULL,
  like_count int(10) unsigned NOT NULL DEFAULT 0,
  report_count int(10) unsigned NOT NULL DEFAULT 0,
  report_baseline int(10) unsigned NOT NULL DEFAULT 0,
  author_name varchar(400) NOT NULL DEFAULT '',
  body text NOT NULL,
  token_hash char(64) NULL DEFAULT NULL,
  token_nonce char(32) NULL DEFAULT NULL,
  idem_hash char(64) NULL DEFAULT NULL,
  reader_hash char(64) NULL DEFAULT NULL,
  wp_author_md5 char(32) NULL DEFAULT NULL,
  wp_content_md5 char(32) NULL DEFAULT NULL,
  PRIMARY KEY  (comment_id),
  UNIQUE KEY idem_hash (idem_hash),
  KEY thread_time (post_id,parent_id,shown,created_at,comment_id),
  KEY thread_likes (post_id,parent_id,shown,like_count DESC,created_at,comment_id),
  KEY root_shown (root_id,shown),
  KEY parent_shown (parent_id,shown),
  KEY post_state (post_id,state),
  KEY post_changed (post_id,changed_at),
  KEY post_featured (post_id,featured_at),
  KEY reader_hash (reader_hash)
) $collate;

CREATE TABLE {$t['reactions']} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  comment_id bigint(20) unsigned NOT NULL,
  kind varchar(10) NOT NULL,
  reader_hash char(64) NOT NULL,
  reason varchar(20) NOT NULL DEFAULT '',
  note text NULL,
  created_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY one_per_reader (comment_id,kind,reader_hash),
  KEY kind_comment (kind,comment_id)
) $collate;

CREATE TABLE {$t['ratings']} (
  post_id bigint(20) unsigned NOT NULL,
  reader_hash char(64) NOT NULL,
  value tinyint(3) unsigned NOT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (post_id,reader_hash)
) $collate;

CREATE TABLE {$t['hits']} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  bucket varchar(20) NOT NULL,
  address_hash char(64) NOT NULL,
  hit_at datetime NOT NULL,
  PRIMARY KEY  (id),
  KEY bucket_address (bucket,address_hash,hit_at),
  KEY hit_at (hit_at)
) $collate;"
		);
		update_option( self::OPTION, self::DB_VERSION, false );
	}

	/** Drops every table (uninstall only). */
	public static function drop(): void {
		global $wpdb;
		foreach ( self::tables() as $table ) {
			// Table names come from $wpdb->prefix and constants, never from input.
			$wpdb->query( "DROP TABLE IF EXISTS `$table`" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		}
	}
}
