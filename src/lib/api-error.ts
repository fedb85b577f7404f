/** Every way a request can fail, as one typed error the UI can describe in French. */
export type ApiErrorKind =
  /** The server answered 4xx/5xx (with the contract's error body, or not). */
  | 'http'
  /** No answer: offline, DNS, CORS, connection reset. */
  | 'network'
  /** No answer within the client's time limit. */
  | 'timeout'
  /** An answer that breaks the contract: not JSON, or missing/wrongly typed fields. */
  | 'malformed'

interface ApiErrorInit {
  kind: ApiErrorKind
  status?: number | null
  code?: string
  serverMessage?: string
  fields?: Record<string, string>
  retryAfterSeconds?: number | null
  cause?: unknown
}

export class ApiError extends Error {
  override readonly name = 'ApiError'
  readonly kind: ApiErrorKind
  readonly status: number | null
  /** The contract's error code (`not_found`, `validation`, …) when the server sent one. */
  readonly code: string | null
  /** Field name → message, for `validation` errors. */
  readonly fields: Readonly<Record<string, string>>
  readonly retryAfterSeconds: number | null

  constructor(init: ApiErrorInit) {
    super(init.serverMessage ?? `API request failed (${init.kind}${init.status ? ` ${init.status}` : ''})`, {
      cause: init.cause,
    })
    this.kind = init.kind
    this.status = init.status ?? null
    this.code = init.code ?? null
    this.fields = init.fields ?? {}
    this.retryAfterSeconds = init.retryAfterSeconds ?? null
  }

  get isNotFound(): boolean {
    return this.status === 404
  }

  /** Client errors are answers, not accidents: retrying them gives the same answer. */
  get isClientError(): boolean {
    return this.status !== null && this.status >= 400 && this.status < 500
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}
