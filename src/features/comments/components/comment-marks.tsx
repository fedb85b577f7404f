import type { AuthorBadge as Badge } from '@/lib/api-schemas'
import { useMessages } from '@/lib/i18n/use-messages'
import styles from './comment-marks.module.css'

/**
 * "Auteur" (the article's author) or "Rédaction" (the editors): only from the API's `authorBadge`,
 * never from a name, which any reader can type. A tag with its own colours, not just bold text.
 */
export function AuthorBadge({ badge, className = '' }: { badge: Badge | null; className?: string }) {
  const { badges } = useMessages().comments
  if (badge === null) return null
  return (
    <span
      className={`${styles.badge} ${className}`}
      data-badge={badge}
      title={badge === 'author' ? badges.authorHint : badges.staffHint}
    >
      {badge === 'author' ? badges.author : badges.staff}
    </span>
  )
}

/** "Choix de la rédaction": the editors picked this comment (it is also listed above the thread). */
export function PickMark({ className = '' }: { className?: string }) {
  const { picks } = useMessages().comments
  return (
    <span className={`${styles.pick} ${className}`}>
      <svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true">
        <path
          d="M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z"
          fill="currentColor"
        />
      </svg>
      {picks.mark}
    </span>
  )
}
