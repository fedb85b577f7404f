import type { Messages } from '@/lib/i18n/fr-ca'

/** The contract's rules for comment text, checked here before the server does. */
export const MAX_NAME_LENGTH = 80
export const MAX_BODY_LENGTH = 5000
/** The character counter appears when this many characters are left. */
export const COUNTER_FROM = 500

type FormWords = Messages['comments']['form']

/** What keeps each field of a post from going, in the reader's words. */
export type FieldErrors = Partial<Record<'authorName' | 'body', string>>

/** The text as the server keeps it, so what is sent, shown while it travels and counted agree. */
export function trimmed(text: string): string {
  return text.trim()
}

/** Length as the contract counts it: characters (code points) after trimming. */
export function contractLength(text: string): number {
  return Array.from(trimmed(text)).length
}

/** What keeps a name from being posted, in the reader's words; `null` when it may go. */
function nameProblem(name: string, words: FormWords): string | null {
  const length = contractLength(name)
  if (length === 0) return words.nameRequired
  if (length > MAX_NAME_LENGTH) return words.nameTooLong(MAX_NAME_LENGTH, length)
  return null
}

/**
 * What keeps a comment's text from being posted or saved, in the reader's words; `null` when it may
 * go. An empty reply is asked for as a reply.
 */
export function bodyProblem(body: string, words: FormWords, isReply = false): string | null {
  const length = contractLength(body)
  if (length === 0) return isReply ? words.replyRequired : words.bodyRequired
  if (length > MAX_BODY_LENGTH) return words.bodyTooLong(MAX_BODY_LENGTH, length)
  return null
}

/** What keeps a post (a comment or a reply) from going, field by field. */
export function postProblems(
  authorName: string,
  body: string,
  words: FormWords,
  isReply: boolean,
): FieldErrors {
  const nameError = nameProblem(authorName, words)
  const bodyError = bodyProblem(body, words, isReply)
  return {
    ...(nameError ? { authorName: nameError } : {}),
    ...(bodyError ? { body: bodyError } : {}),
  }
}
