<?php
/**
 * Secrets and hashes. Reader keys, idempotency keys, edit tokens and addresses are never stored as
 * they came: only keyed hashes (HMAC-SHA256 with a random secret kept in an option) are.
 *
 * An edit token is derived from the reader's idempotency key and a random nonce, keyed with the
 * secret and a wp-config salt: the token itself is never stored (only its hash), yet a retry of the
 * same POST (same Idempotency-Key) can be answered with the same token, as the contract requires.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Keys {

	public const OPTION = 'chronique_secret';

	public static function secret(): string {
		$secret = get_option( self::OPTION );
		if ( ! is_string( $secret ) || strlen( $secret ) < 64 ) {
			$secret = bin2hex( random_bytes( 32 ) );
			update_option( self::OPTION, $secret, false );
		}
		return $secret;
	}

	private static function hash( string $purpose, string $value ): string {
		return hash_hmac( 'sha256', $purpose . '|' . $value, self::secret() );
	}

	public static function reader( string $reader_key ): string {
		return self::hash( 'reader', $reader_key );
	}

	public static function idempotency( string $key ): string {
		return self::hash( 'idempotency', $key );
	}

	public static function address( string $address ): string {
		return self::hash( 'address', $address );
	}

	public static function token_hash( string $token ): string {
		return self::hash( 'token', $token );
	}

	public static function new_nonce(): string {
		return bin2hex( random_bytes( 16 ) );
	}

	public static function edit_token( string $idempotency_key, string $nonce ): string {
		$raw = hash_hmac( 'sha256', 'edit|' . $idempotency_key . '|' . $nonce, self::secret() . wp_salt( 'secure_auth' ), true );
		return rtrim( strtr( base64_encode( $raw ), '+/', '-_' ), '=' );
	}

	public static function token_matches( string $token, ?string $stored_hash ): bool {
		return null !== $stored_hash && '' !== $token && hash_equals( $stored_hash, self::token_hash( $token ) );
	}

	/** The client's address as PHP sees it (REMOTE_ADDR); behind a proxy, configure the server to set it. */
	public static function client_address(): string {
		$address = isset( $_SERVER['REMOTE_ADDR'] ) ? sanitize_text_field( wp_unslash( $_SERVER['REMOTE_ADDR'] ) ) : '';
		return (string) preg_replace( '/[^0-9a-fA-F:., ]/', '', $address );
	}
}
