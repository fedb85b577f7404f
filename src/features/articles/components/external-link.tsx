import type { ReactNode } from 'react'
import { useMessages } from '@/lib/i18n/use-messages'
import { safeWebUrl } from '@/lib/browser/safe-url'
import styles from './external-link.module.css'

interface ExternalLinkProps {
  /** Untrusted: anything but an http(s) address is shown as plain text. */
  href: string
  children: ReactNode
  className?: string
}

/** A link to another site, marked as such for everyone (icon) and for screen readers (text). */
export function ExternalLink({ href, children, className }: ExternalLinkProps) {
  const { article } = useMessages()
  const url = safeWebUrl(href)
  if (!url) return <span className={className}>{children}</span>
  return (
    <a href={url.href} rel="noopener noreferrer" className={className}>
      {children}
      <svg className={styles.icon} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path
          d="M9 2h5v5h-1.5V4.6L7.1 10 6 8.9l5.4-5.4H9V2zM3 4h4v1.5H3.5v7h7V9H12v5H2V4h1z"
          fill="currentColor"
        />
      </svg>
      <span className="visually-hidden"> {article.externalSite}</span>
    </a>
  )
}
