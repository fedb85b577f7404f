import { useSuspenseQuery } from '@tanstack/react-query'
import { useId, type MouseEvent } from 'react'
import { ErrorBoundary } from 'react-error-boundary'
import { Link, useLocation } from 'react-router'
import type { Comment } from '@/lib/api-schemas'
import { formatDateTime, formatRecentDate } from '@/lib/i18n/format'
import { useMessages } from '@/lib/i18n/use-messages'
import { keepFocusState } from '@/lib/routing/navigation-state'
import { commentAnchor, readCommentPermalink } from '@/lib/routing/paths'
import { commentQueries } from '../api/comment-queries'
import { landOnComment } from '../lib/scroll-to-comment'
import { CommentBody } from './comment-body'
import { AuthorBadge } from './comment-marks'
import { useThread } from './thread-context'
import styles from './editors-picks.module.css'

/**
 * "Choix de la rédaction": the comments the editors chose, above the thread, each with a link to its
 * place in the thread (a permalink: pages load until it is there). The picks are an extra: if they
 * cannot be loaded, the thread shows without them.
 */
export function EditorsPicks({ slug }: { slug: string }) {
  return (
    <ErrorBoundary fallback={null}>
      <PickList slug={slug} />
    </ErrorBoundary>
  )
}

function PickList({ slug }: { slug: string }) {
  const { data: picks } = useSuspenseQuery(commentQueries.featured(slug))
  const { picks: words } = useMessages().comments
  const headingId = useId()
  if (picks.length === 0) return null
  return (
    <section className={styles.picks} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {words.heading}
      </h3>
      <ul className={styles.list}>
        {picks.map((pick) => (
          <Pick key={pick.id} pick={pick} />
        ))}
      </ul>
    </section>
  )
}

function Pick({ pick }: { pick: Comment }) {
  const { comments: words, locale } = useMessages()
  const { now } = useThread()
  const location = useLocation()
  // Already the page's permalink: following the link again changes nothing, so land on it here.
  const landAgain = (event: MouseEvent) => {
    if (readCommentPermalink(location.hash) !== pick.id) return
    const element = document.getElementById(commentAnchor(pick.id))
    if (!element) return
    event.preventDefault()
    element.focus({ preventScroll: true })
    landOnComment(element)
  }
  return (
    <li className={styles.pick}>
      <p className={`meta-row ${styles.meta}`}>
        <bdi className={styles.author}>{pick.authorName}</bdi>
        <AuthorBadge badge={pick.authorBadge} className={styles.mark} />
        <time
          dateTime={pick.createdAt}
          title={formatDateTime(pick.createdAt, locale)}
          className={styles.date}
        >
          <span aria-hidden="true">{formatRecentDate(pick.createdAt, locale, words.justNow, now)}</span>
          <span className="visually-hidden">{words.postedOn(formatDateTime(pick.createdAt, locale))}</span>
        </time>
      </p>
      <blockquote className={styles.quote}>
        <CommentBody body={pick.body} className={styles.body} />
      </blockquote>
      <Link
        to={{ search: location.search, hash: `#${commentAnchor(pick.id)}` }}
        state={keepFocusState}
        preventScrollReset
        className={styles.link}
        // Which comment, for a list of links; it starts with the visible words (voice control).
        aria-label={`${words.picks.seeInThread}${words.picks.seeInThreadWhose(pick.authorName)}`}
        onClick={landAgain}
      >
        {words.picks.seeInThread}
      </Link>
    </li>
  )
}
