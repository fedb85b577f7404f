/**
 * docs/openapi.json, read by the tests: calls to the mocked API whose answers are checked against the
 * document (test/contract.test.ts, test/mock-validation.test.ts), and the document's own schemas.
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
  const operation = documentPaths[template]?.[method.toLowerCase()]
  if (!operation) throw new Error(`${method} ${template} is not in docs/openapi.json`)
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

/**
 * Calls the mocked API and checks the answer against the document: its status must be listed for the
 * operation, and its body must match that status's schema (or be empty when none is documented).
 */
export async function call(
  method: string,
  template: string,
  path: string,
  init: RequestInit = {},
): Promise<ContractAnswer> {
  const response = await fetch(`${API_ORIGIN}${path}`, { method, ...init })
  const operation = documentPaths[template]?.[method.toLowerCase()]
  if (!operation) throw new Error(`${method} ${template} is not in docs/openapi.json`)
  const listed = (operation.responses as JsonObject | undefined)?.[String(response.status)]
  expect(
    listed,
    `${method} ${template} answered ${response.status}, which the document does not list`,
  ).toBeDefined()
  exercised.add(`${method} ${template} ${response.status}`)

  const text = await response.text()
  const schema = documentedSchema(method, template, response.status)
  // A body exactly when the document lists one for this status, and then one that matches it.
  expect(text !== '', `${method} ${path} ${response.status}: body ${text ? 'not ' : ''}documented`).toBe(
    schema !== undefined,
  )
  const body: unknown = schema === undefined ? null : JSON.parse(text)
  const validate = ajv.compile((schema ?? { type: 'null' }) as object)
  expect(validate(body), `${method} ${path} ${response.status}: ${ajv.errorsText(validate.errors)}`).toBe(
    true,
  )
  return { status: response.status, body, headers: response.headers }
}

export function expectClientParses(schema: v.GenericSchema, body: unknown) {
  const result = v.safeParse(schema, body)
  expect(result.success, result.success ? '' : v.summarize(result.issues)).toBe(true)
}

export const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  body: JSON.stringify(body),
  headers: { 'Content-Type': 'application/json', ...headers },
})
