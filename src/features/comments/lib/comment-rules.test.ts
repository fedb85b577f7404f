/**
 * The contract's rules for a comment's name and text, as the form says them before sending: counted
 * in characters after trimming, with the limits themselves allowed.
 */
import { describe, expect, test } from 'vitest'
import { frCA } from '@/lib/i18n/fr-ca'
import {
  bodyProblem,
  contractLength,
  MAX_BODY_LENGTH,
  MAX_NAME_LENGTH,
  postProblems,
  trimmed,
} from './comment-rules'

const words = frCA.comments.form

describe('comment rules', () => {
  test('count characters (not UTF-16 units) after trimming', () => {
    expect(trimmed('  Bonjour \n')).toBe('Bonjour')
    expect(contractLength('  été  ')).toBe(3)
    expect(contractLength('👍🏽a')).toBe(3)
    expect(contractLength(' \n ')).toBe(0)
  })

  test('a name and a text at their limits may go; one more character may not', () => {
    const name = 'n'.repeat(MAX_NAME_LENGTH)
    const body = 'b'.repeat(MAX_BODY_LENGTH)
    expect(postProblems(name, body, words, false)).toEqual({})
    expect(postProblems(`${name}n`, `${body}b`, words, false)).toEqual({
      authorName: words.nameTooLong(MAX_NAME_LENGTH, MAX_NAME_LENGTH + 1),
      body: words.bodyTooLong(MAX_BODY_LENGTH, MAX_BODY_LENGTH + 1),
    })
    // Spaces around do not count against the limit.
    expect(postProblems(`  ${name}  `, ` ${body} `, words, false)).toEqual({})
  })

  test('an empty name or text is asked for; an empty reply is asked for as a reply', () => {
    expect(postProblems('  ', '', words, false)).toEqual({
      authorName: words.nameRequired,
      body: words.bodyRequired,
    })
    expect(postProblems('Nadia', ' ', words, true)).toEqual({ body: words.replyRequired })
    expect(bodyProblem('\n', words)).toBe(words.bodyRequired)
    expect(bodyProblem('Oui', words, true)).toBeNull()
  })
})
