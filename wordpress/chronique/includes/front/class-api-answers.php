<?php
/**
 * The API's answers for a page, asked inside this request: the same routes, code and JSON the app
 * would fetch (rest_do_request), so what the server writes into the page and what the app would get
 * cannot differ. Asked as a reader who is not logged in, as the app asks (it sends no WordPress nonce):
 * an editor's page gets the readers' answers too (comments closed to guests, and so on).
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique\Front;

use WP_REST_Request;

use const Chronique\REST_NAMESPACE;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Api_Answers {

	/** The app's page sizes (src/features/articles/api/articles-api.ts, comments-api.ts). */
	public const ARTICLES_PAGE_SIZE = 12;
	public const COMMENTS_PAGE_SIZE = 20;

	/**
	 * @param array<string, string|int> $query
	 * @return array{status: int, data: mixed}
	 */
	public static function get( string $route, array $query = array() ): array {
		$user = get_current_user_id();
		if ( 0 !== $user ) {
			wp_set_current_user( 0 );
		}
		try {
			$request = new WP_REST_Request( 'GET', '/' . REST_NAMESPACE . $route );
			// As they come in an address: text.
			$request->set_query_params( array_map( 'strval', $query ) );
			$response = rest_do_request( $request );
			$data     = rest_get_server()->response_to_data( $response, false );
			return array(
				'status' => $response->get_status(),
				'data'   => $data,
			);
		} finally {
			if ( 0 !== $user ) {
				wp_set_current_user( $user );
			}
		}
	}

	/** @return array{status: int, data: mixed} */
	public static function article( string $slug ): array {
		return self::get( '/articles/' . $slug );
	}

	/** @return array{status: int, data: mixed} */
	public static function first_comments( string $slug, string $sort ): array {
		return self::get(
			'/articles/' . $slug . '/comments',
			array(
				'sort'  => $sort,
				'limit' => self::COMMENTS_PAGE_SIZE,
			)
		);
	}

	/**
	 * @param array{page: int, q?: string, category?: string, author?: string} $params
	 * @return array{status: int, data: mixed}
	 */
	public static function articles( array $params ): array {
		return self::get( '/articles', $params + array( 'pageSize' => self::ARTICLES_PAGE_SIZE ) );
	}

	/** @return array{status: int, data: mixed} */
	public static function author( string $slug ): array {
		return self::get( '/authors/' . $slug );
	}

	/** @return array{status: int, data: mixed} */
	public static function categories(): array {
		return self::get( '/categories' );
	}
}
