<?php
/**
 * One kind of page the plugin serves with the app (the list, an article, an author, not found…):
 * its status, its head, the API answers its first screen reads, its largest image, and its readable
 * content. Document turns one into the app's index.html for that address.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique\Front;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

abstract class App_Page {

	public function status(): int {
		return 200;
	}

	/** Title, description, canonical address, Open Graph, Twitter card, JSON-LD. */
	abstract public function head(): Head;

	/**
	 * The API's answers the page's first screen reads, for the app to adopt instead of asking again
	 * (src/app/server-data.ts): `article`, `thread`, `list`, `author`, `categories`, each with what
	 * names it in the app's query cache (a slug, a sort, the list's parameters) and the answer as the
	 * API gave it (`data`).
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public function inline_data(): array {
		return array();
	}

	/** The address of the image the first screen's largest paint will be, to preload; null when none. */
	public function lcp_image(): ?string {
		return null;
	}

	/**
	 * The page's readable content as HTML — for the article its title, byline, cover and sanitised body;
	 * for the list and an author their first page of cards — in its own container
	 * (Readable_Html::frame()) beside the app's root element, so that a reader without JavaScript, a
	 * crawler and a slow phone read the page before the app runs. The app renders its page unseen, then
	 * removes this one in the same frame (src/features/server-page/hand-off.ts). '' for pages without
	 * one (not found, the shell): the app's own first render is all there is.
	 */
	public function readable_html(): string {
		return '';
	}
}
