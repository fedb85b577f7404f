<?php
/**
 * French for the plugin's admin screens without a compiled .mo file.
 *
 * Why not a .po/.mo pair: the project's toolchain has no gettext compiler it can rely on, and a binary
 * .mo in the repository drifts from its source unnoticed. The plugin's strings are few, so a plain
 * PHP map (languages/fr.php) is applied to the "chronique" text domain for any French locale (fr_FR,
 * fr_CA, …). Strings stay standard __() calls: a real translation (a .mo loaded for the domain, e.g.
 * from translate.wordpress.org) takes precedence, because this filter only fills in strings that came
 * back untranslated.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class I18n {

	/** @var array<string, string>|null */
	private static ?array $french = null;

	public static function register(): void {
		add_filter( 'gettext_chronique', array( self::class, 'translate' ), 10, 2 );
	}

	public static function translate( string $translation, string $text ): string {
		if ( $translation !== $text || ! str_starts_with( determine_locale(), 'fr' ) ) {
			return $translation;
		}
		if ( null === self::$french ) {
			$map          = require dirname( __DIR__ ) . '/languages/fr.php';
			self::$french = is_array( $map ) ? $map : array();
		}
		return self::$french[ $text ] ?? $translation;
	}
}
