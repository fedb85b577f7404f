<?php
/**
 * Plugin Name: Chronique development helpers
 * Description: Local development and tests only (copied into wp-content/mu-plugins by npm run wordpress). Does nothing unless the site's config defines CHRONIQUE_DEV.
 *
 * - No mail: this machine has no sendmail, and every notification would log an error. No update
 *   checks: no route to WordPress.org either.
 * - `X-Chronique-Dev-Client-Ip: 10.0.0.7` makes a request come from that address, so parallel tests
 *   each get their own flood check and rate limits; `X-Chronique-Dev-Flood: off|on` turns WordPress's
 *   comment flood check off or on for one request (the default is the `chronique_dev_flood` option,
 *   from CHRONIQUE_WP_FLOOD at start).
 * - The seeded QA article with 5,000 comments stays out of the article lists and category counts.
 * - GET /wp-json/chronique/v1/__dev/fatal ends in a real PHP fatal error, to check the error envelope.
 *
 * @package Chronique
 */

declare(strict_types=1);

if ( ! defined( 'CHRONIQUE_DEV' ) || ! CHRONIQUE_DEV ) {
	return;
}

add_filter( 'pre_wp_mail', '__return_false' );

// No update checks: there is no route to WordPress.org here, and each failed check logs a warning.
foreach ( array( '_maybe_update_core', '_maybe_update_plugins', '_maybe_update_themes' ) as $chronique_dev_check ) {
	remove_action( 'admin_init', $chronique_dev_check );
}
foreach ( array( 'load-plugins.php', 'load-update.php', 'load-update-core.php', 'load-themes.php', 'wp_update_plugins', 'wp_update_themes' ) as $chronique_dev_hook ) {
	remove_action( $chronique_dev_hook, 'wp_update_plugins' );
	remove_action( $chronique_dev_hook, 'wp_update_themes' );
}
remove_action( 'wp_version_check', 'wp_version_check' );
remove_action( 'init', 'wp_schedule_update_checks' );

if ( isset( $_SERVER['HTTP_X_CHRONIQUE_DEV_CLIENT_IP'] ) ) {
	$chronique_dev_ip = filter_var( wp_unslash( $_SERVER['HTTP_X_CHRONIQUE_DEV_CLIENT_IP'] ), FILTER_VALIDATE_IP );
	if ( false !== $chronique_dev_ip ) {
		$_SERVER['REMOTE_ADDR'] = $chronique_dev_ip;
	}
}

add_filter(
	'comment_flood_filter',
	static function ( $flood ) {
		$header = isset( $_SERVER['HTTP_X_CHRONIQUE_DEV_FLOOD'] ) ? strtolower( sanitize_key( wp_unslash( $_SERVER['HTTP_X_CHRONIQUE_DEV_FLOOD'] ) ) ) : '';
		$mode   = in_array( $header, array( 'on', 'off' ), true ) ? $header : (string) get_option( 'chronique_dev_flood', 'on' );
		return 'off' === $mode ? false : $flood;
	},
	20
);

add_filter(
	'chronique_unlisted_post_ids',
	static fn ( array $ids ): array => array_merge( $ids, array_map( 'intval', (array) get_option( 'chronique_dev_unlisted', array() ) ) )
);

add_filter(
	'chronique_cors_allowed_headers',
	static fn ( string $headers ): string => $headers . ', X-Chronique-Dev-Client-Ip, X-Chronique-Dev-Flood'
);

add_action(
	'rest_api_init',
	static function (): void {
		register_rest_route(
			'chronique/v1',
			'/__dev/fatal',
			array(
				'methods'             => 'GET',
				'permission_callback' => '__return_true',
				'callback'            => static function (): void {
					trigger_error( 'Chronique development: a deliberate fatal error (GET /__dev/fatal)', E_USER_ERROR ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_trigger_error
				},
			)
		);
	}
);
