import type { ArticleSummary } from '@/lib/api-schemas'
import { formatDateTime, formatLongDate, formatRecentDate } from '@/lib/i18n/format'
import { useMessages } from '@/lib/i18n/use-messages'

interface PublicationDateProps extends Pick<ArticleSummary, 'publishedAt'> {
  /** In a list by recency: "il y a 3 h", "hier", then the full date after a week. */
  isRelativeWhenRecent?: boolean
}

/** `<time>` with the long date ("8 mars 2016") and the exact moment on hover. */
export function PublicationDate({ publishedAt, isRelativeWhenRecent = false }: PublicationDateProps) {
  const { locale, comments } = useMessages()
  return (
    <time dateTime={publishedAt} title={formatDateTime(publishedAt, locale)}>
      {isRelativeWhenRecent
        ? formatRecentDate(publishedAt, locale, comments.justNow)
        : formatLongDate(publishedAt, locale)}
    </time>
  )
}
