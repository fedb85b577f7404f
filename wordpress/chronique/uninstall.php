<?php
/**
 * Deleting the plugin removes everything it stored: its tables (comment copies, likes, reports,
 * ratings, rate-limit entries), its options, and the meta it added to users and posts. WordPress's
 * own comments, posts and users stay.
 *
 * @package Chronique
 */

declare(strict_types=1);

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

require_once __DIR__ . '/includes/autoload.php';

/** Removes the plugin's data from the current site. */
function chronique_uninstall_site(): void {
	\Chronique\Schema::drop();
	foreach ( array( \Chronique\Settings::OPTION, \Chronique\Schema::OPTION, \Chronique\Keys::OPTION ) as $option ) {
		delete_option( $option );
	}
	foreach ( array( \Chronique\Related_Links::META, \Chronique\Ratings::BASELINE_META ) as $meta_key ) {
		delete_post_meta_by_key( $meta_key );
	}
	foreach ( array( \Chronique\Author_Profile::ROLE, \Chronique\Author_Profile::LINKS, \Chronique\Author_Profile::AVATAR ) as $meta_key ) {
		delete_metadata( 'user', 0, $meta_key, '', true );
	}
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $site_id ) {
		switch_to_blog( (int) $site_id );
		chronique_uninstall_site();
		restore_current_blog();
	}
} else {
	chronique_uninstall_site();
}
