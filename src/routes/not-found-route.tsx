import { NotFoundMessage } from '@/components/not-found-message'
import { useMessages } from '@/lib/i18n/use-messages'

export function NotFoundRoute() {
  const { notFound } = useMessages()
  return <NotFoundMessage title={notFound.title} body={notFound.body} />
}
