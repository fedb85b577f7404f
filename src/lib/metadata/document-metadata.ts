/**
 * The page's description, canonical URL, Open Graph and Twitter card tags, and structured data, for
 * link previews and search engines (set by `useDocumentMetadata`, written by `applyMetadata`).
 */
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
