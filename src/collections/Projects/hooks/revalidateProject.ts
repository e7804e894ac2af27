import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { invalidateAfterChange } from '@/services/cache/invalidate'
import { CACHED_PAGES } from '@/services/cache/pages'
import { CACHE_TAGS } from '@/services/cache/tags'

/**
 * A project changed or was deleted (through the admin, the API, or the jobs worker opening and
 * closing campaigns): cached catalogue results are dropped, and the project pages re-rendered on
 * their next visit, at once and again when the change commits (src/services/cache). With REDIS_URL
 * on every instance; without it in this process only, the others following within the TTL.
 */
export const revalidateProject: CollectionAfterChangeHook & CollectionAfterDeleteHook = ({ doc, req }) => {
  invalidateAfterChange(
    req,
    [CACHE_TAGS.catalogue],
    [CACHED_PAGES.projects, CACHED_PAGES.catalogue, CACHED_PAGES.filteredCatalogue],
  )
  return doc
}
