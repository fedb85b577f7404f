<?php
/**
 * Comments screen: "Choose for the editors" / "Remove from the editors' picks" row actions, a
 * Reports column (count and reasons), and a "Reported" view.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique\Admin;

use Chronique\Comment_Store;
use Chronique\Reactions;
use Chronique\Text;
use WP_Comment;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Comment_Admin {

	private const ACTION = 'chronique_feature';

	/** @var array<int, array{count: int, reasons: array<string, int>, notes: string[]}>|null */
	private static ?array $reports = null;

	public static function register(): void {
		add_filter( 'comment_row_actions', array( self::class, 'row_actions' ), 10, 2 );
		add_action( 'admin_post_' . self::ACTION, array( self::class, 'handle_feature' ) );
		add_filter( 'manage_edit-comments_columns', array( self::class, 'columns' ) );
		add_action( 'manage_comments_custom_column', array( self::class, 'column' ), 10, 2 );
		add_filter( 'comment_status_links', array( self::class, 'views' ) );
		add_filter( 'comments_list_table_query_args', array( self::class, 'query_args' ) );
		add_action( 'admin_notices', array( self::class, 'notice' ) );
	}

	/**
	 * @param string[] $actions
	 * @param mixed    $comment
	 * @return string[]
	 */
	public static function row_actions( array $actions, $comment ): array {
		if ( ! $comment instanceof WP_Comment || ! current_user_can( 'edit_comment', (int) $comment->comment_ID ) ) {
			return $actions;
		}
		$row = Comment_Store::find( (int) $comment->comment_ID );
		if ( null === $row || 'published' !== $row['state'] ) {
			return $actions;
		}
		$featured = null !== $row['featured_at'];
		$url      = wp_nonce_url(
			add_query_arg(
				array(
					'action'  => self::ACTION,
					'comment' => (int) $comment->comment_ID,
					'feature' => $featured ? '0' : '1',
				),
				admin_url( 'admin-post.php' )
			),
			self::ACTION . '_' . (int) $comment->comment_ID
		);
		$label                       = $featured ? __( 'Remove from the editors\' picks', 'chronique' ) : __( 'Choose for the editors', 'chronique' );
		$actions['chronique_feature'] = '<a href="' . esc_url( $url ) . '">' . esc_html( $label ) . '</a>';
		return $actions;
	}

	public static function handle_feature(): void {
		$id = isset( $_GET['comment'] ) ? absint( wp_unslash( $_GET['comment'] ) ) : 0;
		check_admin_referer( self::ACTION . '_' . $id );
		if ( $id <= 0 || ! current_user_can( 'edit_comment', $id ) ) {
			wp_die( esc_html__( 'Sorry, you are not allowed to edit this comment.', 'chronique' ), 403 );
		}
		$feature = isset( $_GET['feature'] ) && '1' === sanitize_key( wp_unslash( $_GET['feature'] ) );
		$row     = Comment_Store::find( $id );
		if ( null !== $row && 'published' === $row['state'] ) {
			Comment_Store::update(
				$id,
				array(
					'featured_at' => $feature ? Text::now_ms() : null,
					'changed_at'  => Text::now_ms(),
				)
			);
		}
		$back = wp_get_referer();
		wp_safe_redirect( add_query_arg( 'chronique_featured', $feature ? '1' : '0', $back ? $back : admin_url( 'edit-comments.php' ) ) );
		exit;
	}

	public static function notice(): void {
		if ( ! isset( $_GET['chronique_featured'] ) || 'edit-comments' !== ( get_current_screen()->id ?? '' ) ) { // phpcs:ignore WordPress.Security.NonceVerification.Recommended
			return;
		}
		$added = '1' === sanitize_key( wp_unslash( $_GET['chronique_featured'] ) ); // phpcs:ignore WordPress.Security.NonceVerification.Recommended
		$text  = $added ? __( 'The comment is now one of the editors\' picks.', 'chronique' ) : __( 'The comment is no longer one of the editors\' picks.', 'chronique' );
		echo '<div class="notice notice-success is-dismissible"><p>' . esc_html( $text ) . '</p></div>';
	}

	/**
	 * @param array<string, string> $columns
	 * @return array<string, string>
	 */
	public static function columns( array $columns ): array {
		$columns['chronique_reports'] = __( 'Reports', 'chronique' );
		return $columns;
	}

	/** @param mixed $column */
	public static function column( $column, $comment_id ): void {
		if ( 'chronique_reports' !== $column ) {
			return;
		}
		if ( null === self::$reports ) {
			global $wp_list_table;
			$ids = array();
			if ( is_object( $wp_list_table ) && isset( $wp_list_table->items ) && is_array( $wp_list_table->items ) ) {
				foreach ( $wp_list_table->items as $item ) {
					$ids[] = $item instanceof WP_Comment ? (int) $item->comment_ID : 0;
				}
			}
			self::$reports = Reactions::reports_for( $ids ? $ids : array( (int) $comment_id ) );
		}
		$row     = Comment_Store::find( (int) $comment_id );
		$reports = self::$reports[ (int) $comment_id ] ?? null;
		if ( null !== $row && null !== $row['featured_at'] && 'published' === $row['state'] ) {
			echo '<p><strong>' . esc_html__( 'Editors\' pick', 'chronique' ) . '</strong></p>';
		}
		if ( null === $reports ) {
			echo '<span aria-hidden="true">—</span><span class="screen-reader-text">' . esc_html__( 'No reports', 'chronique' ) . '</span>';
			return;
		}
		$labels = array(
			'spam'      => __( 'Spam', 'chronique' ),
			'abuse'     => __( 'Abusive or hateful', 'chronique' ),
			'off_topic' => __( 'Off topic', 'chronique' ),
			'other'     => __( 'Other', 'chronique' ),
		);
		$parts  = array();
		foreach ( $reports['reasons'] as $reason => $count ) {
			$parts[] = ( $labels[ $reason ] ?? $reason ) . ( $count > 1 ? ' ×' . $count : '' );
		}
		echo '<strong>' . esc_html( (string) $reports['count'] ) . '</strong> — ' . esc_html( implode( ', ', $parts ) );
		foreach ( array_slice( $reports['notes'], -3 ) as $note ) {
			echo '<br><em>« ' . esc_html( $note ) . ' »</em>';
		}
	}

	/**
	 * @param array<string, string> $views
	 * @return array<string, string>
	 */
	public static function views( array $views ): array {
		$count   = count( Reactions::reported_ids() );
		$current = isset( $_GET['chronique_reported'] ); // phpcs:ignore WordPress.Security.NonceVerification.Recommended
		$url     = admin_url( 'edit-comments.php?comment_status=all&chronique_reported=1' );
		$views['chronique_reported'] = sprintf(
			'<a href="%s"%s>%s <span class="count">(%s)</span></a>',
			esc_url( $url ),
			$current ? ' class="current" aria-current="page"' : '',
			esc_html__( 'Reported', 'chronique' ),
			esc_html( number_format_i18n( $count ) )
		);
		return $views;
	}

	/**
	 * @param array<string, mixed> $args
	 * @return array<string, mixed>
	 */
	public static function query_args( array $args ): array {
		if ( isset( $_GET['chronique_reported'] ) ) { // phpcs:ignore WordPress.Security.NonceVerification.Recommended
			$ids                 = Reactions::reported_ids();
			$args['comment__in'] = $ids ? $ids : array( 0 );
		}
		return $args;
	}
}
