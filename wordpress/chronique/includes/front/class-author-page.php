<?php
/**
 * `{prefix}auteurs/{slug}` (`?page=`): an author and their articles. Its head is the app's
 * authorMetadata() (src/features/articles/lib/page-metadata.ts), with a JSON-LD `ProfilePage`.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique\Front;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Author_Page extends App_Page {

	/**
	 * @param string                    $slug   As in the address (the app's cache knows it by this).
	 * @param array<string, mixed>      $author GET /authors/{slug}.
	 * @param array<string, mixed>|null $list   GET /articles?author={slug}; null when it failed.
	 */
	private function __construct(
		private readonly string $slug,
		private readonly array $author,
		private readonly int $page,
		private readonly ?array $list,
	) {}

	public static function load( string $slug, int $page ): App_Page {
		if ( '' === $slug || str_contains( $slug, '/' ) ) {
			return new Not_Found_Page( Words::NO_AUTHOR );
		}
		$author = Api_Answers::author( $slug );
		if ( 404 === $author['status'] ) {
			return new Not_Found_Page( Words::NO_AUTHOR );
		}
		if ( 200 !== $author['status'] || ! is_array( $author['data'] ) ) {
			return new Trouble_Page( $author['status'] );
		}
		$list = Api_Answers::articles( self::params( $slug, $page ) );
		return new self( $slug, $author['data'], $page, 200 === $list['status'] && is_array( $list['data'] ) ? $list['data'] : null );
	}

	/** @return array{page: int, author: string} The list's parameters as the app keys them. */
	private static function params( string $slug, int $page ): array {
		return array(
			'page'   => $page,
			'author' => $slug,
		);
	}

	/** @return array<string, mixed> The author as the API gave it. */
	public function author(): array {
		return $this->author;
	}

	public function head(): Head {
		$author = $this->author;
		$name   = Page_Data::text( $author, 'name' );
		// The app's canonical address of an author is their first page.
		$url    = App_Address::author( Page_Data::text( $author, 'slug' ) );
		$avatar = Page_Data::image( $author['avatar'] ?? null );
		$links  = is_array( $author['links'] ?? null ) ? array_filter( $author['links'], 'is_array' ) : array();
		$person = array(
			'@type'       => 'Person',
			'name'        => $name,
			'description' => Page_Data::text( $author, 'bio' ),
			'jobTitle'    => Page_Data::text( $author, 'role' ),
			'url'         => $url,
		);
		if ( null !== $avatar ) {
			$person['image'] = App_Address::absolute( $avatar['url'] );
		}
		$same_as = array_values( array_filter( array_map( static fn ( array $link ): string => Page_Data::text( $link, 'url' ), $links ) ) );
		if ( $same_as ) {
			$person['sameAs'] = $same_as;
		}
		$data = array(
			'@context'    => 'https://schema.org',
			'@type'       => 'ProfilePage',
			'name'        => $name,
			'description' => Words::author_description( $name ),
			'url'         => $url,
			'inLanguage'  => Words::CONTENT_LANG,
			'mainEntity'  => $person,
		);
		return new Head( $name, Words::author_description( $name ), $url, 'profile', $avatar, $data );
	}

	public function readable_html(): string {
		return Readable_Author::html( $this->author, $this->list );
	}

	public function inline_data(): array {
		$data = array(
			'author' => array(
				'slug' => $this->slug,
				'data' => $this->author,
			),
		);
		if ( null !== $this->list ) {
			$data['list'] = array(
				'params' => self::params( $this->slug, $this->page ),
				'data'   => $this->list,
			);
		}
		return $data;
	}
}
