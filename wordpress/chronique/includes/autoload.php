<?php
/**
 * Class loader: Chronique\Foo_Bar lives in includes/class-foo-bar.php, Chronique\Rest\Foo in
 * includes/rest/class-foo.php, Chronique\Admin\Foo in includes/admin/class-foo.php.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

spl_autoload_register(
	static function ( string $class_name ): void {
		if ( ! str_starts_with( $class_name, __NAMESPACE__ . '\\' ) ) {
			return;
		}
		$parts = explode( '\\', substr( $class_name, strlen( __NAMESPACE__ ) + 1 ) );
		$name  = array_pop( $parts );
		$file  = 'class-' . str_replace( '_', '-', strtolower( $name ) ) . '.php';
		$dir   = __DIR__ . '/' . ( $parts ? strtolower( implode( '/', $parts ) ) . '/' : '' );
		if ( is_readable( $dir . $file ) ) {
			require_once $dir . $file;
		}
	}
);
