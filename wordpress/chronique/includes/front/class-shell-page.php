<?php
/**
 * `{prefix}index.html`: the app with no page's head or data, which the service worker keeps and
 * opens for any of the app's pages while offline (its navigateFallback). Only the app's base and
 * language are the site's.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique\Front;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Shell_Page extends App_Page {

	public function head(): Head {
		return Head::bare( Words::APP_NAME, Words::site_description() );
	}
}
