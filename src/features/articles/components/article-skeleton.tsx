import { LoadingStatus, SkeletonLines } from '@/components/skeleton'
import styles from './article-skeleton.module.css'

/**
 * The article's outline while it loads, in the article's own geometry (article-view.module.css):
 * category, title and byline, a 16:9 cover (beside them on a desktop), then paragraphs.
 */
export function ArticleSkeleton() {
  return (
    <div className={styles.article}>
      <LoadingStatus />
      <div className={styles.header} aria-hidden="true">
        <div>
          <SkeletonLines lines={1} lineHeight={1.4} className={styles.category} />
          <SkeletonLines lines={3} lineHeight={1.15} className={styles.title} />
          <SkeletonLines lines={1} lineHeight={1.5} className={styles.byline} />
        </div>
        <div className={styles.cover} />
      </div>
      <SkeletonLines lines={8} lineHeight={1.7} className={styles.body} />
    </div>
  )
}
