/**
 * How a request error is logged. A refusal (a 4xx: Payload's Forbidden, NotFound, ValidationError,
 * an APIError with a status below 500) is the application working: `info`, without a stack trace.
 * The database being unreachable (ServiceUnavailableError, 503) is an outage already reported by
 * the readiness check: `warn`, without a stack trace. Anything else is a failure: `error`, with it.
 */
export type ErrorLevel = 'info' | 'warn' | 'error'

/** The error's HTTP status, or its original error's (GraphQL wraps a resolver's APIError in a GraphQLError). */
const statusOf = (error: unknown): number | null => {
  const { status, originalError } = (error ?? {}) as { status?: unknown; originalError?: { status?: unknown } | null }
  if (typeof status === 'number') return status
  return typeof originalError?.status === 'number' ? originalError.status : null
}

export function errorLevelOf(error: unknown): ErrorLevel {
  const status = statusOf(error)
  if (status !== null && status >= 400 && status < 500) return 'info'
  if (status === 503 && (error as { name?: unknown }).name === 'ServiceUnavailableError') return 'warn'
  return 'error'
}

/** What a log line says about an error: its class, message and status, and the stack trace of a failure only. */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error, message: String(error) }
  const status = statusOf(error)
  const digest = (error as { digest?: unknown }).digest
  return {
    type: error.name,
    message: error.message,
    ...(status !== null ? { status } : {}),
    ...(typeof digest === 'string' ? { digest } : {}),
    ...(errorLevelOf(error) === 'error' && error.stack ? { stack: error.stack } : {}),
  }
}
