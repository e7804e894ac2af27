import { randomUUID } from 'node:crypto'

import { Redis } from 'ioredis'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { DEFAULT_LIMITS, type LimitName, type LimitRule } from '@/domain/rate-limit/limits'
import { RATE_LIMITS_TABLE, type RateLimitStore, createRateLimits } from '@/services/rate-limit/limiters'

/**
 * The stores behind src/services/rate-limit: two "instances" of the portal (two sets of limiters,
 * each on its own connection) share their counters, in PostgreSQL (the default) and in Redis.
 */
const limits: Record<LimitName, LimitRule> = {
  ...DEFAULT_LIMITS,
  'gift.client': { kind: 'window', points: 3, durationSeconds: 600 },
  'login.account': { kind: 'backoff', points: 2, durationSeconds: 3600 },
}
const secret = randomUUID().repeat(2)
const instance = (store: RateLimitStore, warn = vi.fn()) => createRateLimits({ store, limits, secret, warn })
const address = () => `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 6)}`

async function refused(attempt: Promise<void>): Promise<number | null> {
  try {
    await attempt
    return null
  } catch (error) {
    return (error as { status?: number }).status ?? -1
  }
}

const pools: pg.Pool[] = []
const newPool = () => {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 })
  pools.push(pool)
  return pool
}

afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.end()))
})

describe('the PostgreSQL store (default)', () => {
  it('is shared by every instance: what one counts, the other sees', async () => {
    const a = instance({ kind: 'postgres', pool: newPool() })
    const b = instance({ kind: 'postgres', pool: newPool() })
    const client = address()
    await a.consumeOrThrow('gift.client', client)
    await b.consumeOrThrow('gift.client', client)
    await a.consumeOrThrow('gift.client', client)
    expect(await refused(b.consumeOrThrow('gift.client', client))).toBe(429)
    expect(await refused(a.consumeOrThrow('gift.client', client))).toBe(429)
    // The growing delay too: B refuses the attempt A's failures earned.
    const email = `${randomUUID()}@ac-lille.fr`
    await a.consumeOrThrow('login.account', email)
    await b.consumeOrThrow('login.account', email)
    expect(await refused(b.consumeOrThrow('login.account', email))).toBe(429)
    expect(await refused(a.consumeOrThrow('login.account', email))).toBe(429)
    await b.reset('login.account', email)
    expect(await refused(a.consumeOrThrow('login.account', email))).toBeNull()
  })

  it('stores neither addresses nor e-mails, only keyed hashes, in its own table', async () => {
    const pool = newPool()
    const email = `${randomUUID()}@exemple.fr`
    await instance({ kind: 'postgres', pool }).consumeOrThrow('gift.account', email)
    const { rows } = await pool.query(
      `SELECT key, points, expire FROM ${RATE_LIMITS_TABLE} WHERE key LIKE 'gift.account:%'`,
    )
    expect(rows.length).toBeGreaterThanOrEqual(1)
    expect(rows.map((r) => r.key).join(' ')).not.toContain(email.split('@')[0])
    expect(rows.every((r) => /^gift\.account:[\w-]{32}$/.test(r.key))).toBe(true)
  })

  it('deletes rows expired for an hour, every 5 minutes', async () => {
    const pool = newPool()
    const stale = `gift.client:stale-${randomUUID()}`
    const live = `gift.client:live-${randomUUID()}`
    await pool.query(`INSERT INTO ${RATE_LIMITS_TABLE} (key, points, expire) VALUES ($1, 3, $2), ($3, 1, $4)`, [
      stale,
      Date.now() - 2 * 3600_000,
      live,
      Date.now() + 600_000,
    ])
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    try {
      instance({ kind: 'postgres', pool })
      vi.advanceTimersByTime(5 * 60_000)
    } finally {
      vi.useRealTimers()
    }
    await vi.waitFor(async () => {
      const { rows } = await pool.query(`SELECT key FROM ${RATE_LIMITS_TABLE} WHERE key = ANY($1)`, [[stale, live]])
      expect(rows.map((r) => r.key)).toEqual([live])
    })
  })
})

describe('the Redis store (REDIS_URL)', () => {
  const url = 'redis://127.0.0.1:6379'
  const clients: Redis[] = []
  let reachable = false

  beforeAll(async () => {
    const probe = new Redis(url, {
      lazyConnect: true,
      connectTimeout: 1000,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    })
    probe.on('error', () => undefined)
    reachable = await probe
      .connect()
      .then(() => probe.ping())
      .then(
        () => true,
        () => false,
      )
    probe.disconnect()
  })

  afterAll(() => {
    for (const client of clients) client.disconnect()
  })

  const newClient = async () => {
    const client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 })
    clients.push(client)
    await new Promise((resolve) => client.once('ready', resolve))
    return client
  }

  it('is shared by every instance too', async (context) => {
    if (!reachable) context.skip('no Redis on 127.0.0.1:6379')
    const a = instance({ kind: 'redis', client: await newClient() })
    const b = instance({ kind: 'redis', client: await newClient() })
    const client = address()
    for (const limits of [a, b, a]) await limits.consumeOrThrow('gift.client', client)
    expect(await refused(b.consumeOrThrow('gift.client', client))).toBe(429)
    const email = `${randomUUID()}@ac-lille.fr`
    await a.consumeOrThrow('login.account', email)
    await b.consumeOrThrow('login.account', email)
    expect(await refused(a.consumeOrThrow('login.account', email))).toBe(429)
  })

  it('while Redis does not answer, each instance counts in memory and says so', async () => {
    const down = new Redis('redis://127.0.0.1:1', {
      lazyConnect: true,
      enableOfflineQueue: false,
      retryStrategy: () => null,
    })
    down.on('error', () => undefined)
    const warn = vi.fn()
    const limits = instance({ kind: 'redis', client: down }, warn)
    const client = address()
    for (let i = 0; i < 3; i++) await limits.consumeOrThrow('gift.client', client)
    expect(await refused(limits.consumeOrThrow('gift.client', client))).toBe(429)
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('compteurs en mémoire'),
      expect.objectContaining({ limiter: 'gift.client' }),
    )
  })
})
