import { useId, useSyncExternalStore } from 'react'
import type { Comment } from '@/lib/api-schemas'
import { useMessages } from '@/lib/i18n/use-messages'
import { commentAnchor } from '@/lib/routing/paths'
import { clearEditDraft, readEditDraft, subscribeToDrafts } from '../lib/drafts'
import { forgetOwnComment } from '../lib/own-comments'
import { KeptText } from './kept-text'
import { useThread } from './thread-context'
import styles from './comment-item.module.css'

/**
 * The reader's held comment, refused by the editors: said kindly, where the comment was, with its
 * text (or the edit they were making) to copy, until they dismiss it. Then it is forgotten.
 */
export function RefusedComment({ comment }: { comment: Comment }) {
  const { held } = useMessages().comments
  const thread = useThread()
  const titleId = useId()
  const bodyId = useId()
  const text = useSyncExternalStore(
    subscribeToDrafts,
    () => readEditDraft(comment.id) || comment.body,
    () => comment.body,
  )
  const dismiss = () => {
    clearEditDraft(comment.id)
    forgetOwnComment(comment.id)
    thread.focusAfterUpdate('heading')
  }
  return (
    <li className={styles.item}>
      <article
        id={commentAnchor(comment.id)}
        className={styles.refused}
        aria-labelledby={titleId}
        tabIndex={-1}
      >
        <p id={titleId} className={styles.refusedTitle}>
          {held.refusedTitle}
        </p>
        <p id={bodyId} className={styles.refusedBody}>
          {held.refusedBody}
        </p>
        <KeptText
          label={held.yourText}
          text={text}
          describedBy={bodyId}
          dismissLabel={held.dismiss}
          onDismiss={dismiss}
        />
      </article>
    </li>
  )
}
