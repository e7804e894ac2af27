import { APIError } from 'payload'

import { type LimitName, limitMessage } from '@/domain/rate-limit/limits'

/**
 * A request refused by a rate limit: HTTP 429 with a French message and the seconds to wait (the
 * `Retry-After`). An APIError, so that thrown from a Payload hook or endpoint it becomes Payload's
 * JSON error answer (`{ errors: [{ message, data: { retryAfterSeconds } }] }`); the config's
 * `addRetryAfterHeader` hook adds the header.
 */
export class RateLimitedError extends APIError<{ retryAfterSeconds: number }> {
  constructor(
    readonly limit: LimitName,
    readonly retryAfterSeconds: number,
  ) {
    super(limitMessage(limit, retryAfterSeconds), 429, { retryAfterSeconds }, true)
    this.name = 'RateLimitedError'
  }
}

/**
 * The refusal carried by `error` when it is a rate limit's, recognised by its shape as well as by
 * its class (a server action's bundle may hold another copy of this module), else null.
 */
export function rateLimitRefusal(error: unknown): { message: string; retryAfterSeconds: number } | null {
  if (error instanceof RateLimitedError) return { message: error.message, retryAfterSeconds: error.retryAfterSeconds }
  const e = error as { status?: unknown; message?: unknown; data?: { retryAfterSeconds?: unknown } } | null
  if (e?.status !== 429 || typeof e.message !== 'string' || typeof e.data?.retryAfterSeconds !== 'number') return null
  return { message: e.message, retryAfterSeconds: e.data.retryAfterSeconds }
}
