/**
 * Next's cache handler when REDIS_URL is set (next.config.ts): the full-route cache (ISR pages) and its tag invalidations live in Redis,
 * shared by every web instance, and the jobs worker invalidates the same entries
 * (src/services/cache/shared-cache.ts). Built on @fortedigital/nextjs-cache-handler's
 * `redis-strings` handler with an ioredis client.
 *
 * While Redis cannot be reached, each instance falls back to a bounded cache in its own memory
 * (as without Redis: another instance's changes are seen once the page's `revalidate` has passed).
 *
 * Plain JavaScript: Next imports this file at run time, outside its bundles.
 */
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import { Redis } from 'ioredis'

import { createSharedPagesHandler } from './shared-pages-handler.mjs'

const CONFIG = Symbol.for('portail.nextCacheHandler')

CacheHandler.onCreation(() => {
  const holder = globalThis
  if (holder[CONFIG]) return holder[CONFIG]
  // `next build` with REDIS_URL set: what it prerenders stays in the build.
  if (process.env.NEXT_PHASE === 'phase-production-build') return { handlers: [createLruHandler()] }
  const client = new Redis(process.env.REDIS_URL, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
  })
  let lastError = 0
  client.on('error', (error) => {
    if (Date.now() - lastError < 60_000) return
    lastError = Date.now()
    console.warn(
      JSON.stringify({
        level: 'warn',
        msg: 'Cache des pages : Redis injoignable, cache en mémoire de cette instance en attendant.',
        reason: error.message,
      }),
    )
  })
  holder[CONFIG] = {
    // Read from the first handler that answers: Redis, or this instance's memory while Redis is down.
    handlers: [
      createSharedPagesHandler(client),
      createLruHandler({ maxItemsNumber: 1000, maxItemSizeBytes: 50 * 1024 * 1024 }),
    ],
  }
  return holder[CONFIG]
})

export default CacheHandler
