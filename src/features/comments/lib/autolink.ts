/** A comment body as plain text and links: nothing else in it is ever interpreted. */
export type BodyPart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string }

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"]+/giu
/** Punctuation that ends a sentence rather than a URL ("Voyez https://exemple.ca."). */
const TRAILING_PUNCTUATION = /[.,;:!?…’'"»)\]]+$/u

export function splitLinks(body: string): BodyPart[] {
  const parts: BodyPart[] = []
  let last = 0
  for (const match of body.matchAll(URL_PATTERN)) {
    let url = match[0]
    const trailing = TRAILING_PUNCTUATION.exec(url)?.[0] ?? ''
    url = url.slice(0, url.length - trailing.length)
    // Keep a closing parenthesis that closes one inside the URL (Wikipedia-style links).
    if (trailing.startsWith(')') && url.includes('(') && !url.includes(')')) url += ')'
    const start = match.index
    if (!isWebUrl(url)) continue
    if (start > last) parts.push({ kind: 'text', text: body.slice(last, start) })
    parts.push({ kind: 'link', text: url, href: url })
    last = start + url.length
  }
  if (last < body.length) parts.push({ kind: 'text', text: body.slice(last) })
  return parts
}

function isWebUrl(text: string): boolean {
  try {
    const url = new URL(text)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0
  } catch {
    return false
  }
}
