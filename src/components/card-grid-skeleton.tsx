import { SkeletonLines } from './skeleton'
import styles from './card-grid.module.css'

interface CardGridSkeletonProps {
  count: number
  /** A front page: the first card is the lead, as wide as the grid. */
  hasLead?: boolean
}

/** Grey cards in the cards' own grid (card-grid.module.css), so the real ones replace them in place. */
export function CardGridSkeleton({ count, hasLead = false }: CardGridSkeletonProps) {
  return (
    <ol className={styles.grid} data-layout={hasLead ? 'front' : 'list'} aria-hidden="true">
      {Array.from({ length: count }, (_, index) => {
        const isLead = hasLead && index === 0
        return (
          <li key={index}>
            <div className={styles.card} data-lead={isLead ? '' : undefined}>
              <div className={styles.cover} />
              <SkeletonLines lines={isLead ? 4 : 3} lineHeight={1.3} className={styles.lines} />
            </div>
          </li>
        )
      })}
    </ol>
  )
}
