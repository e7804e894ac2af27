/**
 * A small in-process cache for the public sites' read models (the list of sites, catalogue
 * results, public project pages): values that every anonymous visitor sees alike.
 *
 * - Each entry lives `ttlSeconds` (fresh), then may be served stale for `staleSeconds` more while
 *   one background load refreshes it; after that a reader waits for a new load. The TTL is the
 *   safety net that makes several instances (each with its own memory) converge, and that covers
 *   changes made where no hook runs (raw SQL, another instance, the jobs worker).
 * - Tags: `invalidateTags` drops every entry carrying one of them at once (Payload hooks call it
 *   through `src/services/cache/invalidate.ts`). A load that started before an invalidation of one
 *   of its tags is returned to its callers but not stored: it may have read the old data.
 * - One load at a time per key (concurrent readers of a missing entry share it), and at most
 *   `MAX_ENTRIES` entries, least recently used out first: unbounded keys (search text) cannot
 *   exhaust memory.
 * - Nothing here depends on Next.js: it works the same in `next start`, the jobs worker and tests.
 *   The state lives on `globalThis`, so that every bundle of the Next.js server (pages, the API
 *   route that runs Payload's hooks) shares one cache per process.
 *
 * Cached values are shared between requests: callers must not mutate them.
 */

export const MAX_ENTRIES = 2000

type Entry = {
  value: unknown
  tags: readonly string[]
  freshUntil: number
  staleUntil: number
  refreshing: boolean
}

type Pending = { promise: Promise<unknown> }

type State = {
  entries: Map<string, Entry>
  pending: Map<string, Pending>
  /** Invalidation counter, and the counter's value at each tag's last invalidation. */
  clock: number
  invalidatedAt: Map<string, number>
  /** Told of each invalidation made in this process (shared-cache.ts sends it to the other processes). */
  onInvalidate?: (tags: readonly string[]) => void
}

const STATE = Symbol.for('portail.memory-cache')

function state(): State {
  const holder = globalThis as typeof globalThis & { [STATE]?: State }
  holder[STATE] ??= { entries: new Map(), pending: new Map(), clock: 0, invalidatedAt: new Map() }
  return holder[STATE]
}

export type CacheOptions<T> = {
  /** Tags to invalidate the entry by, fixed or computed from the loaded value (a small set: each is remembered). */
  tags: readonly string[] | ((value: T) => readonly string[])
  /** Seconds the entry is served as is. */
  ttlSeconds: number
  /** Seconds past the TTL during which the stale value is served while it is refreshed (default: the TTL). */
  staleSeconds?: number
  /** Whether to store this value (default: always). E.g. not a "not found", whose keys are unbounded. */
  store?: (value: T) => boolean
}

const now = () => Date.now()

function tagsOf<T>(options: CacheOptions<T>, value: T): readonly string[] {
  return typeof options.tags === 'function' ? options.tags(value) : options.tags
}

function invalidatedSince(s: State, tags: readonly string[], clock: number): boolean {
  return tags.some((tag) => (s.invalidatedAt.get(tag) ?? -1) >= clock)
}

function put<T>(s: State, key: string, value: T, options: CacheOptions<T>, startedAt: number): void {
  if (options.store && !options.store(value)) {
    s.entries.delete(key)
    return
  }
  const tags = tagsOf(options, value)
  if (invalidatedSince(s, tags, startedAt)) return
  const t = now()
  const ttl = options.ttlSeconds * 1000
  s.entries.delete(key)
  s.entries.set(key, {
    value,
    tags,
    freshUntil: t + ttl,
    staleUntil: t + ttl + (options.staleSeconds ?? options.ttlSeconds) * 1000,
    refreshing: false,
  })
  while (s.entries.size > MAX_ENTRIES) {
    const oldest = s.entries.keys().next().value
    if (oldest === undefined) break
    s.entries.delete(oldest)
  }
}

/** Loads once for every concurrent reader of `key`, stores the result if still valid. */
function loadShared<T>(s: State, key: string, options: CacheOptions<T>, load: () => Promise<T>): Promise<T> {
  const existing = s.pending.get(key)
  if (existing) return existing.promise as Promise<T>
  const startedAt = s.clock
  const pending: Pending = { promise: Promise.resolve() }
  s.pending.set(key, pending) // before load() runs: it may fail synchronously
  const promise = (async () => {
    try {
      const value = await load()
      put(s, key, value, options, startedAt)
      return value
    } finally {
      if (s.pending.get(key) === pending) s.pending.delete(key)
    }
  })()
  pending.promise = promise
  return promise
}

/** The value cached under `key`, or `load()`'s (stored for the next readers). */
export async function cached<T>(key: string, options: CacheOptions<T>, load: () => Promise<T>): Promise<T> {
  const s = state()
  const entry = s.entries.get(key)
  if (entry) {
    const t = now()
    if (t < entry.freshUntil) {
      // Least recently used goes first: move this one to the end.
      s.entries.delete(key)
      s.entries.set(key, entry)
      return entry.value as T
    }
    if (t < entry.staleUntil) {
      if (!entry.refreshing) {
        entry.refreshing = true
        loadShared(s, key, options, load).catch((error: unknown) => {
          entry.refreshing = false
          console.error(
            `[cache] refreshing ${key.slice(0, 200)} failed:`,
            error instanceof Error ? error.message : error,
          )
        })
      }
      return entry.value as T
    }
    s.entries.delete(key)
  }
  return loadShared(s, key, options, load)
}

/**
 * Drops every entry carrying one of `tags`, and keeps loads already running from storing. The
 * other processes are told too when a listener is set (`fromPeer`: an invalidation they sent).
 */
export function invalidateTags(tags: readonly string[], { fromPeer = false }: { fromPeer?: boolean } = {}): void {
  if (!tags.length) return
  const s = state()
  if (!fromPeer) s.onInvalidate?.(tags)
  const clock = s.clock++
  for (const tag of tags) s.invalidatedAt.set(tag, clock)
  for (const [key, entry] of s.entries) {
    if (entry.tags.some((tag) => tags.includes(tag))) s.entries.delete(key)
  }
  // Loads already running may have read the old data: later readers start their own.
  s.pending.clear()
}

/** Sets the listener of this process's invalidations (one per process; `undefined` removes it). */
export function onInvalidate(listener: ((tags: readonly string[]) => void) | undefined): void {
  state().onInvalidate = listener
}

/** Empties the cache (tests). */
export function clearCache(): void {
  const s = state()
  s.entries.clear()
  s.invalidatedAt.clear()
}

/** How many entries are stored (tests, diagnostics). */
export function cacheSize(): number {
  return state().entries.size
}
