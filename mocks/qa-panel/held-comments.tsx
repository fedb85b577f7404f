/**
 * The comments held for moderation in this session (`moderated`), with an editor's two decisions. An
 * approved one reaches readers through the thread and the change feed; a refused one, nobody.
 */
import { useEffect, useId, useState } from 'react'
import type { HeldComment } from '../handlers/scenario-gate.ts'
import styles from './qa-panel.module.css'
import { QA_TEXT } from './qa-text.ts'

type Decision = 'approve' | 'reject'

export function HeldComments({ onDecided }: { onDecided: (message: string) => void }) {
  const [held, setHeld] = useState<HeldComment[] | null>(null)

  useEffect(() => {
    let current = true
    void fetch('/__mock/held-comments')
      .then((response) => response.json() as Promise<HeldComment[]>)
      .then((comments) => {
        if (current) setHeld(comments)
      })
    return () => {
      current = false
    }
  }, [])

  const decide = async (comment: HeldComment, decision: Decision) => {
    await fetch(`/__mock/comments/${encodeURIComponent(comment.id)}/${decision}`, { method: 'POST' })
    setHeld((list) => list?.filter((item) => item.id !== comment.id) ?? null)
    onDecided(
      decision === 'approve' ? QA_TEXT.approved(comment.authorName) : QA_TEXT.rejected(comment.authorName),
    )
  }

  return (
    <fieldset className={styles.group}>
      <legend>{QA_TEXT.heldComments}</legend>
      {held === null ? null : held.length === 0 ? (
        <p className={styles.note}>{QA_TEXT.noHeldComments}</p>
      ) : (
        <ul className={styles.held}>
          {held.map((comment) => (
            <HeldItem
              key={comment.id}
              comment={comment}
              onDecide={(decision) => void decide(comment, decision)}
            />
          ))}
        </ul>
      )}
    </fieldset>
  )
}

function HeldItem({ comment, onDecide }: { comment: HeldComment; onDecide: (decision: Decision) => void }) {
  const textId = useId()
  return (
    <li>
      <p className={styles.note}>
        <strong>{comment.authorName}</strong> · <code>{comment.articleSlug}</code>
      </p>
      <p id={textId} className={styles.heldText}>
        {comment.body}
      </p>
      <p className={styles.actions}>
        <button
          type="button"
          className={styles.primary}
          aria-describedby={textId}
          onClick={() => onDecide('approve')}
        >
          {QA_TEXT.approve}
        </button>
        <button
          type="button"
          className={styles.secondary}
          aria-describedby={textId}
          onClick={() => onDecide('reject')}
        >
          {QA_TEXT.reject}
        </button>
      </p>
    </li>
  )
}
