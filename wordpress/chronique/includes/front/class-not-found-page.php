<?php
/**
 * An address with nothing to show: an unknown article or author, or a path under the app's prefix
 * that is none of its pages. A real 404 (and `noindex`), with the app's words; the app then shows its
 * own "introuvable" page.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique\Front;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Not_Found_Page extends App_Page {

	public function __construct( private readonly string $title = Words::NOT_FOUND ) {}

	public function status(): int {
		return 404;
	}

	public function head(): Head {
		return new Head( $this->title, Words::site_description(), null, 'website', null, null, true );
	}
}
