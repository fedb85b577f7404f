import { useEffect, useId, useMemo, useRef, useSyncExternalStore } from 'react'
import { useAnnounce } from '@/components/live-announcer'
import { useMessages } from '@/lib/i18n/use-messages'
import { discardDraft, parseUnsentTexts, subscribeToDrafts, unsentTextsSnapshot } from '../lib/drafts'
import { KeptText } from './kept-text'
import styles from './comments-closed.module.css'

interface CommentsClosedProps {
  slug: string
  /**
   * The thread closed while it was open on screen (a post met `comments_closed`, or the article came
   * back closed): this replaces the form, so it is announced, and takes focus if the form had it.
   */
  replacesForm: boolean
}

/**
 * "Les commentaires sont fermés pour cet article.", once, where the form was. Whatever the reader had
 * typed and not posted (here or in a reply box) stays, read-only, to copy or let go.
 */
export function CommentsClosed({ slug, replacesForm }: CommentsClosedProps) {
  const { closed } = useMessages().comments
  const announce = useAnnounce()
  const unsentId = useId()
  const messageRef = useRef<HTMLParagraphElement>(null)
  const firstTextRef = useRef<HTMLTextAreaElement>(null)
  const snapshot = useSyncExternalStore(
    subscribeToDrafts,
    () => unsentTextsSnapshot(slug),
    () => '[]',
  )
  const unsent = useMemo(() => parseUnsentTexts(snapshot), [snapshot])
  const hasUnsent = unsent.length > 0

  // Once, as it replaces the form: said, and focus kept in the thread if it was in the form that went.
  const isFirstShow = useRef(replacesForm)
  useEffect(() => {
    if (!isFirstShow.current) return
    isFirstShow.current = false
    announce(hasUnsent ? `${closed.message} ${closed.unsent}` : closed.message)
    const active = document.activeElement
    const target = firstTextRef.current ?? messageRef.current
    if (active === null || active === document.body) target?.focus()
  }, [announce, closed, hasUnsent])

  return (
    <div className={styles.closed}>
      <p ref={messageRef} className={styles.message} tabIndex={-1}>
        {closed.message}
      </p>
      {hasUnsent && (
        <>
          <p id={unsentId} className={styles.unsent}>
            {closed.unsent}
          </p>
          {unsent.map(({ parentId, body }, index) => (
            <KeptText
              key={parentId ?? 'article'}
              label={closed.yourText}
              text={body}
              describedBy={unsentId}
              dismissLabel={closed.discard}
              fieldRef={index === 0 ? firstTextRef : undefined}
              onDismiss={() => {
                discardDraft(slug, parentId)
                messageRef.current?.focus()
              }}
            />
          ))}
        </>
      )}
    </div>
  )
}
