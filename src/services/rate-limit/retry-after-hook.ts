import type { Config } from 'payload'

import { rateLimitRefusal } from './errors'

type AfterErrorHook = NonNullable<NonNullable<Config['hooks']>['afterError']>[number]

/**
 * Payload's REST answer to a RateLimitedError thrown in a hook or an endpoint is its JSON error
 * with status 429; this adds `Retry-After` (Payload merges `req.responseHeaders` into the answer).
 */
export const addRetryAfterHeader: AfterErrorHook = ({ error, req }) => {
  const refusal = rateLimitRefusal(error)
  if (!refusal) return
  const headers = new Headers(req.responseHeaders)
  headers.set('Retry-After', String(refusal.retryAfterSeconds))
  req.responseHeaders = headers
}
