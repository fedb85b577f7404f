<?php
/**
 * Settings → Chronique: whether the plugin serves the app and under which address prefix, the origins
 * allowed to call the API, the report threshold, and the editors' guide (a short page of its own,
 * linked from here).
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique\Admin;

use Chronique\Front\App_Address;
use Chronique\Front\App_Build;
use Chronique\Settings;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Settings_Page {

	private const SLUG  = 'chronique';
	private const GUIDE = 'chronique-guide';

	public static function register(): void {
		add_action( 'admin_menu', array( self::class, 'menu' ) );
		add_action( 'admin_init', array( self::class, 'settings' ) );
		add_filter( 'plugin_action_links_' . plugin_basename( \Chronique\PLUGIN_FILE ), array( self::class, 'action_links' ) );
	}

	public static function menu(): void {
		add_options_page( 'Chronique', 'Chronique', 'manage_options', self::SLUG, array( self::class, 'render' ) );
		add_comments_page( __( 'Chronique: guide for editors', 'chronique' ), __( 'Chronique guide', 'chronique' ), 'moderate_comments', self::GUIDE, array( Guide_Page::class, 'render' ) );
	}

	/**
	 * @param string[] $links
	 * @return string[]
	 */
	public static function action_links( array $links ): array {
		$links[] = '<a href="' . esc_url( admin_url( 'options-general.php?page=' . self::SLUG ) ) . '">' . esc_html__( 'Settings', 'chronique' ) . '</a>';
		return $links;
	}

	public static function settings(): void {
		register_setting(
			'chronique',
			Settings::OPTION,
			array(
				'type'              => 'array',
				'sanitize_callback' => array( Settings::class, 'sanitise' ),
				'show_in_rest'      => false,
				'default'           => array(
					'origins'          => array(),
					'report_threshold' => Settings::DEFAULT_THRESHOLD,
					'app'              => false,
					'app_prefix'       => Settings::DEFAULT_PREFIX,
				),
			)
		);
	}

	public static function guide_url(): string {
		return admin_url( 'edit-comments.php?page=' . self::GUIDE );
	}

	/**
	 * Serving the app: on or off, the address prefix, and where the app is (or why it cannot be).
	 *
	 * @param array{app: bool, app_prefix: string} $settings
	 */
	private static function render_app_fields( array $settings ): void {
		$present  = App_Build::is_present();
		$api_path = (string) wp_parse_url( untrailingslashit( rest_url( \Chronique\REST_NAMESPACE ) ), PHP_URL_PATH );
		?>
		<tr>
			<th scope="row"><?php echo esc_html__( 'The app', 'chronique' ); ?></th>
			<td>
				<label for="chronique-app">
					<input type="checkbox" id="chronique-app" name="<?php echo esc_attr( Settings::OPTION ); ?>[app]" value="1" <?php checked( $settings['app'] ); ?> <?php disabled( ! $present ); ?> aria-describedby="chronique-app-help">
					<?php echo esc_html__( 'Serve the app from this site', 'chronique' ); ?>
				</label>
				<p class="description" id="chronique-app-help">
					<?php
					if ( ! $present ) {
						echo esc_html__( 'This copy of the plugin carries no app (it serves the API only). Install the zip made by npm run wordpress:zip to serve the app from this site.', 'chronique' );
					} else {
						echo esc_html__( 'Readers open your articles in the app, at the address below. Old addresses of posts, categories and authors redirect to the app (301). The admin, login, feeds, sitemaps, pages and uploads stay WordPress\'s.', 'chronique' );
					}
					?>
				</p>
				<?php if ( $present && '' !== App_Build::api_base() && App_Build::api_base() !== $api_path ) : ?>
					<p class="description"><strong>
						<?php
						printf(
							/* translators: 1: the API address the app was built for, 2: this site's */
							esc_html__( 'This app calls the API at %1$s, but this site serves it at %2$s: rebuild the zip with VITE_API_BASE_URL=%2$s.', 'chronique' ),
							'<code>' . esc_html( App_Build::api_base() ) . '</code>',
							'<code>' . esc_html( $api_path ) . '</code>'
						);
						?>
					</strong></p>
				<?php endif; ?>
			</td>
		</tr>
		<tr>
			<th scope="row"><label for="chronique-app-prefix"><?php echo esc_html__( 'Address prefix', 'chronique' ); ?></label></th>
			<td>
				<code><?php echo esc_html( untrailingslashit( home_url() ) ); ?></code>
				<input type="text" id="chronique-app-prefix" name="<?php echo esc_attr( Settings::OPTION ); ?>[app_prefix]" value="<?php echo esc_attr( $settings['app_prefix'] ); ?>" class="regular-text code" aria-describedby="chronique-app-prefix-help">
				<p class="description" id="chronique-app-prefix-help"><?php echo esc_html__( 'Where the app\'s pages start: / for the whole site, or a prefix such as /lire/ to keep the rest of the site as it is.', 'chronique' ); ?></p>
				<?php if ( $present && $settings['app'] ) : ?>
					<p><?php echo esc_html__( 'The app:', 'chronique' ); ?> <a href="<?php echo esc_url( App_Address::url() ); ?>"><?php echo esc_html( App_Address::url() ); ?></a></p>
				<?php endif; ?>
			</td>
		</tr>
		<?php
	}

	public static function render(): void {
		if ( ! current_user_can( 'manage_options' ) ) {
			wp_die( esc_html__( 'Sorry, you are not allowed to manage these settings.', 'chronique' ), 403 );
		}
		$settings = Settings::all();
		$api      = rest_url( \Chronique\REST_NAMESPACE );
		?>
		<div class="wrap">
			<h1><?php echo esc_html__( 'Chronique', 'chronique' ); ?></h1>
			<p>
				<?php echo esc_html__( 'The Chronique app reads your posts and comments through this address (build the app with it as VITE_API_BASE_URL):', 'chronique' ); ?>
				<code><?php echo esc_html( untrailingslashit( $api ) ); ?></code>
			</p>
			<p>
				<a href="<?php echo esc_url( self::guide_url() ); ?>"><?php echo esc_html__( 'Guide for editors: moderating comments, picks and reports', 'chronique' ); ?></a>
			</p>
			<form method="post" action="options.php">
				<?php settings_fields( 'chronique' ); ?>
				<table class="form-table" role="presentation">
					<?php self::render_app_fields( $settings ); ?>
					<tr>
						<th scope="row"><label for="chronique-origins"><?php echo esc_html__( 'Allowed origins', 'chronique' ); ?></label></th>
						<td>
							<textarea id="chronique-origins" name="<?php echo esc_attr( Settings::OPTION ); ?>[origins]" rows="5" cols="50" class="large-text code" aria-describedby="chronique-origins-help"><?php echo esc_textarea( implode( "\n", $settings['origins'] ) ); ?></textarea>
							<p class="description" id="chronique-origins-help"><?php echo esc_html__( 'One per line, e.g. https://lecteur.magazine.example. Only these web addresses may call the API from a browser (exact match: scheme, host and port). Leave empty when the app is served from this site itself.', 'chronique' ); ?></p>
						</td>
					</tr>
					<tr>
						<th scope="row"><label for="chronique-threshold"><?php echo esc_html__( 'Reports before moderation', 'chronique' ); ?></label></th>
						<td>
							<input type="number" min="1" max="100" step="1" id="chronique-threshold" name="<?php echo esc_attr( Settings::OPTION ); ?>[report_threshold]" value="<?php echo esc_attr( (string) $settings['report_threshold'] ); ?>" class="small-text" aria-describedby="chronique-threshold-help">
							<p class="description" id="chronique-threshold-help"><?php echo esc_html__( 'A published comment reported by this many different readers goes back to moderation (Comments → Pending) until an editor approves it again.', 'chronique' ); ?></p>
						</td>
					</tr>
				</table>
				<?php submit_button(); ?>
			</form>
		</div>
		<?php
	}
}
