<?php
/**
 * Profile fields for people who write: role line, more links, avatar from the media library.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique\Admin;

use Chronique\Article_Mapper;
use Chronique\Author_Profile;
use WP_User;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Author_Fields {

	private const NONCE = 'chronique_author_fields';

	public static function register(): void {
		add_action( 'show_user_profile', array( self::class, 'render' ) );
		add_action( 'edit_user_profile', array( self::class, 'render' ) );
		add_action( 'personal_options_update', array( self::class, 'save' ) );
		add_action( 'edit_user_profile_update', array( self::class, 'save' ) );
		add_action( 'admin_enqueue_scripts', array( self::class, 'scripts' ) );
	}

	public static function scripts( string $hook ): void {
		if ( 'profile.php' !== $hook && 'user-edit.php' !== $hook ) {
			return;
		}
		wp_enqueue_media();
		wp_enqueue_script( 'chronique-media-field', plugins_url( 'admin/js/media-field.js', \Chronique\PLUGIN_FILE ), array( 'jquery' ), \Chronique\VERSION, true );
		wp_localize_script(
			'chronique-media-field',
			'chroniqueMediaField',
			array(
				'title'  => __( 'Choose the avatar', 'chronique' ),
				'button' => __( 'Use this image', 'chronique' ),
			)
		);
	}

	/** @param mixed $user */
	public static function render( $user ): void {
		if ( ! $user instanceof WP_User || ! current_user_can( 'edit_user', $user->ID ) ) {
			return;
		}
		$role   = (string) get_user_meta( $user->ID, Author_Profile::ROLE, true );
		$avatar = (int) get_user_meta( $user->ID, Author_Profile::AVATAR, true );
		$image  = Article_Mapper::image( $avatar, $user->display_name );
		$links  = Author_Profile::sanitise_links( get_user_meta( $user->ID, Author_Profile::LINKS, true ) );
		$links  = array_merge( $links, array_fill( 0, 3, array( 'label' => '', 'url' => '' ) ) );
		wp_nonce_field( self::NONCE, self::NONCE );
		?>
		<h2><?php echo esc_html__( 'Chronique', 'chronique' ); ?></h2>
		<table class="form-table" role="presentation">
			<tr>
				<th><label for="chronique-role"><?php echo esc_html__( 'Role shown with the byline', 'chronique' ); ?></label></th>
				<td>
					<input type="text" class="regular-text" id="chronique-role" name="chronique_role" value="<?php echo esc_attr( $role ); ?>" maxlength="120">
					<p class="description"><?php echo esc_html__( 'For example: Columnist, technology and innovation.', 'chronique' ); ?></p>
				</td>
			</tr>
			<tr>
				<th><label for="chronique-avatar"><?php echo esc_html__( 'Avatar (media library)', 'chronique' ); ?></label></th>
				<td class="chronique-media-field">
					<span class="chronique-media-preview"><?php echo $image ? '<img src="' . esc_url( $image['url'] ) . '" alt="" width="64" height="64">' : ''; ?></span>
					<input type="number" min="0" class="small-text" id="chronique-avatar" name="chronique_avatar_id" value="<?php echo esc_attr( $avatar > 0 ? (string) $avatar : '' ); ?>" aria-describedby="chronique-avatar-help">
					<button type="button" class="button chronique-media-choose"><?php echo esc_html__( 'Choose an image', 'chronique' ); ?></button>
					<button type="button" class="button-link chronique-media-clear"><?php echo esc_html__( 'Remove', 'chronique' ); ?></button>
					<p class="description" id="chronique-avatar-help"><?php echo esc_html__( 'The image\'s ID in the media library. Its alternative text is used in the app. Without one, no picture is shown (never Gravatar).', 'chronique' ); ?></p>
				</td>
			</tr>
			<tr>
				<th><?php echo esc_html__( 'More links', 'chronique' ); ?></th>
				<td>
					<fieldset>
						<legend class="screen-reader-text"><?php echo esc_html__( 'More links', 'chronique' ); ?></legend>
						<?php foreach ( $links as $index => $link ) : ?>
							<p>
								<label><?php echo esc_html__( 'Label', 'chronique' ); ?> <input type="text" name="chronique_links[<?php echo (int) $index; ?>][label]" value="<?php echo esc_attr( $link['label'] ); ?>"></label>
								<label><?php echo esc_html__( 'Address', 'chronique' ); ?> <input type="url" class="regular-text" name="chronique_links[<?php echo (int) $index; ?>][url]" value="<?php echo esc_attr( $link['url'] ); ?>"></label>
							</p>
						<?php endforeach; ?>
						<p class="description"><?php echo esc_html__( 'Shown after the website of the profile. Leave a row empty to remove it.', 'chronique' ); ?></p>
					</fieldset>
				</td>
			</tr>
		</table>
		<?php
	}

	/** @param mixed $user_id */
	public static function save( $user_id ): void {
		$user_id = (int) $user_id;
		if ( ! isset( $_POST[ self::NONCE ] ) || ! wp_verify_nonce( sanitize_key( wp_unslash( $_POST[ self::NONCE ] ) ), self::NONCE ) || ! current_user_can( 'edit_user', $user_id ) ) {
			return;
		}
		$role = isset( $_POST['chronique_role'] ) ? sanitize_text_field( wp_unslash( $_POST['chronique_role'] ) ) : '';
		update_user_meta( $user_id, Author_Profile::ROLE, $role );
		$avatar = isset( $_POST['chronique_avatar_id'] ) ? absint( wp_unslash( $_POST['chronique_avatar_id'] ) ) : 0;
		if ( $avatar > 0 && 'attachment' === get_post_type( $avatar ) && str_starts_with( (string) get_post_mime_type( $avatar ), 'image/' ) ) {
			update_user_meta( $user_id, Author_Profile::AVATAR, $avatar );
		} else {
			delete_user_meta( $user_id, Author_Profile::AVATAR );
		}
		// Each entry is sanitised field by field in sanitise_links().
		$links = isset( $_POST['chronique_links'] ) && is_array( $_POST['chronique_links'] ) ? wp_unslash( $_POST['chronique_links'] ) : array(); // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized
		update_user_meta( $user_id, Author_Profile::LINKS, Author_Profile::sanitise_links( $links ) );
	}
}
