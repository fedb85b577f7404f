import { useEffect, useState } from 'react'
import { BusyButton } from '@/components/busy-button'
import { absoluteUrl } from '@/lib/metadata/document-metadata'
import { useMessages } from '@/lib/i18n/use-messages'
import { paths } from '@/lib/routing/paths'
import styles from './article-tools.module.css'

interface ArticleToolsProps {
  slug: string
  title: string
  /** Gets the page ready before the browser's print dialog opens (the comments must be loaded). */
  preparePrint: (withComments: boolean) => Promise<void>
}

type ShareState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string }

/**
 * "Partager" (the system's share sheet where there is one, the link copied otherwise) and "Imprimer",
 * with or without the comments.
 */
export function ArticleTools({ slug, title, preparePrint }: ArticleToolsProps) {
  const { articleTools: words } = useMessages()
  const [share, setShare] = useState<ShareState>({ kind: 'idle' })
  const [isPreparing, setIsPreparing] = useState(false)

  // The confirmation goes after a while; the link stays shared.
  useEffect(() => {
    if (share.kind !== 'copied') return
    const timer = window.setTimeout(() => setShare({ kind: 'idle' }), 4000)
    return () => window.clearTimeout(timer)
  }, [share])

  const shareArticle = async () => {
    const url = absoluteUrl(paths.article(slug))
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url })
        return
      } catch (error) {
        // The reader closed the sheet: nothing to do. Any other failure falls back to copying.
        if (error instanceof DOMException && error.name === 'AbortError') return
      }
    }
    try {
      await navigator.clipboard.writeText(url)
      setShare({ kind: 'copied' })
    } catch {
      setShare({ kind: 'manual', url })
    }
  }

  const print = async (withComments: boolean) => {
    setIsPreparing(true)
    try {
      await preparePrint(withComments)
    } finally {
      setIsPreparing(false)
    }
    const root = document.documentElement
    root.dataset.print = withComments ? 'with-comments' : 'article'
    window.addEventListener('afterprint', () => delete root.dataset.print, { once: true })
    window.print()
  }

  return (
    <div className={styles.tools} role="group" aria-label={words.label} data-print="hide">
      <button type="button" className="button-pill" onClick={() => void shareArticle()}>
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M18 16a3 3 0 0 0-2.4 1.2l-6.7-3.4a3 3 0 0 0 0-1.6l6.7-3.4A3 3 0 1 0 15 7l-6.7 3.4a3 3 0 1 0 0 3.2L15 17a3 3 0 1 0 3-1z"
          />
        </svg>
        {words.share}
      </button>
      <BusyButton className="button-pill" isBusy={isPreparing} onClick={() => void print(false)}>
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M7 3h10v4H7V3zm-2 5h14a2 2 0 0 1 2 2v6h-4v5H7v-5H3v-6a2 2 0 0 1 2-2zm4 8v3h6v-3H9z"
          />
        </svg>
        {words.print}
      </BusyButton>
      <BusyButton className="button-pill" isBusy={isPreparing} onClick={() => void print(true)}>
        {words.printWithComments}
      </BusyButton>
      <span className={styles.status} role="status">
        {isPreparing ? words.printPreparing : share.kind === 'copied' ? words.shareCopied : ''}
      </span>
      {share.kind === 'manual' && (
        <label className={styles.manual}>
          {words.shareCopyThis}{' '}
          <input readOnly value={share.url} onFocus={(event) => event.target.select()} autoFocus />
        </label>
      )}
    </div>
  )
}
