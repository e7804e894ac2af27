import { randomUUID } from 'node:crypto'

import { Redis } from 'ioredis'

import { env } from '@/env'
import { writeLogLine } from '@/services/logging/log-line'

import { invalidateTags, onInvalidate } from './memory-cache'
import { createSharedPagesHandler } from './shared-pages-handler.mjs'

/**
 * The caches' side of scale-out, when REDIS_URL is set (README, "Caching"): every process of the
 * deployment (the web instances and the jobs worker) shares
 * - Next's full-route cache: the web instances keep it in Redis (next-cache-handler.mjs), and a
 *   process outside a Next request (the worker) drops pages there directly, with the same handler;
 * - the invalidations of the in-memory read models (memory-cache.ts): each one made in a process is
 *   published on a Redis channel, and every other process drops the same tags from its memory.
 * Without REDIS_URL, nothing here runs: each instance keeps its own caches, as before.
 *
 * Published messages are not stored: a process that is disconnected at that moment misses them, and
 * its entries follow within their TTL (as without Redis).
 */

type Target = [path: string, type?: 'page' | 'layout']
type PagesHandler = { revalidateTag: (tag: string) => Promise<void> }

type Shared = {
  origin: string
  channel: string
  publisher: Redis
  subscriber: Redis
  pages: PagesHandler
  /** Page tags waiting for the next flush, and the flush under way. */
  queued: Set<string>
  flushing: Promise<void> | null
}

const KEY = Symbol.for('portail.sharedCache')
const FLUSH_DELAY_MS = 20

let lastWarning = 0
function warn(message: string, error: unknown) {
  if (Date.now() - lastWarning < 60_000) return
  lastWarning = Date.now()
  writeLogLine('warn', message, { reason: error instanceof Error ? error.message : String(error) })
}

/** Next's implicit tag for `revalidatePath(path, type)` (next/dist/server/web/spec-extension/revalidate.js). */
export function implicitTags([path, type]: Target): string[] {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path
  let tag = `_N_T_${trimmed}`
  if (type) tag += `${tag.endsWith('/') ? '' : '/'}${type}`
  if (tag === '_N_T_/') return [tag, '_N_T_/index']
  if (tag === '_N_T_/index') return [tag, '_N_T_/']
  return [tag]
}

function connect(): Shared | null {
  if (!env.REDIS_URL) return null
  const holder = globalThis as typeof globalThis & { [KEY]?: Shared }
  if (holder[KEY]) return holder[KEY]
  const options = { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 }
  const publisher = new Redis(env.REDIS_URL, options)
  const subscriber = new Redis(env.REDIS_URL, { ...options, enableOfflineQueue: true })
  for (const client of [publisher, subscriber])
    client.on('error', (error) =>
      warn('Caches partagés : Redis injoignable, chaque instance suit ses propres caches en attendant.', error),
    )
  const shared: Shared = {
    origin: randomUUID(),
    channel: `${env.REDIS_KEY_PREFIX}cache-invalidations`,
    publisher,
    subscriber,
    pages: createSharedPagesHandler(publisher, env.REDIS_KEY_PREFIX) as PagesHandler,
    queued: new Set(),
    flushing: null,
  }
  subscriber
    .subscribe(shared.channel)
    .catch((error: unknown) => warn('Caches partagés : abonnement impossible.', error))
  subscriber.on('message', (channel: string, message: string) => {
    if (channel !== shared.channel) return
    try {
      const { from, tags } = JSON.parse(message) as { from: string; tags: string[] }
      if (from !== shared.origin && Array.isArray(tags))
        invalidateTags(
          tags.filter((t) => typeof t === 'string'),
          { fromPeer: true },
        )
    } catch (error) {
      warn('Caches partagés : message illisible ignoré.', error)
    }
  })
  onInvalidate((tags) => {
    shared.publisher
      .publish(shared.channel, JSON.stringify({ from: shared.origin, tags }))
      .catch((error: unknown) => warn('Caches partagés : invalidation non publiée.', error))
  })
  holder[KEY] = shared
  return shared
}

/** Connects this process to the shared caches when REDIS_URL is set (Payload's onInit, in every process). */
export function startSharedCache(): void {
  connect()
}

async function flush(shared: Shared): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, FLUSH_DELAY_MS))
  const tags = [...shared.queued]
  shared.queued.clear()
  for (const tag of tags) {
    try {
      await shared.pages.revalidateTag(tag)
    } catch (error) {
      warn('Cache des pages : invalidation impossible dans Redis, les pages suivront à leur prochain rendu.', error)
    }
  }
}

/**
 * Drops pages of the shared full-route cache from outside a Next request (the jobs worker,
 * scripts), as `revalidatePath` does inside one. Calls made within a few milliseconds are sent
 * together, each tag once (1,000 campaigns closing in a row drop the project pages a few times,
 * not 1,000). False when there is no shared cache (no REDIS_URL).
 */
export function revalidateSharedPages(targets: Target[]): boolean {
  const shared = connect()
  if (!shared) return false
  for (const target of targets) for (const tag of implicitTags(target)) shared.queued.add(tag)
  if (!shared.flushing) {
    shared.flushing = flush(shared).finally(() => {
      shared.flushing = null
      if (shared.queued.size) revalidateSharedPages([])
    })
  }
  return true
}

/** Waits for the page invalidations under way (a script about to exit, tests). */
async function settleSharedPages(): Promise<void> {
  const shared = (globalThis as typeof globalThis & { [KEY]?: Shared })[KEY]
  while (shared?.flushing) await shared.flushing
}

/** Closes this process's connections (shutdown). */
export async function stopSharedCache(): Promise<void> {
  const holder = globalThis as typeof globalThis & { [KEY]?: Shared }
  const shared = holder[KEY]
  if (!shared) return
  await settleSharedPages()
  onInvalidate(undefined)
  delete holder[KEY]
  await Promise.allSettled([shared.publisher.quit(), shared.subscriber.quit()])
}
