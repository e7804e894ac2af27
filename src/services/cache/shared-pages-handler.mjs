/**
 * The Redis store of Next's full-route cache, as every process of a deployment opens it: the web
 * instances through Next (next-cache-handler.mjs) and the jobs worker directly (shared-cache.ts),
 * so that both read and invalidate the same keys. @fortedigital/nextjs-cache-handler's
 * `redis-strings` handler on an ioredis client. Plain JavaScript: Next imports it at run time.
 */
import { ioredisAdapter } from '@fortedigital/nextjs-cache-handler/helpers/ioredisAdapter'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'

/** The Redis keys of Next's cache under the deployment's prefix (REDIS_KEY_PREFIX, default `portail:`). */
export function nextCacheKeyPrefix(prefix = process.env.REDIS_KEY_PREFIX || 'portail:') {
  return `${prefix}next:`
}

/** The redis-strings handler on `client` (an ioredis client), with the deployment's keys. */
export function createSharedPagesHandler(client, prefix) {
  return createRedisHandler({ client: ioredisAdapter(client), keyPrefix: nextCacheKeyPrefix(prefix), timeoutMs: 2000 })
}
