import type { Instrumentation } from 'next'

import { writeLogLine } from './log-line'
import { REQUEST_ID_HEADER, requestIdOf } from './request-id'
import { describeError, errorLevelOf } from './severity'

type Request = Parameters<Instrumentation.onRequestError>[1]
type Context = Parameters<Instrumentation.onRequestError>[2]

const MESSAGES = { info: 'Requête refusée', warn: 'Service indisponible', error: 'Erreur pendant la requête' } as const

/**
 * One JSON line for an error Next.js caught while serving a request (a page, a route handler, a
 * server action): the same shape as Payload's log lines, with the request's id (the proxy's
 * `x-request-id`; a new one when the request did not pass the proxy, e.g. an admin page).
 */
export function logRequestError(
  error: unknown,
  request: Request,
  context: Context,
  write?: (line: string) => unknown,
): void {
  const header = request.headers[REQUEST_ID_HEADER]
  const level = errorLevelOf(error)
  const fields = {
    requestId: requestIdOf(Array.isArray(header) ? header[0] : header),
    method: request.method,
    path: request.path,
    routePath: context.routePath,
    routeType: context.routeType,
    err: describeError(error),
  }
  writeLogLine(level, MESSAGES[level], fields, write)
}
