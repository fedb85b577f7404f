<?php
/**
 * The seed half of setup.php: the mocks' content (seed.json, written by seed-data.ts) as WordPress
 * content. Categories, authors (users with the plugin's profile fields), images (the mocks' SVG files
 * copied into uploads and inserted as attachments directly: SVG is not an allowed upload type, which
 * does not matter for a seed), posts, related links, rating baselines, and comments — inserted with
 * multi-row INSERTs into wp_comments and the plugin's table (the 5,000-comment thread in well under a
 * second; wp_insert_comment() would take minutes).
 *
 * @package Chronique
 */

declare(strict_types=1);

use Chronique\Author_Profile;
use Chronique\Ratings;
use Chronique\Related_Links;
use Chronique\Schema;
use Chronique\Text;

/**
 * @param array<string, mixed> $seed
 * @return array<string, mixed> slugs and IDs for the tests
 */
function chronique_seed( array $seed ): array {
	$GLOBALS['chronique_seed_clock'] = array( 'start' => microtime( true ) );
	$categories = chronique_seed_categories( (array) $seed['categories'] );
	$images     = chronique_seed_images( (array) $seed['images'], (array) $seed['articles'] );
	$GLOBALS['chronique_seed_clock']['images'] = microtime( true );
	$authors    = chronique_seed_authors( (array) $seed['authors'], $images );
	$GLOBALS['chronique_seed_clock']['authors'] = microtime( true );
	$editor     = wp_insert_user(
		wp_slash(
			array(
				'user_login'   => 'redaction',
				'user_nicename' => 'redaction',
				'display_name' => 'La rédaction',
				'user_email'   => 'redaction@chronique.invalid',
				'user_pass'    => wp_generate_password( 24 ),
				'role'         => 'editor',
			)
		)
	);
	$posts    = array();
	$unlisted = array();
	$biggest  = array( '', 0 );
	foreach ( (array) $seed['articles'] as $article ) {
		$post_id                    = chronique_seed_post( $article, $categories, $authors, $images );
		$posts[ $article['slug'] ] = $post_id;
		if ( ! empty( $article['unlisted'] ) ) {
			$unlisted[] = $post_id;
		} elseif ( count( $article['comments'] ) > $biggest[1] ) {
			$biggest = array( $article['slug'], count( $article['comments'] ) );
		}
	}
	foreach ( (array) $seed['articles'] as $article ) {
		$links = array();
		foreach ( (array) $article['related'] as $link ) {
			$target  = null !== $link['articleSlug'] && isset( $posts[ $link['articleSlug'] ] ) ? get_permalink( $posts[ $link['articleSlug'] ] ) : $link['url'];
			$links[] = array(
				'title' => $link['title'],
				'url'   => (string) $target,
			);
		}
		if ( $links ) {
			update_post_meta( $posts[ $article['slug'] ], Related_Links::META, wp_slash( Related_Links::sanitise( $links ) ) );
		}
	}
	$GLOBALS['chronique_seed_clock']['posts'] = microtime( true );
	$staff = is_wp_error( $editor ) ? 0 : (int) $editor;
	foreach ( (array) $seed['articles'] as $article ) {
		chronique_seed_comments( $posts[ $article['slug'] ], (array) $article['comments'], $staff );
	}
	$GLOBALS['chronique_seed_clock']['comments'] = microtime( true );
	update_option( 'chronique_dev_unlisted', $unlisted );
	return array(
		'isarta'        => (string) $seed['isartaSlug'],
		'biggestThread' => $biggest[0],
		'hugeThread'    => (string) $seed['hugeThreadSlug'],
		'posts'         => $posts,
	);
}

/**
 * @param array<int, array{slug: string, name: string}> $categories
 * @return array<string, int>
 */
function chronique_seed_categories( array $categories ): array {
	$ids = array();
	foreach ( $categories as $category ) {
		$term = wp_insert_term( wp_slash( $category['name'] ), 'category', array( 'slug' => $category['slug'] ) );
		$ids[ $category['slug'] ] = is_wp_error( $term ) ? 0 : (int) $term['term_id'];
	}
	$first = reset( $ids );
	if ( $first ) {
		update_option( 'default_category', $first );
		wp_delete_term( 1, 'category' );
	}
	return $ids;
}

/**
 * One attachment per image; a cover's alt text and credit (its caption) come from its article.
 *
 * @param array<int, array{url: string, file: string, width: int, height: int}> $images
 * @param array<int, array<string, mixed>>                                       $articles
 * @return array<string, array{id: int, url: string}>
 */
function chronique_seed_images( array $images, array $articles ): array {
	$uploads = wp_upload_dir();
	$covers  = array();
	foreach ( $articles as $article ) {
		if ( is_array( $article['cover'] ) && ! isset( $covers[ $article['cover']['url'] ] ) ) {
			$covers[ $article['cover']['url'] ] = array( (string) $article['cover']['alt'], (string) ( $article['photoCredit'] ?? '' ) );
		}
	}
	$result = array();
	foreach ( $images as $image ) {
		$relative = 'chronique-seed' . substr( $image['url'], strlen( '/images' ) );
		$target   = $uploads['basedir'] . '/' . $relative;
		wp_mkdir_p( dirname( $target ) );
		copy( $image['file'], $target );
		[ $alt, $caption ] = $covers[ $image['url'] ] ?? array( '', '' );
		$id = wp_insert_attachment(
			wp_slash(
				array(
					'post_mime_type' => 'image/svg+xml',
					'post_title'     => pathinfo( $target, PATHINFO_FILENAME ),
					'post_excerpt'   => $caption,
					'post_status'    => 'inherit',
					'guid'           => $uploads['baseurl'] . '/' . $relative,
				)
			),
			$target
		);
		update_post_meta( $id, '_wp_attachment_image_alt', wp_slash( $alt ) );
		wp_update_attachment_metadata(
			$id,
			array(
				'width'  => (int) $image['width'],
				'height' => (int) $image['height'],
				'file'   => $relative,
			)
		);
		$result[ $image['url'] ] = array(
			'id'  => (int) $id,
			'url' => $uploads['baseurl'] . '/' . $relative,
		);
	}
	return $result;
}

/**
 * @param array<int, array<string, mixed>>          $authors
 * @param array<string, array{id: int, url: string}> $images
 * @return array<string, int>
 */
function chronique_seed_authors( array $authors, array $images ): array {
	$ids = array();
	foreach ( $authors as $author ) {
		$id = wp_insert_user(
			wp_slash(
				array(
					'user_login'    => $author['slug'],
					'user_nicename' => $author['slug'],
					'display_name'  => $author['name'],
					'nickname'      => $author['name'],
					'description'   => $author['bio'],
					'user_email'    => $author['slug'] . '@chronique.invalid',
					'user_pass'     => wp_generate_password( 24 ),
					'role'          => 'author',
				)
			)
		);
		if ( is_wp_error( $id ) ) {
			continue;
		}
		update_user_meta( $id, Author_Profile::ROLE, wp_slash( $author['role'] ) );
		update_user_meta( $id, Author_Profile::LINKS, wp_slash( Author_Profile::sanitise_links( $author['links'] ) ) );
		if ( is_array( $author['avatar'] ) && isset( $images[ $author['avatar']['url'] ] ) ) {
			$avatar = $images[ $author['avatar']['url'] ]['id'];
			update_user_meta( $id, Author_Profile::AVATAR, $avatar );
			update_post_meta( $avatar, '_wp_attachment_image_alt', wp_slash( (string) $author['avatar']['alt'] ) );
		}
		$ids[ $author['slug'] ] = (int) $id;
	}
	return $ids;
}

/**
 * @param array<string, mixed>                       $article
 * @param array<string, int>                         $categories
 * @param array<string, int>                         $authors
 * @param array<string, array{id: int, url: string}> $images
 */
function chronique_seed_post( array $article, array $categories, array $authors, array $images ): int {
	$body = (string) $article['bodyHtml'];
	foreach ( $images as $url => $image ) {
		$body = str_replace( array( '"' . $url . '"' ), '"' . $image['url'] . '"', $body );
	}
	$gmt = gmdate( 'Y-m-d H:i:s', (int) strtotime( (string) $article['publishedAt'] ) );
	$id  = wp_insert_post(
		wp_slash(
			array(
				'post_type'      => 'post',
				'post_status'    => 'publish',
				'post_name'      => $article['slug'],
				'post_title'     => $article['title'],
				'post_excerpt'   => $article['excerpt'],
				'post_content'   => $body,
				'post_author'    => $authors[ $article['authorSlug'] ] ?? 1,
				'post_category'  => array( $categories[ $article['categorySlug'] ] ?? 0 ),
				'post_date'      => get_date_from_gmt( $gmt ),
				'post_date_gmt'  => $gmt,
				'comment_status' => empty( $article['commentsOpen'] ) ? 'closed' : 'open',
				'ping_status'    => 'closed',
			)
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		throw new RuntimeException( 'Seed post ' . $article['slug'] . ': ' . $id->get_error_message() );
	}
	if ( is_array( $article['cover'] ) && isset( $images[ $article['cover']['url'] ] ) ) {
		set_post_thumbnail( $id, $images[ $article['cover']['url'] ]['id'] );
	}
	$rating = (array) $article['rating'];
	if ( (int) ( $rating['count'] ?? 0 ) > 0 ) {
		update_post_meta( $id, Ratings::BASELINE_META, array( 'average' => (float) $rating['average'], 'count' => (int) $rating['count'] ) );
	}
	return (int) $id;
}
