import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { invalidateAfterChange } from '@/services/cache/invalidate'
import { revalidatePages } from '@/services/cache/next-revalidate'
import { CACHED_PAGES } from '@/services/cache/pages'
import { CACHE_TAGS } from '@/services/cache/tags'

/**
 * A project changed or was deleted: cached catalogue results are dropped, and the project pages
 * re-rendered on their next visit (src/services/cache). In this process only: other instances,
 * and changes made by the jobs worker, follow within the caches' TTL.
 */
export const revalidateProject: CollectionAfterChangeHook & CollectionAfterDeleteHook = ({ doc, req }) => {
  invalidateAfterChange(req, [CACHE_TAGS.catalogue])
  revalidatePages(CACHED_PAGES.projects, CACHED_PAGES.catalogue, CACHED_PAGES.filteredCatalogue)
  return doc
}
