/**
 * Every answer the client reads is checked field by field: for each operation of docs/openapi.json
 * with a JSON success answer, a real answer of the mocked API is broken in ONE way at a time (one
 * required field left out, or given a value of the wrong type), at every depth the answer has, and
 * the client must refuse it as `malformed` (the reader is told the server sent an unreadable answer)
 * rather than show `undefined`. The cases come from the document's `required` lists: a field added to
 * the contract is covered here without touching this file.
 */
import { getResponse, http, HttpResponse } from 'msw'
import { describe, expect, test } from 'vitest'
import { db } from '../mocks/db'
import { handlers } from '../mocks/handlers/index'
import { server } from '../mocks/node'
import {
  getArticle,
  getAuthor,
  listArticles,
  listCategories,
} from '../src/features/articles/api/articles-api'
import { rateArticle } from '../src/features/articles/api/rate-article'
import {
  createComment,
  editComment,
  listCommentChanges,
  listComments,
} from '../src/features/comments/api/comments-api'
import { isApiError } from '../src/lib/api-error'
import { describeError } from '../src/lib/i18n/describe-error'
import { frCA } from '../src/lib/i18n/fr-ca'
import {
  ajv,
  API_ORIGIN,
  documentedSchema,
  documentPaths,
  resolve,
  type Json,
  type JsonObject,
} from './openapi-contract'

const seedSlug = 'la-transformation-sociale-des-entreprises-le-quebec-toujours-en-gare'
const since = new Date(Date.now() - 60_000).toISOString()

/** Asks the mocked API directly (no server needed while the file is collected). */
async function ask(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const request = new Request(`${API_ORIGIN}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  const response = await getResponse(handlers, request)
  if (!response?.ok) throw new Error(`${method} ${path}: the mocked API answered ${response?.status}`)
  return { status: response.status, body: (await response.json()) as Json }
}

const postComment = (fields: Record<string, unknown>) =>
  ask(
    'POST',
    `/articles/${seedSlug}/comments`,
    { authorName: 'Lectrice', body: 'Un commentaire', parentId: null, ...fields },
    { 'Idempotency-Key': crypto.randomUUID() },
  )

// Real answers, with something at every depth: a comment with a reply, an author with an avatar.
const created = await postComment({})
const { id: createdId, editToken } = created.body as { id: string; editToken: string }
await postComment({ parentId: createdId, body: 'Une réponse' })

/** How the client reads each operation's success answer, and a real answer to break. */
const readers: Record<string, { read: () => Promise<unknown>; example: { status: number; body: Json } }> = {
  'GET /articles': { read: () => listArticles({ page: 1 }), example: await ask('GET', '/articles') },
  'GET /articles/{slug}': {
    read: () => getArticle(seedSlug),
    example: await ask('GET', `/articles/${seedSlug}`),
  },
  'GET /articles/{slug}/comments': {
    read: () => listComments(seedSlug, { sort: 'newest' }),
    example: await ask('GET', `/articles/${seedSlug}/comments?sort=newest`),
  },
  'POST /articles/{slug}/comments': {
    read: () =>
      createComment(
        seedSlug,
        { authorName: 'Lectrice', body: 'Bonjour', parentId: null },
        crypto.randomUUID(),
      ),
    example: created,
  },
  'GET /articles/{slug}/comments/changes': {
    read: () => listCommentChanges(seedSlug, since),
    example: await ask('GET', `/articles/${seedSlug}/comments/changes?since=${since}`),
  },
  'PATCH /comments/{id}': {
    read: () => editComment(createdId, 'Corrigé', editToken),
    example: await ask('PATCH', `/comments/${createdId}`, { body: 'Corrigé' }, { 'Edit-Token': editToken }),
  },
  'POST /articles/{slug}/ratings': {
    read: () => rateArticle(seedSlug, 4),
    example: await ask('POST', `/articles/${seedSlug}/ratings`, { value: 4 }),
  },
  'GET /authors/{slug}': {
    read: () => getAuthor('raymond-morin'),
    example: await ask('GET', '/authors/raymond-morin'),
  },
  'GET /categories': { read: () => listCategories(), example: await ask('GET', '/categories') },
}
db.reset()

type Segment = string | number

interface DocumentedField {
  path: Segment[]
  isRequired: boolean
}

/**
 * Every field of `schema` that `value` may have, at any depth, and whether it is required: objects by
 * their `properties` and `required` lists, arrays by their first item, `allOf` parts together, the
 * `oneOf` option the value takes. A schema met twice on the way down (a reply's replies) is not walked
 * a third time.
 */
function documentedFields(schema: Json, value: Json, path: Segment[], refs: string[]): DocumentedField[] {
  const node = schema as JsonObject
  if (typeof node.$ref === 'string') {
    if (refs.filter((ref) => ref === node.$ref).length >= 2) return []
    return documentedFields(resolve(node), value, path, [...refs, node.$ref])
  }
  const found: DocumentedField[] = []
  for (const part of (node.allOf ?? []) as Json[]) found.push(...documentedFields(part, value, path, refs))
  for (const option of (node.oneOf ?? []) as Json[]) {
    if (value !== null && ajv.validate(option as object, value))
      found.push(...documentedFields(option, value, path, refs))
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const properties = (node.properties ?? {}) as JsonObject
    const required = (node.required ?? []) as string[]
    for (const name of new Set([...required, ...Object.keys(properties)])) {
      found.push({ path: [...path, name], isRequired: required.includes(name) })
      found.push(...documentedFields(properties[name] ?? {}, value[name] ?? null, [...path, name], refs))
    }
  }
  if (Array.isArray(value) && value.length > 0 && node.items) {
    found.push(...documentedFields(node.items, value[0] ?? null, [...path, 0], refs))
  }
  return found
}

/** The same answer with the field at `path` changed (`undefined`: left out). */
function withField(body: Json, path: Segment[], replacement: Json | undefined): Json {
  const copy = structuredClone(body)
  const parent = path
    .slice(0, -1)
    .reduce<Json>((node, segment) => (node as JsonObject)[segment] as Json, copy)
  const last = path.at(-1)!
  if (replacement === undefined) Reflect.deleteProperty(parent as JsonObject, last)
  else (parent as JsonObject)[last] = replacement
  return copy
}

/** Values of the wrong type (the first one the document refuses at that place is used). */
const WRONG_VALUES: Json[] = ['texte', 42, true, { inattendu: true }]

interface BrokenAnswer {
  label: string
  operation: string
  field: string
  isRequired: boolean
  status: number
  body: Json
}

function brokenAnswers(operation: string): BrokenAnswer[] {
  const [method = '', template = ''] = operation.split(' ')
  const { example } = readers[operation]!
  const schema = documentedSchema(method, template, example.status)!
  const documentAccepts = ajv.compile(schema as object)
  // A field required by one part of an `allOf` is required.
  const fields = new Map<string, DocumentedField>()
  for (const field of documentedFields(schema, example.body, [], [])) {
    const key = field.path.join('.')
    fields.set(key, {
      path: field.path,
      isRequired: field.isRequired || (fields.get(key)?.isRequired ?? false),
    })
  }
  return [...fields].flatMap(([name, { path, isRequired }]) => {
    const wrong = WRONG_VALUES.find((value) => !documentAccepts(withField(example.body, path, value)))
    const broken = (label: string, body: Json) => ({
      label: `${operation}: ${name} ${label}`,
      operation,
      field: name,
      isRequired,
      status: example.status,
      body,
    })
    // An optional field may be left out; given, it must have the documented type.
    return [
      ...(isRequired ? [broken('missing', withField(example.body, path, undefined))] : []),
      broken(`= ${JSON.stringify(wrong)}`, withField(example.body, path, wrong)),
    ]
  })
}

/** Operations whose success answer has a JSON body: the client reads every one of them. */
const documentedReads = Object.entries(documentPaths).flatMap(([template, item]) =>
  Object.entries(item).flatMap(([method, operation]) =>
    Object.entries((operation.responses ?? {}) as JsonObject)
      .filter(([status]) => status.startsWith('2'))
      .filter(([status]) => documentedSchema(method, template, Number(status)) !== undefined)
      .map(() => `${method.toUpperCase()} ${template}`),
  ),
)

/**
 * In the contract (v1.2), not called by the app yet: nothing of their answers reaches a reader. When
 * the app starts calling one, it moves to `readers` above, and its answers are checked like the rest.
 */
const NOT_CALLED_BY_THE_APP = [
  'GET /articles/{slug}/comments/featured',
  'GET /comments/{id}',
  'POST /comments/{id}/likes',
  'DELETE /comments/{id}/likes',
]

const cases = Object.keys(readers).flatMap(brokenAnswers)

const mswPath = (template: string) => `*/api${template.replace(/\{(\w+)\}/g, ':$1')}`

describe('answers that break the contract in one place', () => {
  test('cover every operation the document answers with JSON, and every required field in depth', () => {
    expect([...Object.keys(readers), ...NOT_CALLED_BY_THE_APP].sort()).toEqual([...documentedReads].sort())
    // At least today's numbers: an example that lost its nested data (no reply, no avatar) would
    // quietly skip the fields inside it. A new field raises a number; nothing here needs changing.
    const perOperation = Object.fromEntries(
      Object.keys(readers).map((operation) => [
        operation,
        cases.filter((entry) => entry.operation === operation && entry.isRequired).length / 2,
      ]),
    )
    const minimum: Record<string, number> = {
      'GET /articles': 30,
      'GET /articles/{slug}': 36,
      'GET /articles/{slug}/comments': 15,
      'POST /articles/{slug}/comments': 8,
      'GET /articles/{slug}/comments/changes': 7,
      'PATCH /comments/{id}': 6,
      'POST /articles/{slug}/ratings': 2,
      'GET /authors/{slug}': 12,
      'GET /categories': 4,
    }
    expect(
      Object.entries(minimum).filter(([operation, least]) => (perOperation[operation] ?? 0) < least),
    ).toEqual([])
    const fields = new Set(cases.map((entry) => `${entry.operation}: ${entry.field}`))
    for (const field of [
      'GET /articles: total',
      'GET /articles: items.0.author.avatar.url',
      'GET /articles/{slug}/comments: total',
      'GET /articles/{slug}/comments: items.0.body',
      'GET /articles/{slug}/comments: items.0.replies.0.body',
      'POST /articles/{slug}/comments: editToken',
      'POST /articles/{slug}/comments: editableUntil',
    ]) {
      expect(fields).toContain(field)
    }
  })

  test('each broken answer really breaks the document, and each intact one follows it', () => {
    for (const operation of Object.keys(readers)) {
      const [method = '', template = ''] = operation.split(' ')
      const { example } = readers[operation]!
      expect(ajv.validate(documentedSchema(method, template, example.status) as object, example.body)).toBe(
        true,
      )
    }
    const accepted = cases.filter((entry) => {
      const [method = '', template = ''] = entry.operation.split(' ')
      return ajv.validate(documentedSchema(method, template, entry.status) as object, entry.body)
    })
    expect(accepted.map((entry) => entry.label)).toEqual([])
  })

  test.each(cases.map((entry) => [entry.label, entry] as const))(
    '%s: refused as malformed',
    async (_label, { operation, status, body }) => {
      const [method = '', template = ''] = operation.split(' ')
      const verb = method.toLowerCase() as 'get' | 'post' | 'patch'
      server.use(http[verb](mswPath(template), () => HttpResponse.json(body, { status })))
      const error = await readers[operation]!.read().then(
        () => null,
        (caught: unknown) => caught,
      )
      expect(isApiError(error) && error.kind).toBe('malformed')
      expect(describeError(error, frCA)).toBe(frCA.errors.malformed)
    },
  )
})
