<?php
/**
 * Plugin Name:       Chronique
 * Description:       Serves the Chronique reading app, and its REST API (contract v1.2), from your posts and comments: articles, threads, likes, reports and editors' picks, moderated in wp-admin as usual.
 * Version:           1.2.0
 * Requires at least: 6.1
 * Requires PHP:      8.2
 * Author:            Chronique
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       chronique
 * Domain Path:       /languages
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const VERSION     = '1.2.0';
const PLUGIN_FILE = __FILE__;
const REST_NAMESPACE = 'chronique/v1';

require_once __DIR__ . '/includes/autoload.php';

register_activation_hook( __FILE__, array( Schema::class, 'activate' ) );
register_activation_hook( __FILE__, array( Settings::class, 'activate' ) );

Plugin::boot();
