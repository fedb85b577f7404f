import { Fragment, useMemo } from 'react'
import { splitLinks } from '../lib/autolink'

/** A blank line (or more) between two paragraphs, with the spaces around it. */
const PARAGRAPH_BREAK = /([^\S\n]*\n){2,}[^\S\n]*/g

/**
 * A comment's text: line breaks kept, web addresses as links, nothing else interpreted. Paragraphs
 * (text between blank lines) are set apart by half a line instead of a whole blank one; the blank
 * lines themselves stay in the text (hidden), so the comment's text is the text its author wrote.
 */
export function CommentBody({ body, className }: { body: string; className?: string }) {
  const paragraphs = useMemo(
    () => splitParagraphs(body).map(({ text, breakAfter }) => ({ parts: splitLinks(text), breakAfter })),
    [body],
  )
  return (
    <p className={className} dir="auto">
      {paragraphs.map(({ parts, breakAfter }, index) => (
        <Fragment key={index}>
          <span data-paragraph="">
            {parts.map((part, partIndex) =>
              part.kind === 'link' ? (
                <a key={partIndex} href={part.href} rel="nofollow ugc noopener noreferrer">
                  {part.text}
                </a>
              ) : (
                part.text
              ),
            )}
          </span>
          {breakAfter && <span hidden>{breakAfter}</span>}
        </Fragment>
      ))}
    </p>
  )
}

function splitParagraphs(body: string): { text: string; breakAfter: string }[] {
  const paragraphs: { text: string; breakAfter: string }[] = []
  let last = 0
  for (const match of body.matchAll(PARAGRAPH_BREAK)) {
    paragraphs.push({ text: body.slice(last, match.index), breakAfter: match[0] })
    last = match.index + match[0].length
  }
  paragraphs.push({ text: body.slice(last), breakAfter: '' })
  return paragraphs
}
