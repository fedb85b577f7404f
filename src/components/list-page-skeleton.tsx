import { CardGridSkeleton } from './card-grid-skeleton'
import { SkeletonLines } from './skeleton'
import styles from './list-page-skeleton.module.css'

/**
 * A list page (the front page, a category, a search, an author) before its code and data are in:
 * its heading, its bar and its cards where the page will put them.
 */
export function ListPageSkeleton({ hasLead }: { hasLead: boolean }) {
  return (
    <div className={styles.page} aria-hidden="true">
      <SkeletonLines lines={2} lineHeight={1.2} className={styles.heading} />
      <div className={styles.bar} />
      <CardGridSkeleton count={hasLead ? 4 : 3} hasLead={hasLead} />
    </div>
  )
}
