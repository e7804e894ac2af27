import { frenchGraphqlMessage } from '@/domain/api/french-messages'
import { MAX_JSON_BODY_BYTES, type Refusal, tooLarge } from '@/domain/api/request-limits'

import { withJsonBody } from './refusal-response'

type Handler = (request: Request) => Promise<Response>

const refused = ({ status, message }: Refusal) =>
  Response.json(
    { errors: [{ message, extensions: { statusCode: status } }] },
    { status, headers: { 'Cache-Control': 'no-store' } },
  )

const BODY_SHAPE = 'Le corps d’une requête GraphQL est un objet JSON : { "query": "…", "variables": { … } }.'

/**
 * Payload's GraphQL handler behind a guard (issue 16): a body of 1 MB at most that is a JSON
 * object with a text `query` and object `variables`, and errors in French without graphql-js's
 * suggestions of field names (introspection is closed in production; "Did you mean …?" would
 * reopen it). Limits on the query itself (root fields, depth, page size, complexity) are
 * validation rules (graphql-limits.ts): refused before any resolver runs.
 */
export function guardGraphql(handler: Handler): Handler {
  return async (request) => {
    if (Number(request.headers.get('content-length') ?? 0) > MAX_JSON_BODY_BYTES) return refused(tooLarge())
    const text = await request.text()
    if (text.length > MAX_JSON_BODY_BYTES) return refused(tooLarge())
    const contentType = (request.headers.get('content-type') ?? '').split(';', 1)[0].trim().toLowerCase()
    if (contentType === 'application/json') {
      let body: unknown
      try {
        body = JSON.parse(text)
      } catch {
        return refused({ status: 400, param: 'body', message: 'Le corps de la requête n’est pas du JSON valide.' })
      }
      const { query, variables, operationName } = (body ?? {}) as Record<string, unknown>
      const shapeOk =
        typeof body === 'object' &&
        body !== null &&
        !Array.isArray(body) &&
        typeof query === 'string' &&
        (variables === undefined ||
          variables === null ||
          (typeof variables === 'object' && !Array.isArray(variables))) &&
        (operationName === undefined || operationName === null || typeof operationName === 'string')
      if (!shapeOk) return refused({ status: 400, param: 'body', message: BODY_SHAPE })
    }
    const response = await handler(
      new Request(request.url, {
        method: request.method,
        headers: request.headers,
        body: text,
        signal: request.signal,
      }),
    )
    return frenchErrors(response)
  }
}

type GraphqlError = { message?: unknown; extensions?: { statusCode?: unknown } }

async function frenchErrors(response: Response): Promise<Response> {
  if (!(response.headers.get('content-type') ?? '').includes('json')) return response
  const parsed = (await response
    .clone()
    .json()
    .catch(() => null)) as { errors?: GraphqlError[] } | GraphqlError[] | null
  // graphql-http writes a bare array when the validation errors are not instances of its own copy
  // of graphql's GraphQLError (ESM and CommonJS copies side by side): they are the errors all the same.
  const body = Array.isArray(parsed) ? { errors: parsed } : parsed
  if (!body || !Array.isArray(body.errors) || body.errors.length === 0) return response
  const errors = body.errors.map((error) => {
    const status = typeof error.extensions?.statusCode === 'number' ? error.extensions.statusCode : 400
    return typeof error.message === 'string' && status < 500
      ? { ...error, message: frenchGraphqlMessage(error.message) }
      : error
  })
  return withJsonBody(response, { ...body, errors })
}
