import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react'
import { useLocation } from 'react-router'
import { useMessages } from '@/lib/i18n/use-messages'
import { shouldKeepFocus } from '@/lib/routing/navigation-state'

interface PageHeadingProps {
  children: ReactNode
  /** The page's name in the browser tab, before " — Chronique". */
  documentTitle: string
  className?: string
  /** Lets a landmark (the article) take the heading as its accessible name. */
  id?: string
  /** When the heading's words are not in the interface's language (an article's title). */
  lang?: string
}

/**
 * The page's h1. After a client-side navigation it takes focus, so keyboard and screen reader users
 * start reading the new page from its title instead of from wherever the old page left them.
 */
export function PageHeading({ children, documentTitle, className, id, lang }: PageHeadingProps) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  const location = useLocation()
  const messages = useMessages()
  const fullTitle = messages.app.documentTitle(documentTitle)

  // In the same commit as the heading: the tab's title never lags behind the page.
  useLayoutEffect(() => {
    document.title = fullTitle
  }, [fullTitle])

  useEffect(() => {
    // 'default' is the key of the page the browser loaded: focus stays where the browser put it.
    if (location.key === 'default' || shouldKeepFocus(location.state)) return
    headingRef.current?.focus({ preventScroll: true })
  }, [location.key, location.state])

  return (
    <h1 ref={headingRef} id={id} lang={lang} tabIndex={-1} className={className}>
      {children}
    </h1>
  )
}
