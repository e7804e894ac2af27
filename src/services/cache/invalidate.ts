import type { PayloadRequest } from 'payload'

import { invalidateTags } from './memory-cache'

type Session = { resolve: () => Promise<unknown> }

/**
 * Drops the cached entries carrying `tags` after a change made with `req`: at once, and again once
 * the change's transaction has committed (a reader between the two could otherwise store the data
 * as it was before the commit). Only this process's memory is affected: other instances converge
 * within the entries' TTL (see README, "Caching").
 */
export function invalidateAfterChange(req: PayloadRequest | undefined, tags: readonly string[]): void {
  invalidateTags(tags)
  const id = req?.transactionID
  if (id === undefined || id === null) return
  if (id instanceof Promise) {
    void id.then(() => deferUntilCommit(req, tags), () => undefined)
    return
  }
  deferUntilCommit(req, tags)
}

function deferUntilCommit(req: PayloadRequest | undefined, tags: readonly string[]): void {
  const id = req?.transactionID
  const sessions = (req?.payload?.db as unknown as { sessions?: Record<string, Session> } | undefined)?.sessions
  const session = typeof id === 'string' || typeof id === 'number' ? sessions?.[String(id)] : undefined
  if (!session || typeof session.resolve !== 'function') {
    // Not a transaction we can follow (another database adapter): drop once more a moment later.
    setTimeout(() => invalidateTags(tags), 1000).unref?.()
    return
  }
  const commit = session.resolve
  session.resolve = async () => {
    try {
      return await commit()
    } finally {
      invalidateTags(tags)
    }
  }
}
