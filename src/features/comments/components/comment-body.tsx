import { useMemo } from 'react'
import { splitLinks } from '../lib/autolink'

/** A comment's text: line breaks kept, web addresses as links, nothing else interpreted. */
export function CommentBody({ body, className }: { body: string; className?: string }) {
  const parts = useMemo(() => splitLinks(body), [body])
  return (
    <p className={className} dir="auto">
      {parts.map((part, index) =>
        part.kind === 'link' ? (
          <a key={index} href={part.href} rel="nofollow ugc noopener noreferrer">
            {part.text}
          </a>
        ) : (
          part.text
        ),
      )}
    </p>
  )
}
