<?php
/**
 * The install half of setup.php: wp_install(), permalinks, no default content, discussion settings
 * that mirror the mocks (comments published at once), the plugin activated with its allowed origins,
 * an application password for tests.
 *
 * @package Chronique
 */

declare(strict_types=1);

/**
 * @param array<string, mixed> $input
 * @return string the application password
 */
function chronique_install( array $input ): string {
	// No HTTP from the installer (wp_install() tries pretty permalinks with a loopback request; they are
	// set below): WordPress 6.1's Requests library logs PHP 8.2 deprecations the first time it runs, and
	// the tests read the debug log.
	add_filter( 'pre_http_request', static fn () => new WP_Error( 'chronique_local_install', 'No HTTP request while installing.' ) );
	$result = wp_install( 'Chronique (développement)', (string) $input['user'], 'admin@chronique.invalid', false, '', wp_slash( (string) $input['password'] ) );
	$user_id = (int) $result['user_id'];
	wp_set_current_user( $user_id );

	global $wp_rewrite;
	$wp_rewrite->set_permalink_structure( '/%postname%/' );
	// Taxonomies add their addresses (/category/…/) only under pretty permalinks, when registered: again, now.
	create_initial_taxonomies();
	$wp_rewrite->flush_rules( false );

	// Hello world, its comment, the sample and privacy pages: they would shift every count.
	foreach ( get_posts( array( 'post_type' => 'any', 'post_status' => 'any', 'numberposts' => -1, 'fields' => 'ids' ) ) as $post_id ) {
		wp_delete_post( (int) $post_id, true );
	}
	update_option( 'wp_page_for_privacy_policy', 0 );

	$options = array(
		'blogdescription'             => 'Magazine de démonstration',
		'timezone_string'             => 'America/Toronto',
		'gmt_offset'                  => '',
		'date_format'                 => 'j F Y',
		'default_comment_status'      => 'open',
		'comment_registration'        => '0',
		'require_name_email'          => '0',
		'comment_moderation'          => '0',
		'comment_previously_approved' => '0',
		'close_comments_for_old_posts' => '0',
		'comment_max_links'           => '2',
		'thread_comments'             => '1',
		'show_avatars'                => '0',
		'blog_public'                 => '0',
		'chronique_dev_flood'         => ! empty( $input['flood'] ) ? 'on' : 'off',
	);
	foreach ( $options as $name => $value ) {
		update_option( $name, $value );
	}

	$activated = activate_plugin( 'chronique/chronique.php' );
	if ( is_wp_error( $activated ) ) {
		fwrite( STDERR, 'Plugin activation failed: ' . $activated->get_error_message() . "\n" );
		exit( 1 );
	}
	update_option(
		'chronique_settings',
		\Chronique\Settings::sanitise(
			array(
				'origins'          => implode( "\n", (array) $input['origins'] ),
				'report_threshold' => 3,
				// The app at the site's root when the site was started with CHRONIQUE_WP_APP=1.
				'app'              => ! empty( $input['app'] ) ? '1' : '',
				'app_prefix'       => '/',
			)
		)
	);

	$created = WP_Application_Passwords::create_new_application_password( $user_id, array( 'name' => 'chronique-tests-' . gmdate( 'YmdHis' ) ) );
	if ( is_wp_error( $created ) ) {
		fwrite( STDERR, 'Application password: ' . $created->get_error_message() . "\n" );
		exit( 1 );
	}
	return (string) $created[0];
}
