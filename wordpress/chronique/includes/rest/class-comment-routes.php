<?php
/**
 * One comment: GET, PATCH and DELETE /comments/{id}, POST and DELETE /comments/{id}/likes,
 * POST /comments/{id}/reports.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique\Rest;

use Chronique\Articles;
use Chronique\Comment_Editor;
use Chronique\Comment_Mapper;
use Chronique\Comment_Store;
use Chronique\Http;
use Chronique\Input;
use Chronique\Keys;
use Chronique\Rate_Limiter;
use Chronique\Reactions;
use Chronique\Text;
use WP_Post;
use WP_REST_Request;
use WP_REST_Response;

use const Chronique\REST_NAMESPACE;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Comment_Routes {

	private const MAX_NOTE = 500;
	private const MAX_KEY  = 200;

	public function register(): void {
		$base   = '/comments/(?P<id>[^/]+)';
		$routes = array(
			array( $base, 'GET', 'show' ),
			array( $base, 'PATCH', 'edit' ),
			array( $base, 'DELETE', 'delete' ),
			array( $base . '/likes', 'POST', 'like' ),
			array( $base . '/likes', 'DELETE', 'unlike' ),
			array( $base . '/reports', 'POST', 'report' ),
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

	/**
	 * The comment and its article, when both exist for readers (any state but removed).
	 *
	 * @return array{0: array<string, mixed>, 1: WP_Post}|null
	 */
	private static function find( WP_REST_Request $request ): ?array {
		$id = (string) $request['id'];
		if ( 1 !== preg_match( '/^\d{1,19}$/', $id ) ) {
			return null;
		}
		$row  = Comment_Store::find( (int) $id );
		$post = null !== $row ? Articles::find_by_id( (int) $row['post_id'] ) : null;
		return null !== $row && null !== $post && 'removed' !== $row['state'] ? array( $row, $post ) : null;
	}

	private static function not_found(): WP_REST_Response {
		return Http::not_found( 'Commentaire' );
	}

	public function show( WP_REST_Request $request ): WP_REST_Response {
		$found = self::find( $request );
		if ( null === $found ) {
			return self::not_found();
		}
		[ $row, $post ] = $found;
		$as_author      = Keys::token_matches( Input::header( $request, 'Edit-Token' ), null === $row['token_hash'] ? null : (string) $row['token_hash'] );
		$readable       = 'published' === $row['state'] || ( 'pending' === $row['state'] && $as_author ) || 1 === (int) $row['shown'];
		if ( ! $readable ) {
			return self::not_found();
		}
		return new WP_REST_Response( Comment_Mapper::flat( $row, (int) $post->post_author, $as_author ) );
	}

	/** 404 unless the comment is the author's to change, 403 unless the token is right and in time. */
	private static function authorise( WP_REST_Request $request ): array|WP_REST_Response {
		$found = self::find( $request );
		if ( null === $found || ! in_array( $found[0]['state'], array( 'published', 'pending' ), true ) ) {
			return self::not_found();
		}
		$row = $found[0];
		if ( ! Keys::token_matches( Input::header( $request, 'Edit-Token' ), null === $row['token_hash'] ? null : (string) $row['token_hash'] ) ) {
			return Http::error( 403, 'forbidden', 'Ce commentaire ne peut être modifié qu’avec son jeton d’édition.' );
		}
		if ( ! Comment_Mapper::is_editable_now( $row ) ) {
			return Http::error( 403, 'forbidden', 'Le délai de modification de ce commentaire est écoulé.' );
		}
		return $found;
	}

	public function edit( WP_REST_Request $request ): WP_REST_Response {
		$found = self::authorise( $request );
		if ( $found instanceof WP_REST_Response ) {
			return $found;
		}
		[ $row, $post ] = $found;
		$body           = Input::json_body( $request );
		$fields         = array();
		$text           = Input::text_field( $fields, 'body', $body['body'] ?? null, Thread_Routes::MAX_BODY, 'Le commentaire' );
		if ( null === $body || $fields ) {
			return Http::error( 400, 'validation', 'Le commentaire n’a pas pu être modifié.', $fields );
		}
		$row = Comment_Editor::edit( $row, $text );
		return new WP_REST_Response( Comment_Mapper::flat( $row, (int) $post->post_author, true ) );
	}

	public function delete( WP_REST_Request $request ): WP_REST_Response {
		$found = self::authorise( $request );
		if ( $found instanceof WP_REST_Response ) {
			return $found;
		}
		Comment_Editor::delete( $found[0] );
		return new WP_REST_Response( null, 204 );
	}

	/**
	 * A published comment and the request's reader key, or the error to answer.
	 *
	 * @return array{0: array<string, mixed>, 1: string}|WP_REST_Response
	 */
	private static function reaction_target( WP_REST_Request $request ): array|WP_REST_Response {
		$found = self::find( $request );
		if ( null === $found || 'published' !== $found[0]['state'] ) {
			return self::not_found();
		}
		$key = Input::header( $request, 'Reader-Key' );
		if ( '' === $key || strlen( $key ) > self::MAX_KEY ) {
			return Http::error( 400, 'validation', 'L’en-tête Reader-Key est obligatoire (200 caractères au plus).', array( 'Reader-Key' => 'Clé de lecteur manquante ou invalide.' ) );
		}
		return array( $found[0], $key );
	}

	public function like( WP_REST_Request $request ): WP_REST_Response {
		$target = self::reaction_target( $request );
		if ( $target instanceof WP_REST_Response ) {
			return $target;
		}
		$wait = Rate_Limiter::hit( 'like' );
		if ( $wait > 0 ) {
			return Http::error( 429, 'rate_limited', 'Trop de mentions « J’aime » en peu de temps.', array(), array( 'Retry-After' => (string) $wait ) );
		}
		return new WP_REST_Response( Reactions::like( (int) $target[0]['comment_id'], $target[1] ) );
	}

	public function unlike( WP_REST_Request $request ): WP_REST_Response {
		$target = self::reaction_target( $request );
		if ( $target instanceof WP_REST_Response ) {
			return $target;
		}
		return new WP_REST_Response( Reactions::unlike( (int) $target[0]['comment_id'], $target[1] ) );
	}

	public function report( WP_REST_Request $request ): WP_REST_Response {
		$target = self::reaction_target( $request );
		if ( $target instanceof WP_REST_Response ) {
			return $target;
		}
		$body   = Input::json_body( $request );
		$reason = $body['reason'] ?? null;
		$note   = $body['note'] ?? '';
		$fields = array();
		if ( ! is_string( $reason ) || ! in_array( $reason, Reactions::REASONS, true ) ) {
			$fields['reason'] = 'Le motif doit être spam, abuse, off_topic ou other.';
		}
		if ( null !== $note && ( ! is_string( $note ) || ! Text::is_utf8( $note ) ) ) {
			$fields['note'] = 'La note doit être un texte.';
			$note           = '';
		}
		$note = Text::trim( (string) $note );
		if ( Text::length( $note ) > self::MAX_NOTE ) {
			$fields['note'] = sprintf( 'La note ne peut dépasser %d caractères.', self::MAX_NOTE );
		} elseif ( 'other' === $reason && '' === $note && ! isset( $fields['note'] ) ) {
			$fields['note'] = 'Précisez le motif du signalement.';
		}
		if ( null === $body || $fields ) {
			return Http::error( 400, 'validation', 'Le signalement n’a pas pu être envoyé.', $fields );
		}
		$wait = Rate_Limiter::hit( 'report' );
		if ( $wait > 0 ) {
			return Http::error( 429, 'rate_limited', 'Trop de signalements en peu de temps.', array(), array( 'Retry-After' => (string) $wait ) );
		}
		Reactions::report( (int) $target[0]['comment_id'], $target[1], (string) $reason, $note );
		return new WP_REST_Response( null, 202 );
	}
}
