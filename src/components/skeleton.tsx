import { useMessages } from '@/lib/i18n/use-messages'
import styles from './skeleton.module.css'

interface SkeletonLinesProps {
  lines?: number
  /** Height of one line in `em`, to match the text it stands for. */
  lineHeight?: number
  className?: string
}

/** Grey bars in the shape of the text to come, so nothing jumps when it arrives. */
export function SkeletonLines({ lines = 3, lineHeight = 1.6, className }: SkeletonLinesProps) {
  return (
    <div className={className} aria-hidden="true">
      {Array.from({ length: lines }, (_, index) => (
        <div
          key={index}
          className={styles.line}
          style={{ height: `${lineHeight}em`, width: index === lines - 1 && lines > 1 ? '62%' : '100%' }}
        />
      ))}
    </div>
  )
}

/** Announces loading once to screen readers, while the skeleton itself stays silent. */
export function LoadingStatus({ label }: { label?: string }) {
  const messages = useMessages()
  return (
    <p role="status" className="visually-hidden">
      {label ?? messages.app.loading}
    </p>
  )
}
