import styles from './star-icon.module.css'

const STAR = 'M12 2.8l2.8 5.9 6.4.8-4.7 4.5 1.2 6.4L12 17.2l-5.7 3.2 1.2-6.4-4.7-4.5 6.4-.8z'

/** A star outlined in the rating colour, filled when `isFilled` (or by its parent's CSS). */
export function StarIcon({ isFilled = false, className }: { isFilled?: boolean; className?: string }) {
  return (
    <svg
      className={className ? `${styles.star} ${className}` : styles.star}
      data-filled={isFilled ? 'true' : undefined}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <path d={STAR} />
    </svg>
  )
}
