<?php
/**
 * What a page tells a crawler or a link preview, as the server writes it into the page's <head>: the
 * same tags, in the same form, as the app's applyMetadata() (src/lib/metadata/), and marked as the
 * app marks its own (`data-page-metadata`), so the app updates them after it starts and takes them
 * away when the reader moves to another page. The server adds what the app does not set: JSON-LD for
 * the list (`CollectionPage`) and an author (`ProfilePage`), and `noindex` on a page that is not found.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique\Front;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Head {

	/** The app's own mark for a page's head tags (src/lib/metadata/apply-document-metadata.ts). */
	private const MARK = 'data-page-metadata';

	/**
	 * @param string                                                        $title     As in the page's heading (without " — Chronique").
	 * @param string|null                                                   $canonical Absolute; null for a page that is not found.
	 * @param 'website'|'article'|'profile'                                 $type
	 * @param array{url: string, alt: string, width: int, height: int}|null $image
	 * @param array<string, mixed>|null                                     $structured_data
	 */
	public function __construct(
		public readonly string $title,
		public readonly string $description,
		public readonly ?string $canonical,
		public readonly string $type = 'website',
		public readonly ?array $image = null,
		public readonly ?array $structured_data = null,
		public readonly bool $noindex = false,
	) {}

	private bool $bare = false;

	/** Only a title (as is) and a description: the app's shell, which every page's tags replace. */
	public static function bare( string $title, string $description ): self {
		$head       = new self( $title, $description, null );
		$head->bare = true;
		return $head;
	}

	/** The tab's title: "Titre — Chronique". */
	public function document_title(): string {
		return Words::document_title( $this->title );
	}

	public function html(): string {
		if ( $this->bare ) {
			return '<title>' . esc_html( $this->title ) . "</title>\n    " . '<meta name="description" content="' . esc_attr( $this->description ) . '">';
		}
		$lines   = array( '<title>' . esc_html( $this->document_title() ) . '</title>' );
		$lines[] = self::meta( 'name', 'description', $this->description );
		if ( $this->noindex ) {
			$lines[] = '<meta name="robots" content="noindex" ' . self::MARK . '>';
		}
		if ( null !== $this->canonical ) {
			$lines[] = '<link rel="canonical" href="' . esc_url( $this->canonical ) . '" ' . self::MARK . '>';
		}
		$lines[] = self::meta( 'property', 'og:type', $this->type );
		$lines[] = self::meta( 'property', 'og:site_name', Words::APP_NAME );
		$lines[] = self::meta( 'property', 'og:locale', Words::OG_LOCALE );
		$lines[] = self::meta( 'property', 'og:title', $this->title );
		$lines[] = self::meta( 'property', 'og:description', $this->description );
		if ( null !== $this->canonical ) {
			$lines[] = self::meta( 'property', 'og:url', $this->canonical );
		}
		$lines[] = self::meta( 'name', 'twitter:card', null !== $this->image ? 'summary_large_image' : 'summary' );
		$lines[] = self::meta( 'name', 'twitter:title', $this->title );
		$lines[] = self::meta( 'name', 'twitter:description', $this->description );
		if ( null !== $this->image ) {
			$image   = App_Address::absolute( $this->image['url'] );
			$lines[] = self::meta( 'property', 'og:image', $image );
			$lines[] = self::meta( 'property', 'og:image:alt', $this->image['alt'] );
			$lines[] = self::meta( 'property', 'og:image:width', (string) $this->image['width'] );
			$lines[] = self::meta( 'property', 'og:image:height', (string) $this->image['height'] );
			$lines[] = self::meta( 'name', 'twitter:image', $image );
			$lines[] = self::meta( 'name', 'twitter:image:alt', $this->image['alt'] );
		}
		if ( null !== $this->structured_data ) {
			$lines[] = '<script type="application/ld+json" ' . self::MARK . '>' . Inline_Json::encode( $this->structured_data ) . '</script>';
		}
		return implode( "\n    ", $lines );
	}

	private static function meta( string $by, string $key, string $value ): string {
		return '<meta ' . $by . '="' . esc_attr( $key ) . '" content="' . esc_attr( $value ) . '" ' . self::MARK . '>';
	}
}
