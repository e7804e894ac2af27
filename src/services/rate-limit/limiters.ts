import { createHmac } from 'node:crypto'

import type { Redis } from 'ioredis'
import type { Pool } from 'pg'
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  type RateLimiterRes,
} from 'rate-limiter-flexible'

import { type LimitName, type LimitRule, backoffDelaySeconds } from '@/domain/rate-limit/limits'

import { RateLimitedError } from './errors'

/** The table of the PostgreSQL store, created by a migration (declared in ./table.ts). */
export const RATE_LIMITS_TABLE = 'rate_limits'

/** The key of requests whose client address is not known: they share one counter, they are never let through uncounted. */
const UNKNOWN_KEY = 'unknown'

/** Where the counters live: PostgreSQL (default; every instance shares them), Redis (REDIS_URL), or memory (one process; tests). */
export type RateLimitStore = { kind: 'postgres'; pool: Pool } | { kind: 'redis'; client: Redis } | { kind: 'memory' }

export type RateLimits = {
  /**
   * Counts one attempt of `name` for `key` (a client address, an e-mail…; null or empty counts in
   * the shared "unknown" bucket), or throws a RateLimitedError (429, French message, retry delay)
   * when the limit is reached. A `backoff` limit lets its first attempts through, then one attempt
   * per growing delay; a refused attempt is not counted.
   */
  consumeOrThrow(name: LimitName, key: string | null | undefined): Promise<void>
  /** Gives back the point of an attempt that should not count (e.g. a successful sign-in). */
  giveBack(name: LimitName, key: string | null | undefined): Promise<void>
  /** Forgets `key`'s counter (e.g. a password reset clears the account's sign-in delay). */
  reset(name: LimitName, key: string | null | undefined): Promise<void>
}

type Options = {
  store: RateLimitStore
  limits: Record<LimitName, LimitRule>
  /** Keys are stored as an HMAC of this secret: neither addresses nor e-mails are written anywhere. */
  secret: string
  /** Called when the store fails and the in-memory insurance answers instead (never silently). */
  warn: (message: string, fields: Record<string, unknown>) => void
}

/** The counter of a backoff limit never refuses by itself: its count decides the delay. */
const BACKOFF_COUNTER_POINTS = 1_000_000
const WARN_EVERY_MS = 60_000

/**
 * A limiter on the shared store, with an in-memory twin that answers, per process, while the
 * store fails (the failure is logged, at most once a minute per limiter).
 */
class InsuredLimiter {
  private readonly insurance: RateLimiterMemory
  private lastWarning = 0

  constructor(
    private readonly label: string,
    private readonly primary: RateLimiterAbstract,
    points: number,
    duration: number,
    private readonly warn: Options['warn'],
  ) {
    this.insurance = new RateLimiterMemory({ keyPrefix: label, points, duration })
  }

  private async run<T>(operation: (limiter: RateLimiterAbstract) => Promise<T>): Promise<T> {
    try {
      return await operation(this.primary)
    } catch (error) {
      // A refusal is a RateLimiterRes; anything that is an Error is the store failing.
      if (!(error instanceof Error)) throw error
      if (Date.now() - this.lastWarning > WARN_EVERY_MS) {
        this.lastWarning = Date.now()
        this.warn(
          'Limites de débit : le stockage partagé ne répond pas, compteurs en mémoire de cette instance en attendant.',
          { limiter: this.label, reason: error.message },
        )
      }
      return operation(this.insurance)
    }
  }

  consume(key: string, customDuration?: number): Promise<RateLimiterRes> {
    return this.run((l) => l.consume(key, 1, customDuration === undefined ? {} : { customDuration }))
  }

  reward(key: string): Promise<unknown> {
    return this.run((l) => l.reward(key, 1))
  }

  delete(key: string): Promise<unknown> {
    return this.run((l) => l.delete(key))
  }
}

const isRefusal = (error: unknown): error is RateLimiterRes =>
  typeof (error as RateLimiterRes | null)?.msBeforeNext === 'number' && !(error instanceof Error)

function storeLimiter(
  store: RateLimitStore,
  keyPrefix: string,
  points: number,
  duration: number,
  cleans: boolean,
): RateLimiterAbstract {
  switch (store.kind) {
    case 'postgres':
      // The table exists (migration); expired rows are deleted every 5 minutes by one of the limiters.
      return new RateLimiterPostgres({
        storeClient: store.pool,
        storeType: 'pool',
        tableName: RATE_LIMITS_TABLE,
        tableCreated: true,
        clearExpiredByTimeout: cleans,
        keyPrefix,
        points,
        duration,
      })
    case 'redis':
      // Redis expires its keys itself; while it is not connected, answer from memory at once instead of queueing.
      return new RateLimiterRedis({
        storeClient: store.client,
        rejectIfRedisNotReady: true,
        keyPrefix,
        points,
        duration,
      })
    case 'memory':
      return new RateLimiterMemory({ keyPrefix, points, duration })
  }
}

export function createRateLimits({ store, limits, secret, warn }: Options): RateLimits {
  let cleanerAssigned = false
  const build = (label: string, points: number, duration: number) => {
    const limiter = new InsuredLimiter(
      label,
      storeLimiter(store, label, points, duration, !cleanerAssigned),
      points,
      duration,
      warn,
    )
    cleanerAssigned = true
    return limiter
  }
  const counters = new Map<LimitName, InsuredLimiter>()
  const slots = new Map<LimitName, InsuredLimiter>()
  for (const [name, rule] of Object.entries(limits) as [LimitName, LimitRule][]) {
    if (rule.kind === 'window') counters.set(name, build(name, rule.points, rule.durationSeconds))
    else {
      counters.set(name, build(name, BACKOFF_COUNTER_POINTS, rule.durationSeconds))
      // One attempt per delay: the first attempt after the delay takes the slot, with the next delay as its lifetime.
      slots.set(name, build(`${name}:slot`, 1, rule.durationSeconds))
    }
  }

  const hashed = (key: string | null | undefined) =>
    createHmac('sha256', `rate-limit:${secret}`)
      .update(key?.trim() || UNKNOWN_KEY)
      .digest('base64url')
      .slice(0, 32)

  return {
    async consumeOrThrow(name, rawKey) {
      const key = hashed(rawKey)
      const rule = limits[name]
      const counter = counters.get(name)!
      try {
        const { consumedPoints } = await counter.consume(key)
        if (rule.kind === 'window') return
        // Attempts beyond the free ones wait: the next delay starts with this attempt.
        const delay = backoffDelaySeconds(consumedPoints + 1, rule.points)
        if (delay > 0) {
          try {
            await slots.get(name)!.consume(key, delay)
          } catch (refusal) {
            await counter.reward(key)
            throw refusal
          }
        }
      } catch (error) {
        if (isRefusal(error)) throw new RateLimitedError(name, Math.max(1, Math.ceil(error.msBeforeNext / 1000)))
        throw error
      }
    },
    async giveBack(name, rawKey) {
      await counters.get(name)!.reward(hashed(rawKey))
    },
    async reset(name, rawKey) {
      const key = hashed(rawKey)
      await Promise.all([counters.get(name)!.delete(key), slots.get(name)?.delete(key)])
    },
  }
}
