import { useLocation } from 'react-router'
import { NotFoundMessage } from '@/components/not-found-message'
import { useDocumentMetadata } from '@/lib/metadata/use-document-metadata'
import { useMessages } from '@/lib/i18n/use-messages'

export function NotFoundPage() {
  const messages = useMessages()
  const { pathname } = useLocation()
  useDocumentMetadata({
    type: 'website',
    title: messages.notFound.title,
    description: messages.metadata.siteDescription,
    canonicalPath: pathname,
    siteName: messages.app.name,
    locale: messages.metadata.ogLocale,
  })
  return <NotFoundMessage title={messages.notFound.title} body={messages.notFound.body} />
}
