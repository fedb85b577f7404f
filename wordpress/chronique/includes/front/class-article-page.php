<?php
/**
 * `{prefix}articles/{slug}`: an article and the first page of its comments (in the order `?tri=`
 * asks). Its head is the app's articleMetadata() (src/features/articles/lib/page-metadata.ts): the
 * title, the excerpt, the cover, a JSON-LD `Article`; the cover is preloaded.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique\Front;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Article_Page extends App_Page {

	/**
	 * @param string                    $slug     As in the address (the app's cache knows it by this).
	 * @param array<string, mixed>      $article  GET /articles/{slug}.
	 * @param 'oldest'|'newest'         $sort
	 * @param array<string, mixed>|null $comments GET /articles/{slug}/comments, first page; null when it failed.
	 */
	private function __construct(
		private readonly string $slug,
		private readonly array $article,
		private readonly string $sort,
		private readonly ?array $comments,
	) {}

	/** @param 'oldest'|'newest' $sort */
	public static function load( string $slug, string $sort ): App_Page {
		if ( '' === $slug || str_contains( $slug, '/' ) ) {
			return new Not_Found_Page( Words::NO_ARTICLE );
		}
		$article = Api_Answers::article( $slug );
		if ( 404 === $article['status'] ) {
			return new Not_Found_Page( Words::NO_ARTICLE );
		}
		if ( 200 !== $article['status'] || ! is_array( $article['data'] ) ) {
			return new Trouble_Page( $article['status'] );
		}
		$comments = Api_Answers::first_comments( $slug, $sort );
		return new self( $slug, $article['data'], $sort, 200 === $comments['status'] && is_array( $comments['data'] ) ? $comments['data'] : null );
	}

	/** @return array<string, mixed> The article as the API gave it. */
	public function article(): array {
		return $this->article;
	}

	public function head(): Head {
		$article  = $this->article;
		$slug     = Page_Data::text( $article, 'slug' );
		$title    = Page_Data::text( $article, 'title' );
		$excerpt  = Page_Data::text( $article, 'excerpt' );
		$cover    = Page_Data::image( $article['cover'] ?? null );
		$author   = is_array( $article['author'] ?? null ) ? $article['author'] : array();
		$category = is_array( $article['category'] ?? null ) ? $article['category'] : array();
		$url      = App_Address::article( $slug );
		$data     = array(
			'@context'         => 'https://schema.org',
			'@type'            => 'Article',
			'headline'         => $title,
			'description'      => $excerpt,
			'inLanguage'       => Words::CONTENT_LANG,
			'datePublished'    => Page_Data::text( $article, 'publishedAt' ),
			'articleSection'   => Page_Data::text( $category, 'name' ),
			'mainEntityOfPage' => $url,
		);
		if ( null !== $cover ) {
			$data['image'] = array( App_Address::absolute( $cover['url'] ) );
		}
		$data['author']    = array(
			'@type'    => 'Person',
			'name'     => Page_Data::text( $author, 'name' ),
			'jobTitle' => Page_Data::text( $author, 'role' ),
			'url'      => App_Address::author( Page_Data::text( $author, 'slug' ) ),
		);
		$data['publisher'] = Page_Data::publisher();
		return new Head( $title, $excerpt, $url, 'article', $cover, $data );
	}

	public function inline_data(): array {
		$data = array(
			'article' => array(
				'slug' => $this->slug,
				'data' => $this->article,
			),
		);
		if ( null !== $this->comments ) {
			$data['thread'] = array(
				'slug' => $this->slug,
				'sort' => $this->sort,
				'data' => $this->comments,
			);
		}
		return $data;
	}

	public function lcp_image(): ?string {
		$cover = Page_Data::image( $this->article['cover'] ?? null );
		return null !== $cover ? $cover['url'] : null;
	}

	public function readable_html(): string {
		return Readable_Article::html( $this->article );
	}
}
