/**
 * The API as the contract checks call it: every answer is checked against docs/openapi.json (status,
 * body, required headers) and parsed with the client's own run-time schemas, and noted, so the suite
 * can tell which operations and answers it never saw.
 */
import type * as v from 'valibot'
import { expect } from 'vitest'
import * as schemas from '../../src/lib/api-schemas'
import type {
  Article,
  ArticlePage,
  Comment,
  CommentPage,
  LikeState,
  NewComment,
  Rating,
} from '../../src/lib/api-schemas'
import {
  checkAnswer,
  documentedOperation,
  expectClientParses,
  type ContractAnswer,
} from '../openapi-contract'
import type { Backend, CallOptions } from './backend'

/** The client's schema for each operation's success; every error parses as the error envelope. */
const clientSchemas: Record<string, v.GenericSchema<unknown, unknown>> = {
  listArticles: schemas.articlePageSchema,
  getArticle: schemas.articleSchema,
  listComments: schemas.commentPageSchema,
  createComment: schemas.newCommentSchema,
  listCommentChanges: schemas.commentChangesSchema,
  listFeaturedComments: schemas.featuredCommentsSchema,
  rateArticle: schemas.ratingSchema,
  getComment: schemas.commentSchema,
  editComment: schemas.commentSchema,
  likeComment: schemas.likeStateSchema,
  unlikeComment: schemas.likeStateSchema,
  getAuthor: schemas.authorSchema,
  listCategories: schemas.categoryListSchema,
}

export interface Answer<Body> extends ContractAnswer {
  body: Body
}

export interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> }
}

export interface Post {
  authorName?: unknown
  body?: unknown
  parentId?: unknown
}

export interface PostOptions extends CallOptions {
  /** The Idempotency-Key; a new one unless given, none when null. */
  key?: string | null
}

export function contractApi(backend: Backend) {
  const exercised = new Set<string>()

  async function request<Body>(
    method: string,
    template: string,
    path: string,
    options: CallOptions = {},
  ): Promise<Answer<Body>> {
    const raw = await backend.call(method, path, options)
    const answer = checkAnswer(method, template, path, raw, exercised)
    if (answer.body !== null) {
      const { operationId } = documentedOperation(method, template)
      const schema =
        answer.status >= 400
          ? schemas.apiErrorBodySchema
          : typeof operationId === 'string'
            ? clientSchemas[operationId]
            : undefined
      if (!schema) throw new Error(`No client schema for ${method} ${template}`)
      expectClientParses(schema, answer.body)
    }
    return answer as Answer<Body>
  }

  const withKey = (key: string | undefined, options: CallOptions = {}): CallOptions => ({
    ...options,
    headers: { ...(key === undefined ? {} : { 'Reader-Key': key }), ...options.headers },
  })

  return {
    exercised,
    request,
    articles: (query = '') => request<ArticlePage>('GET', '/articles', `/articles${query}`),
    article: (slug: string) => request<Article>('GET', '/articles/{slug}', `/articles/${slug}`),
    author: (slug: string) => request<unknown>('GET', '/authors/{slug}', `/authors/${slug}`),
    categories: () =>
      request<{ items: { slug: string; articleCount: number }[] }>('GET', '/categories', '/categories'),
    rate: (slug: string, value: unknown, key?: string, options?: CallOptions) =>
      request<Rating>('POST', '/articles/{slug}/ratings', `/articles/${slug}/ratings`, {
        ...withKey(key, options),
        body: { value },
      }),
    comments: (slug: string, query = '', options?: CallOptions) =>
      request<CommentPage>('GET', '/articles/{slug}/comments', `/articles/${slug}/comments${query}`, options),
    post: (slug: string, fields: Post, { key, ...options }: PostOptions = {}) =>
      request<NewComment>('POST', '/articles/{slug}/comments', `/articles/${slug}/comments`, {
        body: fields,
        ...options,
        headers: {
          ...(key === null ? {} : { 'Idempotency-Key': key ?? crypto.randomUUID() }),
          ...options.headers,
        },
      }),
    changes: (slug: string, since: string | null) =>
      request<{ items: Comment[] }>(
        'GET',
        '/articles/{slug}/comments/changes',
        `/articles/${slug}/comments/changes${since === null ? '' : `?since=${encodeURIComponent(since)}`}`,
      ),
    featured: (slug: string) =>
      request<{ items: Comment[] }>(
        'GET',
        '/articles/{slug}/comments/featured',
        `/articles/${slug}/comments/featured`,
      ),
    comment: (id: string, editToken?: string) =>
      request<Comment>('GET', '/comments/{id}', `/comments/${id}`, {
        headers: editToken === undefined ? {} : { 'Edit-Token': editToken },
      }),
    edit: (id: string, body: unknown, editToken: string | null, options: CallOptions = {}) =>
      request<Comment>('PATCH', '/comments/{id}', `/comments/${id}`, {
        ...options,
        body: { body },
        headers: editToken === null ? {} : { 'Edit-Token': editToken },
      }),
    remove: (id: string, editToken: string | null) =>
      request<null>('DELETE', '/comments/{id}', `/comments/${id}`, {
        headers: editToken === null ? {} : { 'Edit-Token': editToken },
      }),
    like: (id: string, key?: string, options?: CallOptions) =>
      request<LikeState>('POST', '/comments/{id}/likes', `/comments/${id}/likes`, withKey(key, options)),
    unlike: (id: string, key?: string) =>
      request<LikeState>('DELETE', '/comments/{id}/likes', `/comments/${id}/likes`, withKey(key)),
    report: (id: string, body: unknown, key?: string, options?: CallOptions) =>
      request<null>('POST', '/comments/{id}/reports', `/comments/${id}/reports`, {
        ...withKey(key, options),
        body,
      }),
  }
}

export type ContractApi = ReturnType<typeof contractApi>

/** The contract's error: this status and code, in the envelope. */
export function expectError(answer: ContractAnswer, status: number, code: string): ErrorBody['error'] {
  const { error } = answer.body as ErrorBody
  expect([answer.status, error.code], error.message).toEqual([status, code])
  return error
}

/** The fields a 400 names. */
export function fieldsOf(answer: ContractAnswer): string[] {
  return Object.keys(expectError(answer, 400, 'validation').fields ?? {}).sort()
}

/** Every comment of a page or tree, replies included, depth first. */
export function flatten(comments: readonly Comment[]): Comment[] {
  return comments.flatMap((comment) => [comment, ...flatten(comment.replies)])
}
