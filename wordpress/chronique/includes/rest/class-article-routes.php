<?php
/**
 * GET /articles, GET /articles/{slug}, POST /articles/{slug}/ratings, GET /authors/{slug},
 * GET /categories.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique\Rest;

use Chronique\Article_Mapper;
use Chronique\Articles;
use Chronique\Comment_Store;
use Chronique\Http;
use Chronique\Input;
use Chronique\Ratings;
use WP_REST_Request;
use WP_REST_Response;
use WP_User;

use const Chronique\REST_NAMESPACE;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Article_Routes {

	private const DEFAULT_PAGE_SIZE = 12;
	private const MAX_PAGE_SIZE     = 50;
	public const SLUG               = '(?P<slug>[^/]+)';

	public function register(): void {
		$routes = array(
			array( '/articles', 'GET', 'list' ),
			array( '/articles/' . self::SLUG, 'GET', 'show' ),
			array( '/articles/' . self::SLUG . '/ratings', 'POST', 'rate' ),
			array( '/authors/' . self::SLUG, 'GET', 'author' ),
			array( '/categories', 'GET', 'categories' ),
		);
		foreach ( $routes as [ $path, $method, $callback ] ) {
			register_rest_route(
				REST_NAMESPACE,
				$path,
				array(
					'methods'             => $method,
					'callback'            => Http::guard( array( $this, $callback ) ),
					'permission_callback' => '__return_true',
				)
			);
		}
	}

	public function list( WP_REST_Request $request ): WP_REST_Response {
		$page      = Input::int_param( $request, 'page', 1 );
		$page_size = Input::int_param( $request, 'pageSize', self::DEFAULT_PAGE_SIZE );
		$fields    = array();
		if ( null === $page || $page < 1 ) {
			$fields['page'] = 'La page doit être un entier supérieur ou égal à 1.';
		}
		if ( null === $page_size || $page_size < 1 || $page_size > self::MAX_PAGE_SIZE ) {
			$fields['pageSize'] = sprintf( 'La taille de page doit être un entier entre 1 et %d.', self::MAX_PAGE_SIZE );
		}
		foreach ( array( 'q', 'category', 'author' ) as $name ) {
			$query = $request->get_query_params();
			if ( isset( $query[ $name ] ) && ! is_string( $query[ $name ] ) ) {
				$fields[ $name ] = 'Une seule valeur texte est attendue.';
			}
		}
		if ( $fields || null === $page || null === $page_size ) {
			return Http::error( 400, 'validation', 'Paramètres de recherche invalides.', $fields );
		}
		$result   = Articles::list(
			array(
				'q'        => (string) Input::string_param( $request, 'q' ),
				'category' => (string) Input::string_param( $request, 'category' ),
				'author'   => (string) Input::string_param( $request, 'author' ),
			),
			$page,
			$page_size
		);
		$ids      = array_map( static fn ( $post ): int => $post->ID, $result['posts'] );
		$counts   = Comment_Store::published_counts( $ids );
		$ratings  = Ratings::for_posts( $ids );
		$items = array();
		foreach ( $result['posts'] as $post ) {
			$items[] = Article_Mapper::summary( $post, $counts[ $post->ID ] ?? 0, $ratings[ $post->ID ] );
		}
		return new WP_REST_Response(
			array(
				'items'    => $items,
				'page'     => $page,
				'pageSize' => $page_size,
				'total'    => $result['total'],
			)
		);
	}

	public function show( WP_REST_Request $request ): WP_REST_Response {
		$post = Articles::find( (string) $request['slug'] );
		if ( null === $post ) {
			return Http::not_found( 'Article' );
		}
		return new WP_REST_Response( Article_Mapper::article( $post, Comment_Store::published_count( $post->ID ), Ratings::for_post( $post->ID ) ) );
	}

	public function rate( WP_REST_Request $request ): WP_REST_Response {
		$post = Articles::find( (string) $request['slug'] );
		if ( null === $post ) {
			return Http::not_found( 'Article' );
		}
		$body  = Input::json_body( $request );
		$value = $body['value'] ?? null;
		if ( ! is_int( $value ) || $value < 1 || $value > 5 ) {
			$message = 'La note doit être un entier de 1 à 5.';
			return Http::error( 400, 'validation', $message, array( 'value' => $message ) );
		}
		$reader_key = Input::header( $request, 'Reader-Key' );
		if ( strlen( $reader_key ) > 200 ) {
			return Http::error( 400, 'validation', 'L’en-tête Reader-Key est trop long.' );
		}
		return new WP_REST_Response( Ratings::vote( $post->ID, $value, $reader_key ) );
	}

	public function author( WP_REST_Request $request ): WP_REST_Response {
		$user = get_user_by( 'slug', sanitize_title( (string) $request['slug'] ) );
		// Only people who signed a published post are authors (no user listing through this route).
		if ( ! $user instanceof WP_User || 0 === (int) count_user_posts( $user->ID, 'post', true ) ) {
			return Http::not_found( 'Auteur' );
		}
		return new WP_REST_Response( Article_Mapper::author( $user->ID ) );
	}

	public function categories(): WP_REST_Response {
		$terms  = get_terms(
			array(
				'taxonomy'   => 'category',
				'hide_empty' => false,
				'orderby'    => 'term_id',
				'order'      => 'ASC',
			)
		);
		$counts = Articles::category_counts();
		$items  = array();
		foreach ( is_array( $terms ) ? $terms : array() as $term ) {
			if ( $term instanceof \WP_Term ) {
				$items[] = Article_Mapper::term( $term ) + array( 'articleCount' => $counts[ $term->term_id ] ?? 0 );
			}
		}
		return new WP_REST_Response( array( 'items' => $items ) );
	}
}
