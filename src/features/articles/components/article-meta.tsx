import type { ArticleSummary } from '@/lib/api-schemas'
import { formatDateTime, formatLongDate } from '@/lib/i18n/format'
import { useMessages } from '@/lib/i18n/use-messages'

/** `<time>` with the long date ("8 mars 2016") and the exact moment on hover. */
export function PublicationDate({ publishedAt }: Pick<ArticleSummary, 'publishedAt'>) {
  const { locale } = useMessages()
  return (
    <time dateTime={publishedAt} title={formatDateTime(publishedAt, locale)}>
      {formatLongDate(publishedAt, locale)}
    </time>
  )
}
