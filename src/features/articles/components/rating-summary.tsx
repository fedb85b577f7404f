import type { Rating } from '@/lib/api-schemas'
import { useMessages } from '@/lib/i18n/use-messages'
import { StarIcon } from './star-icon'
import styles from './rating-summary.module.css'

interface RatingSummaryProps {
  rating: Rating
  /** `compact` for meta lines: one star and the average. */
  variant?: 'full' | 'compact'
}

const STARS = [1, 2, 3, 4, 5] as const

/** Stars for the eye, one plain sentence for screen readers ("Note moyenne : 4,2 sur 5, 12 évaluations"). */
export function RatingSummary({ rating, variant = 'full' }: RatingSummaryProps) {
  const { rating: messages } = useMessages()
  if (rating.count === 0) return <span className={styles.none}>{messages.none}</span>

  const filledStars = Math.round(rating.average)
  return (
    <span className={styles.rating}>
      <span className="visually-hidden">{messages.label(rating.average, rating.count)}</span>
      <span aria-hidden="true" className={styles.visual}>
        {variant === 'full' ? (
          <>
            <span className={styles.stars}>
              {STARS.map((star) => (
                <StarIcon key={star} isFilled={star <= filledStars} />
              ))}
            </span>{' '}
            {messages.average(rating.average)} {messages.count(rating.count)}
          </>
        ) : (
          <>
            <StarIcon isFilled /> {messages.average(rating.average)}
          </>
        )}
      </span>
    </span>
  )
}
