import { LoadingStatus, SkeletonLines } from '@/components/skeleton'
import styles from './article-view.module.css'

/** The article's outline while it loads: title, byline, a 16:9 cover, paragraphs. */
export function ArticleSkeleton() {
  return (
    <div className={styles.article}>
      <LoadingStatus />
      <div aria-hidden="true">
        <SkeletonLines lines={1} lineHeight={1.4} className={styles.category} />
        <SkeletonLines lines={2} lineHeight={1.15} className={styles.title} />
        <SkeletonLines lines={1} lineHeight={1.5} className={styles.byline} />
        <div className={styles.coverSkeleton} />
        <SkeletonLines lines={8} lineHeight={1.7} />
      </div>
    </div>
  )
}
