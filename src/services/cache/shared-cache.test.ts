import { afterEach, describe, expect, it, vi } from 'vitest'

import { cached, clearCache, invalidateTags, onInvalidate } from './memory-cache'
import { implicitTags, revalidateSharedPages } from './shared-cache'

afterEach(() => {
  onInvalidate(undefined)
  clearCache()
})

describe('the shared caches (REDIS_URL)', () => {
  it.each([
    [['/(sites)/[site]/(projets)/projets/[slug]', 'layout'], ['_N_T_/(sites)/[site]/(projets)/projets/[slug]/layout']],
    [['/(sites)/[site]/(projets)/projets', 'page'], ['_N_T_/(sites)/[site]/(projets)/projets/page']],
    [['/', 'layout'], ['_N_T_/layout']],
    [['/projets/'], ['_N_T_/projets']],
    [['/'], ['_N_T_/', '_N_T_/index']],
  ] as const)('names the pages of revalidatePath(%j) with Next’s implicit tags %j', (target, tags) => {
    expect(implicitTags([...target] as [string, 'page' | 'layout'])).toEqual(tags)
  })

  it('tells the listener of this process’s invalidations, not of those another process sent', async () => {
    const listener = vi.fn()
    onInvalidate(listener)
    invalidateTags(['catalogue'])
    expect(listener).toHaveBeenCalledWith(['catalogue'])
    await cached('k', { tags: ['catalogue'], ttlSeconds: 60 }, async () => 'before')
    invalidateTags(['catalogue'], { fromPeer: true })
    expect(listener).toHaveBeenCalledTimes(1)
    expect(await cached('k', { tags: ['catalogue'], ttlSeconds: 60 }, async () => 'after')).toBe('after')
  })

  it('without REDIS_URL, there is nothing to share', () => {
    expect(revalidateSharedPages([['/(sites)/[site]/(projets)/projets/[slug]', 'layout']])).toBe(false)
  })
})
