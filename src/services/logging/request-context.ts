import { AsyncLocalStorage } from 'node:async_hooks'

import { REQUEST_ID_HEADER, requestIdOf } from './request-id'

type RequestContext = { requestId: string }

/**
 * The id of the request being served, for every log line written while serving it (Payload's
 * logger reads it, see payload-logger.ts). One store per process, shared by Next's bundles.
 */
const KEY = Symbol.for('portail.requestContext')
const storage: AsyncLocalStorage<RequestContext> = ((globalThis as Record<symbol, unknown>)[KEY] ??=
  new AsyncLocalStorage<RequestContext>()) as AsyncLocalStorage<RequestContext>

export const currentRequestId = (): string | undefined => storage.getStore()?.requestId

/** The response with the request's id (a copy when its headers are immutable, e.g. a fetched response). */
function withRequestIdHeader(response: Response, requestId: string): Response {
  try {
    response.headers.set(REQUEST_ID_HEADER, requestId)
    return response
  } catch {
    const copy = new Response(response.body, response)
    copy.headers.set(REQUEST_ID_HEADER, requestId)
    return copy
  }
}

/**
 * A route handler that serves each request under its id (the incoming `x-request-id`, or a new
 * one), so that its log lines carry it, and answers with it in `x-request-id`.
 */
export function withRequestId<A extends unknown[]>(
  handler: (request: Request, ...rest: A) => Promise<Response>,
): (request: Request, ...rest: A) => Promise<Response> {
  return async (request, ...rest) => {
    const requestId = requestIdOf(request.headers.get(REQUEST_ID_HEADER))
    const response = await storage.run({ requestId }, () => handler(request, ...rest))
    return withRequestIdHeader(response, requestId)
  }
}
