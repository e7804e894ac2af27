import type { Pool } from 'pg'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { DEFAULT_LIMITS, type LimitName, type LimitRule } from '@/domain/rate-limit/limits'

import { RateLimitedError, rateLimitRefusal } from './errors'
import { type RateLimitStore, createRateLimits } from './limiters'

const limits: Record<LimitName, LimitRule> = {
  ...DEFAULT_LIMITS,
  'gift.client': { kind: 'window', points: 3, durationSeconds: 60 },
  'login.account': { kind: 'backoff', points: 5, durationSeconds: 86400 },
}

function limiter(store: RateLimitStore = { kind: 'memory' }, warn = vi.fn()) {
  return { limits: createRateLimits({ store, limits, secret: 's'.repeat(40), warn }), warn }
}

/** The refusal of `attempt`, or null when it was let through. */
async function refusalOf(attempt: Promise<void>): Promise<{ message: string; retryAfterSeconds: number } | null> {
  try {
    await attempt
    return null
  } catch (error) {
    expect(error).toBeInstanceOf(RateLimitedError)
    expect(error).toMatchObject({ status: 429 })
    return rateLimitRefusal(error)
  }
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-12-06T10:00:00Z') })
})
afterEach(() => {
  vi.useRealTimers()
})

describe('a window limit', () => {
  it('lets `points` attempts through per window, then refuses with the wait, in French', async () => {
    const { limits: l } = limiter()
    for (let i = 0; i < 3; i++) expect(await refusalOf(l.consumeOrThrow('gift.client', '203.0.113.7'))).toBeNull()
    expect(await refusalOf(l.consumeOrThrow('gift.client', '203.0.113.7'))).toEqual({
      retryAfterSeconds: 60,
      message:
        'Trop de dons enregistrés en peu de temps depuis cette connexion ou avec cette adresse e-mail. Réessayez dans 1 minute.',
    })
    expect(await refusalOf(l.consumeOrThrow('gift.client', '198.51.100.1'))).toBeNull() // another key
    vi.advanceTimersByTime(61_000)
    expect(await refusalOf(l.consumeOrThrow('gift.client', '203.0.113.7'))).toBeNull()
  })

  it('counts a missing key in one shared "unknown" bucket, never skips it', async () => {
    const { limits: l } = limiter()
    for (const key of [null, undefined, '']) await l.consumeOrThrow('gift.client', key)
    expect(await refusalOf(l.consumeOrThrow('gift.client', '  '))).toMatchObject({ retryAfterSeconds: 60 })
  })

  it('gives a point back', async () => {
    const { limits: l } = limiter()
    for (let i = 0; i < 3; i++) await l.consumeOrThrow('gift.client', 'k')
    await l.giveBack('gift.client', 'k')
    expect(await refusalOf(l.consumeOrThrow('gift.client', 'k'))).toBeNull()
    expect(await refusalOf(l.consumeOrThrow('gift.client', 'k'))).not.toBeNull()
  })
})

describe('a backoff limit', () => {
  it('lets the free attempts through, then one attempt per growing delay; refused attempts do not count', async () => {
    const { limits: l } = limiter()
    const attempt = () => refusalOf(l.consumeOrThrow('login.account', 'ines@ac-lille.fr'))
    for (let i = 0; i < 5; i++) expect(await attempt()).toBeNull()
    expect(await attempt()).toMatchObject({ retryAfterSeconds: 30 })
    // Hammering meanwhile changes nothing.
    for (let i = 0; i < 50; i++) await attempt()
    vi.advanceTimersByTime(30_000)
    expect(await attempt()).toBeNull()
    expect(await attempt()).toMatchObject({ retryAfterSeconds: 60 })
    vi.advanceTimersByTime(60_000)
    expect(await attempt()).toBeNull()
    expect(await attempt()).toMatchObject({ retryAfterSeconds: 120 })
    // Other accounts are not slowed.
    expect(await refusalOf(l.consumeOrThrow('login.account', 'autre@ac-lille.fr'))).toBeNull()
  })

  it('is lifted by a reset', async () => {
    const { limits: l } = limiter()
    for (let i = 0; i < 5; i++) await l.consumeOrThrow('login.account', 'a@b.fr')
    expect(await refusalOf(l.consumeOrThrow('login.account', 'a@b.fr'))).not.toBeNull()
    await l.reset('login.account', 'a@b.fr')
    for (let i = 0; i < 5; i++) expect(await refusalOf(l.consumeOrThrow('login.account', 'a@b.fr'))).toBeNull()
  })

  it('caps the delay at 15 minutes', async () => {
    const { limits: l } = limiter()
    for (let i = 0; i < 5; i++) await l.consumeOrThrow('login.account', 'a@b.fr')
    const waits: number[] = []
    for (let round = 0; round < 8; round++) {
      const refusal = await refusalOf(l.consumeOrThrow('login.account', 'a@b.fr'))
      waits.push(refusal!.retryAfterSeconds)
      vi.advanceTimersByTime(refusal!.retryAfterSeconds * 1000)
      await l.consumeOrThrow('login.account', 'a@b.fr')
    }
    expect(waits).toEqual([30, 60, 120, 240, 480, 900, 900, 900])
  })
})

describe('when the shared store fails', () => {
  const failingPool = {
    query: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432')),
  } as unknown as Pool

  it('counts in memory meanwhile, still refusing, and says so in the log (once a minute per limiter)', async () => {
    const { limits: l, warn } = limiter({ kind: 'postgres', pool: failingPool })
    for (let i = 0; i < 3; i++) await l.consumeOrThrow('gift.client', 'k')
    expect(await refusalOf(l.consumeOrThrow('gift.client', 'k'))).toMatchObject({ retryAfterSeconds: 60 })
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('compteurs en mémoire'), {
      limiter: 'gift.client',
      reason: 'connect ECONNREFUSED 127.0.0.1:5432',
    })
  })
})
