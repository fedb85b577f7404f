<?php
/**
 * The API could not answer for this page (a database error, a fatal): the app is served anyway, with
 * the API's status and no data, and asks for itself (it shows the error and "Réessayer").
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique\Front;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Trouble_Page extends App_Page {

	public function __construct( private readonly int $status ) {}

	public function status(): int {
		return $this->status >= 500 && $this->status < 600 ? $this->status : 500;
	}

	public function head(): Head {
		return new Head( Words::SERVER_TROUBLE, Words::site_description(), null, 'website', null, null, true );
	}
}
