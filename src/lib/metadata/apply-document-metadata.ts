/**
 * Writes a page's metadata into <head> (see use-document-metadata.ts): its own chunk, loaded after the
 * page has rendered, as nothing of it is needed for the first paint.
 */
import { absoluteUrl, type DocumentMetadata } from './document-metadata'

const MARK = 'data-page-metadata'

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

export function applyMetadata(metadata: DocumentMetadata): () => void {
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
