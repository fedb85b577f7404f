<?php
/**
 * The addresses the magazine had before the app: whatever the permalink structure was (`/%postname%/`,
 * dates, `?p=123`), a post's address, its category's, its author's, a search and a date archive,
 * answered with a permanent redirect (301) to the app's address for the same thing, so old links and
 * search results land where they should. Read from WordPress's own answer to the address (its main
 * query), so every structure the site ever had is understood as WordPress understands it.
 *
 * Never the app's own addresses (they are answered before WordPress looks them up), never a feed, a
 * sitemap, robots.txt, an embed, a trackback or an editor's preview; pages, tags and attachments stay
 * WordPress's.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique\Front;

use Chronique\Articles;
use Chronique\Settings;
use WP_Post;
use WP_Term;
use WP_User;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Legacy_Redirects {

	/** Where the current address now lives in the app, or null when it is not an old one. */
	public static function target(): ?string {
		if ( is_feed() || is_trackback() || is_embed() || is_preview() || is_robots() || is_favicon() || is_customize_preview() || '' !== (string) get_query_var( 'sitemap' ) || '' !== (string) get_query_var( 'sitemap-stylesheet' ) ) {
			return null;
		}
		$page = max( 1, (int) get_query_var( 'paged' ) );
		if ( is_singular( 'post' ) ) {
			$post = get_queried_object();
			return $post instanceof WP_Post && Articles::is_article( $post ) ? App_Address::article( $post->post_name ) : null;
		}
		if ( is_category() ) {
			$term = get_queried_object();
			return $term instanceof WP_Term ? App_Address::list( '', $term->slug, $page ) : null;
		}
		if ( is_author() ) {
			$user = get_queried_object();
			// Only people who signed a published post have a page in the app (GET /authors/{slug}).
			return $user instanceof WP_User && count_user_posts( $user->ID, 'post', true ) > 0 ? App_Address::author( $user->user_nicename, $page ) : null;
		}
		if ( is_search() ) {
			return App_Address::list( trim( (string) get_search_query( false ) ) );
		}
		if ( is_date() ) {
			return App_Address::list();
		}
		// At the site's root, WordPress's own pages of the post list (`/page/2/`) are the app's list.
		if ( is_home() && '/' === Settings::app_prefix() ) {
			return App_Address::list( '', '', $page );
		}
		return null;
	}
}
