<?php
/**
 * Installs WordPress without a browser and imports the seed, in one PHP process run as www-data by
 * scripts/wordpress/site.ts:
 *
 *   runuser -u www-data -- env WORDPRESS_CONFIG=chronique-8431 HTTP_HOST=127.0.0.1:8431 php setup.php input.json
 *
 * Prints one JSON object: the application password, the seeded slugs and IDs, and timings.
 *
 * @package Chronique
 */

declare(strict_types=1);

if ( PHP_SAPI !== 'cli' ) {
	exit( 1 );
}

$chronique_input = json_decode( (string) file_get_contents( $argv[1] ?? '' ), true );
if ( ! is_array( $chronique_input ) ) {
	fwrite( STDERR, "setup.php: expected a JSON input file\n" );
	exit( 1 );
}

$_SERVER['REQUEST_URI']     = '/';
$_SERVER['SERVER_NAME']     = '127.0.0.1';
$_SERVER['SERVER_PORT']     = (string) chronique_port_of( (string) $chronique_input['url'] );
$_SERVER['REQUEST_METHOD']  = 'GET';
$_SERVER['HTTPS']           = 'off';
$_SERVER['REMOTE_ADDR']     = '127.0.0.1';

/** The port of a URL (before WordPress is loaded). */
function chronique_port_of( string $url ): int {
	return (int) ( parse_url( $url, PHP_URL_PORT ) ?? 80 );
}

define( 'WP_INSTALLING', true );
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once __DIR__ . '/install.php';
require_once __DIR__ . '/seed.php';
require_once __DIR__ . '/seed-comments.php';

$chronique_timings = array();
$chronique_clock   = microtime( true );

$chronique_password = chronique_install( $chronique_input );
// Installed: from here on WordPress behaves as on any request (the plugin is active and loaded).
wp_installing( false );
$chronique_timings['wpInstall'] = round( microtime( true ) - $chronique_clock, 3 );
$chronique_clock                = microtime( true );

$chronique_seed = json_decode( (string) file_get_contents( (string) $chronique_input['seedFile'] ), true );
$chronique_result = chronique_seed( is_array( $chronique_seed ) ? $chronique_seed : array() );
$chronique_timings['seedImport'] = round( microtime( true ) - $chronique_clock, 3 );
$chronique_previous              = null;
foreach ( (array) ( $GLOBALS['chronique_seed_clock'] ?? array() ) as $chronique_step => $chronique_time ) {
	if ( null !== $chronique_previous ) {
		$chronique_timings[ 'seed:' . $chronique_step ] = round( $chronique_time - $chronique_previous, 3 );
	}
	$chronique_previous = $chronique_time;
}

echo wp_json_encode(
	array(
		'applicationPassword' => $chronique_password,
		'seed'                => $chronique_result,
		'timings'             => $chronique_timings,
	)
);
