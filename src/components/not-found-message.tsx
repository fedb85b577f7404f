import { Link } from 'react-router'
import { useMessages } from '@/lib/i18n/use-messages'
import { paths } from '@/lib/routing/paths'
import { PageHeading } from './page-heading'
import styles from './page-message.module.css'

interface NotFoundMessageProps {
  title: string
  body: string
}

/** A page that does not exist, said plainly, with the way home (under the app's prefix, if any). */
export function NotFoundMessage({ title, body }: NotFoundMessageProps) {
  const messages = useMessages()
  return (
    <div className={styles.message}>
      <PageHeading documentTitle={title}>{title}</PageHeading>
      <p>{body}</p>
      <p>
        <Link to={paths.home()} className="button">
          {messages.app.home}
        </Link>
      </p>
    </div>
  )
}
