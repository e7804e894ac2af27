import { LRUCache } from 'lru-cache'
import type { Payload, SanitizedCollectionConfig } from 'payload'

/**
 * Whether a stored file name belongs to a document of an upload collection, for the REST guard's
 * `GET /api/<collection>/file/<name>` (a name no document has answers 404 without reaching the
 * store). Every public picture on a page is such a request: the answer is kept in memory, so that
 * a file served again does not cost a database query each time.
 *
 * - A name found is remembered 60 s; a name not found 5 s (names are `<uuid>…`: a request for one
 *   that does not exist yet is a guess, and the short memory bounds how long a file just stored
 *   could be answered 404 by another instance that was asked for it before).
 * - A document deleted, or whose file is replaced, is forgotten at once by this instance
 *   (`forgetStoredFileNames`, called by the upload collections' hooks); another instance may still
 *   believe the name exists for up to 60 s, and then asks the store, which answers 404 for a file
 *   deleted with its document (on disk: src/services/media/stored-upload.ts; S3 answers 404 itself).
 *   Only a file left behind by a failed deletion could be served by that instance meanwhile.
 * - 5,000 names at most (least recently used dropped first), so that a flood of invented names
 *   costs a bounded amount of memory; each of those still costs one query, as before.
 */
const FOUND_MS = 60_000
const MISSING_MS = 5_000

const known = new LRUCache<string, boolean>({ max: 5_000 })

const keyOf = (collection: string, filename: string) => `${collection}\u0000${filename}`

/** The names of a document's stored files: the original and each derived size. */
export function storedFileNamesOf(doc: { filename?: unknown; sizes?: unknown } | null | undefined): string[] {
  if (!doc) return []
  const sizes =
    doc.sizes && typeof doc.sizes === 'object'
      ? Object.values(doc.sizes as Record<string, { filename?: unknown } | null>)
      : []
  return [doc.filename, ...sizes.map((size) => size?.filename)].filter(
    (name): name is string => typeof name === 'string' && name.length > 0,
  )
}

/** Whether a document of `collection` has a stored file named `filename` (the original or a derived size). */
export async function storedFileExists(
  payload: Payload,
  collection: SanitizedCollectionConfig,
  filename: string,
): Promise<boolean> {
  const key = keyOf(collection.slug, filename)
  const cached = known.get(key)
  if (cached !== undefined) return cached
  const sizes = typeof collection.upload === 'object' ? (collection.upload.imageSizes ?? []) : []
  const where = {
    or: [
      { filename: { equals: filename } },
      ...sizes.map(({ name }) => ({ [`sizes.${name}.filename`]: { equals: filename } })),
    ],
  }
  const found = Boolean(await payload.db.findOne({ collection: collection.slug, where }))
  known.set(key, found, { ttl: found ? FOUND_MS : MISSING_MS })
  return found
}

/** Forgets what this instance knows of these names (a document deleted, or its file replaced). */
export function forgetStoredFileNames(collection: string, filenames: readonly string[]): void {
  for (const filename of filenames) known.delete(keyOf(collection, filename))
}
