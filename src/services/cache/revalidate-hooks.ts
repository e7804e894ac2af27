import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { invalidateAfterChange } from './invalidate'
import { CACHED_PAGES } from './pages'
import { CACHE_TAGS } from './tags'

/** Tenants and site settings: the list of sites is read again, and every cached page re-rendered. */
export const revalidateSites: CollectionAfterChangeHook & CollectionAfterDeleteHook = ({ doc, req }) => {
  invalidateAfterChange(req, [CACHE_TAGS.sites], [CACHED_PAGES.all])
  return doc
}

/** Project news: project pages (which list their public news) are re-rendered on their next visit. */
export const revalidateProjectNews: CollectionAfterChangeHook & CollectionAfterDeleteHook = ({ doc, req }) => {
  invalidateAfterChange(req, [], [CACHED_PAGES.projects])
  return doc
}

/** Activity reports: the report page and its PDF read the editors' text again. */
export const revalidateActivityReports: CollectionAfterChangeHook & CollectionAfterDeleteHook = ({ doc, req }) => {
  invalidateAfterChange(req, [CACHE_TAGS.activityReports], [CACHED_PAGES.activityReport])
  return doc
}
