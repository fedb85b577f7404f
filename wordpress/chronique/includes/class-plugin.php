<?php
/**
 * Wires every concern to WordPress's hooks. Nothing else happens at load time.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Plugin {

	public static function boot(): void {
		I18n::register();
		Schema::register();
		Comment_Sync::register();
		Http::register();
		Cors::register();
		Front\Front_Controller::register();

		add_action( 'rest_api_init', array( self::class, 'register_routes' ) );
		add_action( 'deleted_post', array( Ratings::class, 'forget_post' ) );

		if ( is_admin() ) {
			Admin\Settings_Page::register();
			Admin\Comment_Admin::register();
			Admin\Author_Fields::register();
			Admin\Related_Links_Box::register();
		}
	}

	public static function register_routes(): void {
		( new Rest\Article_Routes() )->register();
		( new Rest\Thread_Routes() )->register();
		( new Rest\Comment_Routes() )->register();
	}
}
