import { formatInteger } from '@/lib/i18n/format'
import { useMessages } from '@/lib/i18n/use-messages'
import type { useLikeComment } from '../api/like-comment'
import actionStyles from './comment-actions.module.css'
import styles from './like-button.module.css'

interface LikeButtonProps {
  likeCount: number
  like: ReturnType<typeof useLikeComment>
}

/**
 * "J'aime" and its count, a toggle: pressed (a filled heart, not colour alone) once this device liked
 * it. Its name carries the count ("J'aime, 3"), so a screen reader hears both; the visible words are
 * in the name, as voice control needs.
 */
export function LikeButton({ likeCount, like }: LikeButtonProps) {
  const { comments: words, locale } = useMessages()
  return (
    <button
      type="button"
      className={`${actionStyles.action} ${styles.like}`}
      aria-pressed={like.isLiked}
      aria-label={words.likes.label(likeCount)}
      onClick={like.toggle}
    >
      <Heart isFilled={like.isLiked} />
      <span>{words.likes.like}</span> <span className={styles.count}>{formatInteger(likeCount, locale)}</span>
    </button>
  )
}

/** On the reader's own comment: how many liked it, nothing to press. */
export function LikeCount({ likeCount }: { likeCount: number }) {
  const { comments: words } = useMessages()
  if (likeCount === 0) return null
  return (
    <span className={styles.ownCount}>
      <Heart isFilled={false} />
      {words.likes.count(likeCount)}
    </span>
  )
}

function Heart({ isFilled }: { isFilled: boolean }) {
  return (
    <svg className={styles.heart} viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
      <path
        d="M12 20.5s-7.5-4.6-9.2-9.4C1.7 8 3.6 4.5 7.1 4.5c2.1 0 3.6 1.2 4.9 3 1.3-1.8 2.8-3 4.9-3 3.5 0 5.4 3.5 4.3 6.6-1.7 4.8-9.2 9.4-9.2 9.4z"
        fill={isFilled ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth="2"
        strokeLinejoin="round"
      />
    </svg>
  )
}
