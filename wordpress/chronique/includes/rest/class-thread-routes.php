<?php
/**
 * An article's thread: GET and POST /articles/{slug}/comments, GET …/comments/changes,
 * GET …/comments/featured.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique\Rest;

use Chronique\Articles;
use Chronique\Comment_Mapper;
use Chronique\Comment_Poster;
use Chronique\Comment_Store;
use Chronique\Http;
use Chronique\Input;
use Chronique\Keys;
use Chronique\Text;
use Chronique\Thread_Query;
use WP_Error;
use WP_Post;
use WP_REST_Request;
use WP_REST_Response;

use const Chronique\REST_NAMESPACE;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Thread_Routes {

	private const DEFAULT_LIMIT = 20;
	private const MAX_LIMIT     = 100;
	public const MAX_NAME       = 80;
	public const MAX_BODY       = 5000;
	private const MAX_KEY       = 200;

	public function register(): void {
		$base   = '/articles/' . Article_Routes::SLUG . '/comments';
		$routes = array(
			array( $base, 'GET', 'list' ),
			array( $base, 'POST', 'create' ),
			array( $base . '/changes', 'GET', 'changes' ),
			array( $base . '/featured', 'GET', 'featured' ),
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
		$post = Articles::find( (string) $request['slug'] );
		if ( null === $post ) {
			return Http::not_found( 'Article' );
		}
		$sort   = Input::string_param( $request, 'sort' ) ?? 'oldest';
		$limit  = Input::int_param( $request, 'limit', self::DEFAULT_LIMIT );
		$cursor = Input::string_param( $request, 'cursor' );
		$fields = array();
		if ( ! in_array( $sort, Thread_Query::SORTS, true ) ) {
			$fields['sort'] = 'Le tri doit être « oldest », « newest » ou « popular ».';
		}
		if ( null === $limit || $limit < 1 || $limit > self::MAX_LIMIT ) {
			$fields['limit'] = sprintf( 'La limite doit être entre 1 et %d.', self::MAX_LIMIT );
		}
		$after = null;
		if ( array_key_exists( 'cursor', $request->get_query_params() ) ) {
			$after = null === $cursor ? null : Thread_Query::decode_cursor( $cursor, $sort );
			if ( null === $after ) {
				$fields['cursor'] = 'Curseur invalide.';
			}
		}
		if ( $fields || null === $limit ) {
			return Http::error( 400, 'validation', 'Paramètres invalides.', $fields );
		}
		$page    = Thread_Query::page( $post->ID, $sort, $after, $limit );
		$roots   = $page['roots'];
		$replies = Comment_Store::shown_replies( array_map( static fn ( array $row ): int => (int) $row['comment_id'], $roots ) );
		return new WP_REST_Response(
			array(
				'items'      => Comment_Mapper::trees( $roots, $replies, (int) $post->post_author ),
				'nextCursor' => $page['next'],
				'total'      => Comment_Store::published_count( $post->ID ),
			)
		);
	}

	public function create( WP_REST_Request $request ): WP_REST_Response {
		$post = Articles::find( (string) $request['slug'] );
		if ( null === $post ) {
			return Http::not_found( 'Article' );
		}
		$key = Input::header( $request, 'Idempotency-Key' );
		if ( '' !== $key && strlen( $key ) <= self::MAX_KEY ) {
			$earlier = Comment_Store::find_by_idempotency( Keys::idempotency( $key ) );
			if ( null !== $earlier ) {
				return $this->created( $earlier, Keys::edit_token( $key, (string) $earlier['token_nonce'] ) );
			}
		}
		$body      = Input::json_body( $request );
		$parent_id = 0;
		$raw_parent = is_array( $body ) && array_key_exists( 'parentId', $body ) ? $body['parentId'] : null;
		if ( is_string( $raw_parent ) ) {
			$parent = 1 === preg_match( '/^\d{1,19}$/', $raw_parent ) ? Comment_Store::find( (int) $raw_parent ) : null;
			if ( null === $parent || (int) $parent['post_id'] !== $post->ID || 'published' !== $parent['state'] ) {
				return Http::not_found( 'Commentaire parent' );
			}
			$parent_id = (int) $parent['comment_id'];
		}
		if ( ! Articles::accepts_comments( $post ) ) {
			return Http::error( 403, 'comments_closed', 'Les commentaires sont fermés pour cet article.' );
		}
		if ( '' === $key ) {
			return Http::error( 400, 'validation', 'L’en-tête Idempotency-Key est obligatoire.' );
		}
		if ( strlen( $key ) > self::MAX_KEY ) {
			return Http::error( 400, 'validation', 'L’en-tête Idempotency-Key est trop long.' );
		}
		if ( null === $body ) {
			return Http::error( 400, 'validation', 'Le corps de la requête doit être un objet JSON.' );
		}
		$fields = array();
		$name   = Input::text_field( $fields, 'authorName', $body['authorName'] ?? null, self::MAX_NAME, 'Le nom' );
		$text   = Input::text_field( $fields, 'body', $body['body'] ?? null, self::MAX_BODY, 'Le commentaire' );
		if ( null !== $raw_parent && ! is_string( $raw_parent ) ) {
			$fields['parentId'] = 'parentId doit être une chaîne ou null.';
		}
		$reader_key = Input::header( $request, 'Reader-Key' );
		if ( strlen( $reader_key ) > self::MAX_KEY ) {
			$fields['Reader-Key'] = 'L’en-tête Reader-Key est trop long.';
		}
		if ( $fields ) {
			return Http::error( 400, 'validation', 'Le commentaire n’a pas pu être publié.', $fields );
		}
		global $wpdb;
		$lock = 'chronique_' . substr( Keys::idempotency( $key ), 0, 40 );
		$wpdb->get_var( $wpdb->prepare( 'SELECT GET_LOCK(%s, 5)', $lock ) );
		try {
			$earlier = Comment_Store::find_by_idempotency( Keys::idempotency( $key ) );
			if ( null !== $earlier ) {
				return $this->created( $earlier, Keys::edit_token( $key, (string) $earlier['token_nonce'] ) );
			}
			$result = Comment_Poster::create( $post, $parent_id, $name, $text, $key, $reader_key );
		} finally {
			$wpdb->get_var( $wpdb->prepare( 'SELECT RELEASE_LOCK(%s)', $lock ) );
		}
		if ( $result instanceof WP_Error ) {
			return Comment_Refusal::answer( $result );
		}
		return $this->created( $result['row'], $result['token'] );
	}

	/** @param array<string, mixed> $row */
	private function created( array $row, string $token ): WP_REST_Response {
		$post = Articles::find_by_id( (int) $row['post_id'] ) ?? get_post( (int) $row['post_id'] );
		$json = Comment_Mapper::new_comment( $row, $post instanceof WP_Post ? (int) $post->post_author : 0, $token );
		if ( 'hidden' === $row['state'] ) {
			// Rejected at once (spam, disallowed words): its author is told it waits, as for any held comment.
			$json['status']     = 'pending';
			$json['deleted']    = false;
			$json['authorName'] = (string) $row['author_name'];
			$json['body']       = (string) $row['body'];
		}
		return new WP_REST_Response( $json, 201 );
	}

	public function changes( WP_REST_Request $request ): WP_REST_Response {
		$post = Articles::find( (string) $request['slug'] );
		if ( null === $post ) {
			return Http::not_found( 'Article' );
		}
		$since = Text::parse_iso( (string) Input::string_param( $request, 'since' ) );
		if ( null === $since ) {
			return Http::error( 400, 'validation', 'Le paramètre since doit être une date ISO 8601.', array( 'since' => 'Date ISO 8601 attendue.' ) );
		}
		$author = (int) $post->post_author;
		$items  = array_map( static fn ( array $row ): array => Comment_Mapper::flat( $row, $author ), Comment_Store::changed_since( $post->ID, $since ) );
		return new WP_REST_Response( array( 'items' => $items ) );
	}

	public function featured( WP_REST_Request $request ): WP_REST_Response {
		$post = Articles::find( (string) $request['slug'] );
		if ( null === $post ) {
			return Http::not_found( 'Article' );
		}
		$author = (int) $post->post_author;
		$items  = array_map( static fn ( array $row ): array => Comment_Mapper::flat( $row, $author ), Comment_Store::featured( $post->ID ) );
		return new WP_REST_Response( array( 'items' => $items ) );
	}
}
