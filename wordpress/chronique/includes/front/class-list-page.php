<?php
/**
 * `{prefix}` (`?q=`, `?category=`, `?page=`): the article list and the categories. Its head is the
 * app's listMetadata() (src/routes/home/home-page.tsx), with a JSON-LD `CollectionPage` of the page's
 * articles; the lead story's cover is preloaded.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique\Front;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class List_Page extends App_Page {

	/**
	 * @param array<string, mixed>|null $list       GET /articles; null when it failed.
	 * @param array<string, mixed>|null $categories GET /categories; null when it failed.
	 */
	private function __construct(
		private readonly string $q,
		private readonly string $category,
		private readonly int $page,
		private readonly ?array $list,
		private readonly ?array $categories,
		private readonly int $status,
	) {}

	public static function load( string $q, string $category, int $page ): self {
		$list       = Api_Answers::articles( self::params( $q, $category, $page ) );
		$categories = Api_Answers::categories();
		return new self(
			$q,
			$category,
			$page,
			200 === $list['status'] && is_array( $list['data'] ) ? $list['data'] : null,
			200 === $categories['status'] && is_array( $categories['data'] ) ? $categories['data'] : null,
			$list['status'] >= 500 ? $list['status'] : 200
		);
	}

	/**
	 * The list's parameters as the app keys them (readArticleListSearch): absent when empty.
	 *
	 * @return array{page: int, q?: string, category?: string}
	 */
	private static function params( string $q, string $category, int $page ): array {
		$params = array( 'page' => $page );
		if ( '' !== $q ) {
			$params['q'] = $q;
		}
		if ( '' !== $category ) {
			$params['category'] = $category;
		}
		return $params;
	}

	/** @return array<string, mixed>|null The list as the API gave it. */
	public function list(): ?array {
		return $this->list;
	}

	public function status(): int {
		return $this->status;
	}

	public function head(): Head {
		$title       = Words::list_title( $this->q, $this->page );
		$description = Words::list_description( $this->category_name(), $this->q );
		$url         = App_Address::list( $this->q, $this->category, $this->page );
		$data        = array(
			'@context'    => 'https://schema.org',
			'@type'       => 'CollectionPage',
			'name'        => $title,
			'description' => $description,
			'url'         => $url,
			'inLanguage'  => Words::CONTENT_LANG,
			'isPartOf'    => array(
				'@type' => 'WebSite',
				'name'  => Words::APP_NAME,
				'url'   => App_Address::url(),
			),
		);
		if ( null !== $this->list ) {
			$data['mainEntity'] = Page_Data::item_list( Page_Data::items( $this->list ), ( $this->page - 1 ) * Api_Answers::ARTICLES_PAGE_SIZE + 1 );
		}
		return new Head( $title, $description, $url, 'website', null, $data );
	}

	public function inline_data(): array {
		$data = array();
		if ( null !== $this->list ) {
			$data['list'] = array(
				'params' => self::params( $this->q, $this->category, $this->page ),
				'data'   => $this->list,
			);
		}
		if ( null !== $this->categories ) {
			$data['categories'] = array( 'data' => $this->categories );
		}
		return $data;
	}

	public function lcp_image(): ?string {
		$lead  = Page_Data::items( $this->list )[0] ?? array();
		$cover = Page_Data::image( $lead['cover'] ?? null );
		return null !== $cover ? $cover['url'] : null;
	}

	public function readable_html(): string {
		return Readable_List::html( $this->q, $this->category, $this->category_name(), $this->page, $this->list, $this->categories );
	}

	/** The filtered category's name, as the categories answer names it. */
	private function category_name(): ?string {
		if ( '' === $this->category ) {
			return null;
		}
		foreach ( Page_Data::items( $this->categories ) as $category ) {
			if ( Page_Data::text( $category, 'slug' ) === $this->category ) {
				return Page_Data::text( $category, 'name' );
			}
		}
		return null;
	}
}
