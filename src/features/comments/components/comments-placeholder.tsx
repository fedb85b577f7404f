import { useId, type ReactNode } from 'react'
import { LoadingStatus, SkeletonLines } from '@/components/skeleton'
import { useMessages } from '@/lib/i18n/use-messages'
import styles from './comments-section.module.css'

/**
 * The thread's outline before its code arrives: the same landmark and heading, so nothing jumps.
 * With children (an error), they replace the skeleton.
 */
export function CommentsPlaceholder({ count, children }: { count: number; children?: ReactNode }) {
  const messages = useMessages()
  const headingId = useId()
  return (
    <section className={styles.section} aria-labelledby={headingId} aria-busy={children ? undefined : true}>
      <h2 id={headingId} className={styles.heading}>
        {messages.comments.heading(count)}
      </h2>
      {children ?? (
        <>
          <LoadingStatus />
          <SkeletonLines lines={4} />
        </>
      )}
    </section>
  )
}
