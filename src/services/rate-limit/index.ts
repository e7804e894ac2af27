/**
 * Rate limits, shared by every instance of the portal.
 *
 * Use:
 *   await consumeOrThrow('gift.client', clientAddress(await headers()))   // a server action
 *   await consumeOrThrow('gift.account', email)
 * counts one attempt, or throws a `RateLimitedError` (an APIError: 429, a French message,
 * `retryAfterSeconds`). Turn it into:
 * - a form error in a server action: `rateLimitFormErrors(error)` → `{ _form: message }`;
 * - a 429 of a route handler: `tooManyRequestsResponse(error, request)` (French HTML page, or JSON
 *   when asked, with `Retry-After`);
 * - nothing to do in a Payload hook or endpoint: Payload answers 429 with its JSON error shape and
 *   the config's `addRetryAfterHeader` adds `Retry-After`.
 * The limits are named in src/domain/rate-limit/limits.ts (defaults, `RATE_LIMITS` overrides). A
 * missing key (client address unknown) is counted in a shared "unknown" bucket, never skipped.
 * Keys are stored as HMACs. Counters live in PostgreSQL (table `rate_limits`, created by a
 * migration, expired rows deleted every 5 minutes), or in Redis when `REDIS_URL` is set; if the
 * store fails, each instance counts in memory meanwhile and logs a warning.
 */
import { Redis } from 'ioredis'
import pg from 'pg'

import type { LimitName } from '@/domain/rate-limit/limits'
import { env } from '@/env'
import { writeLogLine } from '@/services/logging/log-line'

import { type RateLimitStore, type RateLimits, createRateLimits } from './limiters'

export { clientAddress } from './client-address'
export { rateLimitRefusal } from './errors'
export { rateLimitFormErrors, tooManyRequestsResponse } from './responses'

const KEY = Symbol.for('portail.rateLimits')
const warn = (message: string, fields: Record<string, unknown>) => writeLogLine('warn', message, fields)

/** The process's store: Redis when REDIS_URL is set, else a small pool of its own on DATABASE_URL. */
function defaultStore(): RateLimitStore {
  if (env.REDIS_URL) {
    const client = new Redis(env.REDIS_URL, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2000,
    })
    let lastError = 0
    client.on('error', (error: Error) => {
      if (Date.now() - lastError < 60_000) return
      lastError = Date.now()
      warn('Limites de débit : Redis injoignable, compteurs en mémoire de cette instance en attendant.', {
        reason: error.message,
      })
    })
    return { kind: 'redis', client }
  }
  const pool = new pg.Pool({
    connectionString: env.DATABASE_URL,
    max: 2,
    connectionTimeoutMillis: 2000,
    idleTimeoutMillis: 10_000,
    allowExitOnIdle: true,
  })
  pool.on('error', () => undefined) // an idle connection dropped by the server; the next query reconnects
  return { kind: 'postgres', pool }
}

/** One set of limiters per process, shared by Next's bundles (pages, actions, the API). */
function rateLimits(): RateLimits {
  const holder = globalThis as Record<symbol, unknown>
  return (holder[KEY] ??= createRateLimits({
    store: defaultStore(),
    limits: env.RATE_LIMITS,
    secret: env.PAYLOAD_SECRET,
    warn,
  })) as RateLimits
}

/** Counts an attempt of `name` for `key`, or throws a RateLimitedError. See `RateLimits.consumeOrThrow`. */
export const consumeOrThrow = (name: LimitName, key: string | null | undefined): Promise<void> =>
  rateLimits().consumeOrThrow(name, key)

/** Gives back an attempt's point (a sign-in that succeeded). */
export const giveBack = (name: LimitName, key: string | null | undefined): Promise<void> =>
  rateLimits().giveBack(name, key)

/** Forgets a key's counter (a password reset clears the account's sign-in delay). */
export const resetLimit = (name: LimitName, key: string | null | undefined): Promise<void> =>
  rateLimits().reset(name, key)
