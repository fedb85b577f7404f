import { use, useLayoutEffect, useRef, type MouseEvent } from 'react'
import { useNavigate } from 'react-router'
import { getLoadedSanitizer, loadSanitizer } from '@/lib/sanitize-html'
import { isSameOrigin, safeWebUrl } from '@/lib/browser/safe-url'
import styles from './article-body.module.css'

interface ArticleBodyProps {
  /** Untrusted HTML from the API. */
  html: string
  id?: string | undefined
  /** The language of the HTML's text. */
  lang?: string | undefined
}

/**
 * The one component that puts API HTML on the page. It never uses `innerHTML`: the sanitiser builds a
 * clean DOM fragment that replaces the container's children, before the browser paints.
 */
export function ArticleBody({ html, id, lang }: ArticleBodyProps) {
  const sanitize = getLoadedSanitizer() ?? use(loadSanitizer())
  const containerRef = useRef<HTMLDivElement>(null)
  const navigate = useNavigate()

  useLayoutEffect(() => {
    containerRef.current?.replaceChildren(sanitize(html))
  }, [html, sanitize])

  // Links to this site's pages navigate inside the app instead of reloading it.
  const followInternalLinks = (event: MouseEvent<HTMLDivElement>) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    ) {
      return
    }
    const link = (event.target as Element).closest('a[href]')
    const url = link && safeWebUrl(link.getAttribute('href') ?? '')
    if (!url || !isSameOrigin(url)) return
    event.preventDefault()
    void navigate(`${url.pathname}${url.search}${url.hash}`)
  }

  return <div ref={containerRef} id={id} lang={lang} className={styles.body} onClick={followInternalLinks} />
}
