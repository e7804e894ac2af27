import type { PayloadRequest } from 'payload'

import { invalidateTags } from './memory-cache'
import { revalidatePages } from './next-revalidate'

type Session = { resolve: () => Promise<unknown> }
type Page = [path: string, type?: 'page' | 'layout']

/**
 * Drops the cached entries carrying `tags`, and the cached `pages`, after a change made with `req`:
 * at once, and again once the change's transaction has committed (a reader between the two could
 * otherwise store the data as it was before the commit). With REDIS_URL every instance drops them
 * (shared-cache.ts); without it, this process only, and the other instances converge within the
 * entries' TTL (see README, "Caching").
 */
export function invalidateAfterChange(
  req: PayloadRequest | undefined,
  tags: readonly string[],
  pages: readonly Page[] = [],
): void {
  const drop = () => {
    invalidateTags(tags)
    if (pages.length) revalidatePages(...pages)
  }
  drop()
  const id = req?.transactionID
  if (id === undefined || id === null) return
  if (id instanceof Promise) {
    void id.then(
      () => deferUntilCommit(req, drop),
      () => undefined,
    )
    return
  }
  deferUntilCommit(req, drop)
}

function deferUntilCommit(req: PayloadRequest | undefined, drop: () => void): void {
  const id = req?.transactionID
  const sessions = (req?.payload?.db as unknown as { sessions?: Record<string, Session> } | undefined)?.sessions
  const session = typeof id === 'string' || typeof id === 'number' ? sessions?.[String(id)] : undefined
  if (!session || typeof session.resolve !== 'function') {
    // Not a transaction we can follow (another database adapter): drop once more a moment later.
    setTimeout(drop, 1000).unref?.()
    return
  }
  const commit = session.resolve
  session.resolve = async () => {
    try {
      return await commit()
    } finally {
      drop()
    }
  }
}
