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

const MARK = 'data-page-metadata'

/** Absolute, for previews fetched by other sites; API image URLs may be relative. */
export function absoluteUrl(url: string): string {
  return new URL(url, window.location.origin).href
}

// Under `require-trusted-types-for 'script'` a script's text must come from a policy the CSP names.
// This one only ever receives JSON that this module serialised itself.
type JsonLdPolicy = { createScript: (json: string) => string }
let jsonLdPolicy: JsonLdPolicy | null | undefined
function scriptText(json: string): string {
  if (jsonLdPolicy === undefined) {
    const factory = (
      window as { trustedTypes?: { createPolicy: (name: string, rules: object) => JsonLdPolicy } }
    ).trustedTypes
    jsonLdPolicy =
      factory?.createPolicy('chronique-json-ld', { createScript: (text: string) => text }) ?? null
  }
  return jsonLdPolicy ? jsonLdPolicy.createScript(json) : json
}

function setTag(tag: 'meta' | 'link', key: [string, string], valueAttribute: string, value: string) {
  const selector = `${tag}[${key[0]}="${key[1]}"]`
  let element = document.head.querySelector<HTMLElement>(selector)
  if (!element) {
    element = document.createElement(tag)
    element.setAttribute(key[0], key[1])
    element.setAttribute(MARK, '')
    document.head.append(element)
  }
  element.setAttribute(valueAttribute, value)
}

function applyMetadata(metadata: DocumentMetadata): () => void {
  const description = document.head.querySelector<HTMLMetaElement>('meta[name="description"]')
  const defaultDescription = description?.content ?? null
  const canonical = absoluteUrl(metadata.canonicalPath)
  const meta = (key: string, value: string, by: 'name' | 'property' = 'property') =>
    setTag('meta', [by, key], 'content', value)

  meta('description', metadata.description, 'name')
  setTag('link', ['rel', 'canonical'], 'href', canonical)
  meta('og:type', metadata.type)
  meta('og:site_name', metadata.siteName)
  meta('og:locale', metadata.locale)
  meta('og:title', metadata.title)
  meta('og:description', metadata.description)
  meta('og:url', canonical)
  meta('twitter:card', metadata.image ? 'summary_large_image' : 'summary', 'name')
  meta('twitter:title', metadata.title, 'name')
  meta('twitter:description', metadata.description, 'name')
  if (metadata.image) {
    const image = absoluteUrl(metadata.image.url)
    meta('og:image', image)
    meta('og:image:alt', metadata.image.alt)
    meta('og:image:width', String(metadata.image.width))
    meta('og:image:height', String(metadata.image.height))
    meta('twitter:image', image, 'name')
    meta('twitter:image:alt', metadata.image.alt, 'name')
  }
  if (metadata.structuredData) {
    const script = document.createElement('script')
    script.type = 'application/ld+json'
    script.setAttribute(MARK, '')
    // `<` escaped: the text can never close the element, whatever the API sent.
    script.text = scriptText(JSON.stringify(metadata.structuredData).replace(/</g, '\\u003c'))
    document.head.append(script)
  }

  return () => {
    for (const element of document.head.querySelectorAll(`[${MARK}]`)) element.remove()
    if (description && defaultDescription !== null) description.content = defaultDescription
  }
}

/** Sets the page's metadata while it is shown; `null` while its data is not there yet. */
export function useDocumentMetadata(metadata: DocumentMetadata | null) {
  const key = metadata ? JSON.stringify(metadata) : null
  useEffect(() => {
    if (key === null) return
    return applyMetadata(JSON.parse(key) as DocumentMetadata)
  }, [key])
}
