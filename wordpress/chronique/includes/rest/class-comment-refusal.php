<?php
/**
 * What to answer when WordPress refuses a comment: its flood check → 429 with Retry-After, a
 * duplicate → 400, anything else by the status WordPress gave.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique\Rest;

use Chronique\Comment_Poster;
use Chronique\Http;
use Chronique\Keys;
use Chronique\Text;
use WP_Error;
use WP_REST_Response;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Comment_Refusal {

	public static function answer( WP_Error $error ): WP_REST_Response {
		$code    = $error->get_error_code();
		$data    = $error->get_error_data();
		$status  = is_int( $data ) ? $data : ( is_array( $data ) && isset( $data['status'] ) ? (int) $data['status'] : 400 );
		$message = Text::from_html( $error->get_error_message() );
		if ( 'comment_flood' === $code || 429 === $status ) {
			$wait = max( 1, Comment_Poster::seconds_to_wait( Keys::client_address(), gmdate( 'Y-m-d H:i:s' ) ) );
			return Http::error( 429, 'rate_limited', 'Trop de commentaires en peu de temps. Réessayez dans quelques secondes.', array(), array( 'Retry-After' => (string) $wait ) );
		}
		if ( 'comment_duplicate' === $code ) {
			return Http::error( 400, 'validation', 'Ce commentaire vient déjà d’être publié.', array( 'body' => 'Vous venez de publier ce même commentaire.' ) );
		}
		if ( 403 === $status ) {
			return Http::error( 403, 'forbidden', '' !== $message ? $message : 'Commentaire refusé.' );
		}
		if ( $status >= 500 ) {
			return Http::error( 500, 'internal', 'Le commentaire n’a pas pu être enregistré.' );
		}
		return Http::error( 400, 'validation', '' !== $message ? $message : 'Le commentaire n’a pas pu être publié.' );
	}
}
