import type { PayloadRequest } from 'payload'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { invalidateAfterChange } from './invalidate'
import { cached, clearCache } from './memory-cache'
import { revalidatePages } from './next-revalidate'
import { CACHED_PAGES } from './pages'

const options = { tags: ['catalogue'], ttlSeconds: 60 }

beforeEach(() => clearCache())
afterEach(() => vi.restoreAllMocks())

describe('invalidation after a change', () => {
  it('drops the tagged entries at once, and again when the change’s transaction commits', async () => {
    const commit = vi.fn(async () => undefined)
    const sessions: Record<string, { resolve: () => Promise<unknown> }> = { tx1: { resolve: commit } }
    const req = { transactionID: 'tx1', payload: { db: { sessions } } } as unknown as PayloadRequest

    await cached('k', options, async () => 'before')
    invalidateAfterChange(req, ['catalogue'])
    // A reader between the change and its commit still reads the old row, and stores it…
    expect(await cached('k', options, async () => 'read before the commit')).toBe('read before the commit')
    // …until the commit drops it again.
    await sessions.tx1.resolve()
    expect(commit).toHaveBeenCalledOnce()
    expect(await cached('k', options, async () => 'after')).toBe('after')
  })

  it('without a transaction, drops at once', async () => {
    await cached('k', options, async () => 'before')
    invalidateAfterChange({ payload: { db: {} } } as unknown as PayloadRequest, ['catalogue'])
    expect(await cached('k', options, async () => 'after')).toBe('after')
  })

  it('outside a Next.js request (jobs worker, tests), page revalidation is a silent no-op', () => {
    const error = vi.spyOn(console, 'error')
    expect(() => revalidatePages(CACHED_PAGES.projects, CACHED_PAGES.all)).not.toThrow()
    expect(error).not.toHaveBeenCalled()
  })
})
