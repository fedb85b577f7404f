/**
 * The page's description, canonical URL, Open Graph and Twitter card tags, and structured data, for
 * link previews and search engines. The tags live in <head>, outside React's tree, so they are set
 * here directly; each page's tags go away with it.
 */
import { useEffect } from 'react'

export interface DocumentMetadata {
  /** As in the browser tab (the page's heading sets `document.title` itself). */
  title: string
  description: string
  /** Path and query of this page's canonical address, e.g. `/articles/mon-article`. */
  canonicalPath: string
  type: 'website' | 'article' | 'profile'
  /** Open Graph locale, e.g. `fr_CA`. */
  locale: string
  siteName: string
  image?: { url: string; alt: string; width: number; height: number } | null
  /** schema.org data, e.g. an `Article`, put in a JSON-LD block. */
  structuredData?: Record<string, unknown> | null
}

/** Absolute, for previews fetched by other sites; API image URLs may be relative. */
export function absoluteUrl(url: string): string {
  return new URL(url, window.location.origin).href
}

/** Sets the page's metadata while it is shown; `null` while its data is not there yet. */
export function useDocumentMetadata(metadata: DocumentMetadata | null) {
  const key = metadata ? JSON.stringify(metadata) : null
  useEffect(() => {
    if (key === null) return
    let isShown = true
    let remove: (() => void) | null = null
    import('./apply-document-metadata')
      .then(({ applyMetadata }) => {
        if (isShown) remove = applyMetadata(JSON.parse(key) as DocumentMetadata)
      })
      // Code that cannot load (offline after a deployment) only leaves index.html's defaults.
      .catch(() => {})
    return () => {
      isShown = false
      remove?.()
    }
  }, [key])
}
