<?php
/**
 * Comments → Chronique guide: what editors need to know, on one short page.
 *
 * @package Chronique
 */

declare(strict_types=1);

namespace Chronique\Admin;

use Chronique\Settings;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class Guide_Page {

	public static function render(): void {
		if ( ! current_user_can( 'moderate_comments' ) ) {
			wp_die( esc_html__( 'Sorry, you are not allowed to read this page.', 'chronique' ), 403 );
		}
		$items = array(
			__( 'Readers of the Chronique app comment with a name only. Their comments are ordinary WordPress comments: approve, edit, reply, mark as spam or trash them here, under Comments, as usual.', 'chronique' ),
			__( 'Held comments (Pending) are seen only by their author, marked "awaiting moderation". Approved, they appear in the app within seconds. Spam and trash never appear.', 'chronique' ),
			__( 'Settings → Discussion decides what is held. Because readers give no e-mail address, "Comment author must have a previously approved comment" holds every reader\'s comment while it is on.', 'chronique' ),
			__( '"Choose for the editors" (under a comment) puts it in the "Editors\' picks" section above the thread; the ten most recent picks show. "Remove from the editors\' picks" takes it out.', 'chronique' ),
			sprintf(
				/* translators: %d: number of reports */
				__( 'Readers can report a comment. The Reports column shows how many and why; the "Reported" view lists them. A comment reported by %d different readers goes back to Pending by itself; approving it again clears those reports.', 'chronique' ),
				Settings::report_threshold()
			),
			__( 'Your own replies (written while logged in) carry the "Staff" badge in the app, and the post author\'s the "Author" badge. A reader can never get a badge by choosing a name.', 'chronique' ),
			__( 'An author can edit or delete their comment for 15 minutes. A deleted comment that has replies stays as "deleted" to keep the conversation readable.', 'chronique' ),
		);
		?>
		<div class="wrap">
			<h1><?php echo esc_html__( 'Chronique: guide for editors', 'chronique' ); ?></h1>
			<ul class="ul-disc">
				<?php foreach ( $items as $item ) : ?>
					<li><?php echo esc_html( $item ); ?></li>
				<?php endforeach; ?>
			</ul>
		</div>
		<?php
	}
}
