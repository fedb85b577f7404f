/**
 * docs/openapi.json, read by the tests: calls to the mocked API whose answers are checked against the
 * document (test/contract.test.ts, test/mock-validation.test.ts), answers of any server checked the same
 * way (`checkAnswer`, for the contract suite in test/contract/), and the document's own schemas.
 */
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import * as v from 'valibot'
import { expect } from 'vitest'
import openapi from '../docs/openapi.json'

const DOC_ID = 'openapi.json'
export const API_ORIGIN = 'http://localhost:3000/api'

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
export type JsonObject = { [key: string]: Json }

/** Makes the document's internal refs absolute so any part of it can be compiled on its own. */
function absoluteRefs(node: Json): Json {
  if (Array.isArray(node)) return node.map(absoluteRefs)
  if (node && typeof node === 'object') {
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [
        key,
        key === '$ref' && typeof value === 'string' && value.startsWith('#/')
          ? `${DOC_ID}${value}`
          : absoluteRefs(value),
      ]),
    )
  }
  return node
}

export const openApiDocument = absoluteRefs(openapi as unknown as Json) as JsonObject
export const documentPaths = openApiDocument.paths as Record<string, Record<string, JsonObject>>
export const ajv = new Ajv2020({ strict: false, allErrors: true })
addFormats(ajv)
ajv.addSchema(openApiDocument, DOC_ID)

/** The object a `$ref` points to (or the node itself when it is not a reference). */
export function resolve(node: Json): JsonObject {
  const object = node as JsonObject
  const ref = object.$ref
  if (typeof ref !== 'string') return object
  const pointer = ref.slice(`${DOC_ID}#/`.length).split('/')
  return pointer.reduce<Json>(
    (current, part) => (current as JsonObject)[part] as Json,
    openApiDocument,
  ) as JsonObject
}

/** The documented JSON schema of an operation's answer with this status, if it has a body. */
export function documentedSchema(method: string, template: string, status: number): Json | undefined {
  const operation = documentedOperation(method, template)
  const response = (operation.responses as JsonObject | undefined)?.[String(status)]
  if (response === undefined) return undefined
  const content = resolve(response).content as Record<string, { schema: Json }> | undefined
  return content?.['application/json']?.schema
}

/** "METHOD /template STATUS" of every answer a test file has checked. */
export const exercised = new Set<string>()

export interface ContractAnswer {
  status: number
  body: unknown
  headers: Headers
}

/** An answer as it came from a server, before it is checked. */
export interface RawAnswer {
  status: number
  text: string
  headers: Headers
}

/** The operation at this method and path template, or a failure if the document has none. */
export function documentedOperation(method: string, template: string): JsonObject {
  const operation = documentPaths[template]?.[method.toLowerCase()]
  if (!operation) throw new Error(`${method} ${template} is not in docs/openapi.json`)
  return operation
}

/** "METHOD /template" of every operation of the document. */
export function documentedOperations(): string[] {
  return Object.entries(documentPaths).flatMap(([template, item]) =>
    Object.keys(item)
      .filter((key) => ['get', 'post', 'patch', 'delete'].includes(key))
      .map((method) => `${method.toUpperCase()} ${template}`),
  )
}

/** "METHOD /template STATUS" of every answer the document lists. */
export function documentedAnswers(): string[] {
  return documentedOperations().flatMap((operation) => {
    const [method = '', template = ''] = operation.split(' ')
    const responses = documentedOperation(method, template).responses as JsonObject
    return Object.keys(responses).map((status) => `${operation} ${status}`)
  })
}

/**
 * Checks an answer against the document: its status must be listed for the operation, its body must
 * match that status's schema (or be empty when none is documented), and the headers the document
 * requires for that status must be there and valid (`Retry-After` on a 429). Notes it in `record`.
 */
export function checkAnswer(
  method: string,
  template: string,
  path: string,
  answer: RawAnswer,
  record: Set<string> = exercised,
): ContractAnswer {
  const operation = documentedOperation(method, template)
  const listed = (operation.responses as JsonObject | undefined)?.[String(answer.status)]
  expect(
    listed,
    `${method} ${template} answered ${answer.status}, which the document does not list: ${answer.text.slice(0, 300)}`,
  ).toBeDefined()
  record.add(`${method} ${template} ${answer.status}`)

  const schema = documentedSchema(method, template, answer.status)
  // A body exactly when the document lists one for this status, and then one that matches it.
  expect(
    answer.text !== '',
    `${method} ${path} ${answer.status}: body ${answer.text ? 'not ' : ''}documented`,
  ).toBe(schema !== undefined)
  const body: unknown = schema === undefined ? null : JSON.parse(answer.text)
  const validate = ajv.compile((schema ?? { type: 'null' }) as object)
  expect(validate(body), `${method} ${path} ${answer.status}: ${ajv.errorsText(validate.errors)}`).toBe(true)

  const headers = (resolve(listed as Json).headers ?? {}) as Record<string, JsonObject>
  for (const [name, header] of Object.entries(headers)) {
    const value = answer.headers.get(name)
    if (header.required !== true && value === null) continue
    expect(value, `${method} ${path} ${answer.status}: header ${name}`).not.toBeNull()
    const headerSchema = header.schema as JsonObject
    const typed = headerSchema.type === 'integer' && /^\d+$/.test(value ?? '') ? Number(value) : value
    const validateHeader = ajv.compile(headerSchema as object)
    expect(
      validateHeader(typed),
      `${method} ${path} ${answer.status}: header ${name}: ${String(value)} (${ajv.errorsText(validateHeader.errors)})`,
    ).toBe(true)
  }
  return { status: answer.status, body, headers: answer.headers }
}

/** Calls the mocked API and checks the answer against the document (see `checkAnswer`). */
export async function call(
  method: string,
  template: string,
  path: string,
  init: RequestInit = {},
): Promise<ContractAnswer> {
  const response = await fetch(`${API_ORIGIN}${path}`, { method, ...init })
  const raw = { status: response.status, text: await response.text(), headers: response.headers }
  return checkAnswer(method, template, path, raw)
}

export function expectClientParses(schema: v.GenericSchema, body: unknown) {
  const result = v.safeParse(schema, body)
  expect(result.success, result.success ? '' : v.summarize(result.issues)).toBe(true)
}

export const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  body: JSON.stringify(body),
  headers: { 'Content-Type': 'application/json', ...headers },
})
