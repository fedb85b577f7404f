import { useId } from 'react'
import type { PostState } from '../api/create-comment'
import { useMessages } from '@/lib/i18n/use-messages'
import { trimmed } from '../lib/comment-rules'
import { CommentBody } from './comment-body'
import styles from './comment-item.module.css'

/** A comment the server has not confirmed yet, shown where it will appear. */
export function PendingComment({ post }: { post: PostState }) {
  const { comments } = useMessages()
  const nameId = useId()
  return (
    <li className={styles.item}>
      <article className={styles.comment} data-pending="true" aria-busy="true" aria-labelledby={nameId}>
        <header className={styles.header}>
          <bdi id={nameId} className={styles.author}>
            {trimmed(post.variables.authorName)}
          </bdi>
          <span className={styles.status}>
            {post.isPaused ? comments.waitingForNetwork : comments.sending}
          </span>
        </header>
        <CommentBody body={trimmed(post.variables.body)} className={styles.body} />
        {post.isPaused && <p className={styles.statusHint}>{comments.waitingForNetworkHint}</p>}
      </article>
    </li>
  )
}
