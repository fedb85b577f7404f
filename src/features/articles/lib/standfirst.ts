/**
 * Whether an article's excerpt is worth showing as its standfirst, under the title: not when it is
 * word for word the body's first paragraph (a magazine that uses its opening lines as the excerpt, as
 * the model article does), which the reader then meets a few lines lower anyway.
 *
 * The body is untrusted HTML; this only reads its first paragraph's text to compare it, and never
 * puts anything of it on the page (ArticleBody does that, sanitised).
 */
export function isStandfirstShown(excerpt: string, bodyHtml: string): boolean {
  const words = comparable(excerpt)
  if (words === '') return false
  const opening = /^\s*<p(?:\s[^>]*)?>([\s\S]*?)<\/p>/i.exec(bodyHtml)?.[1]
  return opening === undefined || comparable(textOf(opening)) !== words
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

/** The text of a fragment of HTML, for comparing: tags dropped, the common entities read. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[\da-f]+|\w+);/gi, (entity, name: string) =>
      name.startsWith('#') ? String.fromCodePoint(codePoint(name)) : (ENTITIES[name.toLowerCase()] ?? entity),
    )
}

/** `#8217` or `#x2019`: the character's number. */
function codePoint(reference: string): number {
  return Number(/^#x/i.test(reference) ? `0x${reference.slice(2)}` : reference.slice(1))
}

/** Spaces of every kind (no-break ones included) as one, and no space at the ends. */
function comparable(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
