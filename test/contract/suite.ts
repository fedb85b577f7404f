/**
 * The contract suite, written once and run against each backend (test/contract/msw.test.ts,
 * test/contract/wordpress.test.ts): every operation, each documented answer and the error order,
 * idempotency, the edit window, cursors in every order, held comments, closed threads, the change feed,
 * likes, reports, editors' picks, badges, ratings, and each field's validation. Every answer is checked
 * against docs/openapi.json and the client's run-time schemas; the last checks fail if an operation, or
 * an answer the document lists, was never met.
 */
import { beforeEach, describe, expect, test } from 'vitest'
import { documentedAnswers, documentedOperations } from '../openapi-contract'
import type { Backend } from './backend'
import { communityChecks } from './checks/community'
import { moderationChecks } from './checks/moderation'
import { ownCommentChecks } from './checks/own-comments'
import { postingChecks } from './checks/posting'
import { readingChecks } from './checks/reading'
import { contractApi } from './contract-api'

/** Answers no check can ask for on purpose: a server's own failure. */
const UNPROVOKED = new Set(['500', '502', '503'])

export function contractSuite(backend: Backend) {
  const api = contractApi(backend)

  describe(`the ${backend.name} backend follows the contract (docs/openapi.json)`, () => {
    beforeEach(async () => {
      await backend.reset()
    })

    readingChecks(backend, api)
    postingChecks(backend, api)
    ownCommentChecks(backend, api)
    moderationChecks(backend, api)
    communityChecks(backend, api)

    test('every operation of the document was called', () => {
      const called = new Set([...api.exercised].map((answer) => answer.split(' ').slice(0, 2).join(' ')))
      expect(documentedOperations().filter((operation) => !called.has(operation))).toEqual([])
    })

    test('every answer the document lists was met (its status, body and headers checked)', () => {
      const missing = documentedAnswers().filter(
        (answer) => !api.exercised.has(answer) && !UNPROVOKED.has(answer.split(' ')[2] ?? ''),
      )
      expect(missing).toEqual([])
    })
  })
}
