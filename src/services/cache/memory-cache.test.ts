import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { MAX_ENTRIES, cacheSize, cached, clearCache, invalidateTags } from './memory-cache'

const deferred = <T>() => {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

beforeEach(() => {
  clearCache()
  vi.useFakeTimers({ now: new Date('2027-01-10T10:00:00Z') })
})

afterEach(() => {
  vi.useRealTimers()
})

describe('the in-memory cache of public read models', () => {
  it('loads once, then serves the stored value until the TTL', async () => {
    const load = vi.fn(async () => ({ n: 1 }))
    const options = { tags: ['a'], ttlSeconds: 60 }
    expect(await cached('k', options, load)).toEqual({ n: 1 })
    expect(await cached('k', options, load)).toEqual({ n: 1 })
    vi.advanceTimersByTime(59_000)
    await cached('k', options, load)
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('shares one load between concurrent readers of a missing entry', async () => {
    const gate = deferred<string>()
    const load = vi.fn(() => gate.promise)
    const readers = Promise.all([1, 2, 3].map(() => cached('k', { tags: [], ttlSeconds: 60 }, load)))
    gate.resolve('v')
    expect(await readers).toEqual(['v', 'v', 'v'])
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('serves a stale value while one background load refreshes it, then the new one', async () => {
    const gate = deferred<number>()
    const load = vi.fn(async () => 1)
    const options = { tags: [], ttlSeconds: 60, staleSeconds: 60 }
    expect(await cached('k', options, load)).toBe(1)
    vi.advanceTimersByTime(61_000)
    load.mockImplementation(() => gate.promise)
    expect(await cached('k', options, load)).toBe(1)
    expect(await cached('k', options, load)).toBe(1)
    expect(load).toHaveBeenCalledTimes(2)
    gate.resolve(2)
    await vi.waitFor(async () => expect(await cached('k', options, load)).toBe(2))
    expect(load).toHaveBeenCalledTimes(2)
  })

  it('waits for a new load once past the stale window', async () => {
    let version = 0
    const load = async () => ++version
    const options = { tags: [], ttlSeconds: 60, staleSeconds: 10 }
    await cached('k', options, load)
    vi.advanceTimersByTime(71_000)
    expect(await cached('k', options, load)).toBe(2)
  })

  it('drops the entries of an invalidated tag, and only those', async () => {
    let version = 0
    const load = async () => ++version
    await cached('catalogue', { tags: ['catalogue'], ttlSeconds: 60 }, load)
    await cached('project', { tags: (v: number) => [`project:${v}`], ttlSeconds: 60 }, load)
    invalidateTags(['catalogue'])
    expect(await cached('catalogue', { tags: ['catalogue'], ttlSeconds: 60 }, load)).toBe(3)
    expect(await cached('project', { tags: (v: number) => [`project:${v}`], ttlSeconds: 60 }, load)).toBe(2)
    invalidateTags(['project:2'])
    expect(await cached('project', { tags: (v: number) => [`project:${v}`], ttlSeconds: 60 }, load)).toBe(4)
  })

  it('does not store a load that started before an invalidation of its tags (it may have read old data)', async () => {
    const gate = deferred<string>()
    const before = cached('k', { tags: ['t'], ttlSeconds: 60 }, () => gate.promise)
    invalidateTags(['t'])
    gate.resolve('old')
    expect(await before).toBe('old')
    expect(await cached('k', { tags: ['t'], ttlSeconds: 60 }, async () => 'new')).toBe('new')
  })

  it('does not hand a load started before an invalidation to a reader arriving after it', async () => {
    const gate = deferred<string>()
    const before = cached('k', { tags: ['t'], ttlSeconds: 60 }, () => gate.promise)
    invalidateTags(['t'])
    const after = cached('k', { tags: ['t'], ttlSeconds: 60 }, async () => 'new')
    gate.resolve('old')
    expect(await before).toBe('old')
    expect(await after).toBe('new')
    expect(await cached('k', { tags: ['t'], ttlSeconds: 60 }, async () => 'newer')).toBe('new')
  })

  it('does not store what `store` refuses (e.g. not found), nor a failed load', async () => {
    const options = { tags: [], ttlSeconds: 60, store: (v: string | null) => v !== null }
    expect(await cached('missing', options, async () => null)).toBeNull()
    expect(await cached('missing', options, async () => 'found')).toBe('found')
    await expect(
      cached('failing', { tags: [], ttlSeconds: 60 }, () => Promise.reject(new Error('down'))),
    ).rejects.toThrow('down')
    expect(await cached('failing', { tags: [], ttlSeconds: 60 }, async () => 'back')).toBe('back')
    const throwing = () => {
      throw new Error('at once')
    }
    await expect(cached('sync', { tags: [], ttlSeconds: 60 }, throwing)).rejects.toThrow('at once')
    expect(await cached('sync', { tags: [], ttlSeconds: 60 }, async () => 'back')).toBe('back')
  })

  it('keeps at most MAX_ENTRIES entries, the least recently used out first', async () => {
    const options = { tags: [], ttlSeconds: 60 }
    await cached('first', options, async () => 'kept')
    for (let i = 0; i < MAX_ENTRIES + 10; i++) {
      await cached(`flood-${i}`, options, async () => i)
      if (i % 100 === 0) await cached('first', options, async () => 'reloaded')
    }
    expect(cacheSize()).toBe(MAX_ENTRIES)
    expect(await cached('first', options, async () => 'reloaded')).toBe('kept')
    expect(await cached('flood-0', options, async () => 'reloaded')).toBe('reloaded')
  })
})
