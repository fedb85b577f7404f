import { useRef, useState, useSyncExternalStore } from 'react'
import { useMessages } from '@/lib/i18n/use-messages'
import { reportedComments } from '../lib/device-ids'
import { ReportDialog } from './report-dialog'
import actionStyles from './comment-actions.module.css'

/**
 * "Signaler", or "Signalé" once this device reported the comment (remembered across reloads). The
 * dialog is only in the page once the reader opened it: a long thread carries no thousand forms.
 */
export function ReportButton({ commentId }: { commentId: string }) {
  const { report: words } = useMessages().comments
  const buttonRef = useRef<HTMLButtonElement>(null)
  const [isOpen, setIsOpen] = useState(false)
  const [wasOpened, setWasOpened] = useState(false)
  const isReported = useSyncExternalStore(
    reportedComments.subscribe,
    () => reportedComments.has(commentId),
    () => false,
  )
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={actionStyles.action}
        // Not `disabled`: focus comes back here when the dialog closes, and stays in the Tab order.
        aria-disabled={isReported ? true : undefined}
        title={isReported ? words.reportedHint : undefined}
        onClick={() => {
          if (isReported) return
          setWasOpened(true)
          setIsOpen(true)
        }}
      >
        {isReported ? words.reported : words.open}
      </button>
      {wasOpened && (
        <ReportDialog
          commentId={commentId}
          isOpen={isOpen}
          onClose={() => {
            setIsOpen(false)
            buttonRef.current?.focus()
          }}
        />
      )}
    </>
  )
}
