<?php
/**
 * The "À lire aussi sur le sujet" meta box on posts: title and address of each related link.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique\Admin;

use Chronique\Related_Links;
use WP_Post;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Related_Links_Box {

	private const NONCE = 'chronique_related_links';

	public static function register(): void {
		add_action( 'add_meta_boxes_post', array( self::class, 'add' ) );
		add_action( 'save_post_post', array( self::class, 'save' ), 10, 2 );
	}

	public static function add(): void {
		add_meta_box( 'chronique-related', __( 'Further reading on the subject', 'chronique' ), array( self::class, 'render' ), 'post', 'normal', 'default' );
	}

	public static function render( WP_Post $post ): void {
		$links = Related_Links::sanitise( get_post_meta( $post->ID, Related_Links::META, true ) );
		$links = array_merge( $links, array_fill( 0, 3, array( 'title' => '', 'url' => '' ) ) );
		wp_nonce_field( self::NONCE, self::NONCE );
		echo '<p class="description">' . esc_html__( 'Shown under the article in the app. A link to one of this site\'s posts opens it in the app.', 'chronique' ) . '</p>';
		foreach ( $links as $index => $link ) {
			printf(
				'<p><label>%1$s <input type="text" class="widefat" name="chronique_related[%2$d][title]" value="%3$s"></label><label>%4$s <input type="url" class="widefat" name="chronique_related[%2$d][url]" value="%5$s"></label></p>',
				esc_html__( 'Title', 'chronique' ),
				(int) $index,
				esc_attr( $link['title'] ),
				esc_html__( 'Address', 'chronique' ),
				esc_attr( $link['url'] )
			);
		}
	}

	/** @param mixed $post */
	public static function save( $post_id, $post ): void {
		$post_id = (int) $post_id;
		if ( ! isset( $_POST[ self::NONCE ] ) || ! wp_verify_nonce( sanitize_key( wp_unslash( $_POST[ self::NONCE ] ) ), self::NONCE ) ) {
			return;
		}
		if ( wp_is_post_autosave( $post_id ) || wp_is_post_revision( $post_id ) || ! current_user_can( 'edit_post', $post_id ) ) {
			return;
		}
		// Each entry is sanitised field by field in Related_Links::sanitise().
		$links = isset( $_POST['chronique_related'] ) && is_array( $_POST['chronique_related'] ) ? wp_unslash( $_POST['chronique_related'] ) : array(); // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized
		$clean = Related_Links::sanitise( $links );
		if ( $clean ) {
			update_post_meta( $post_id, Related_Links::META, $clean );
		} else {
			delete_post_meta( $post_id, Related_Links::META );
		}
	}
}
