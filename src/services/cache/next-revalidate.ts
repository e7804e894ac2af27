import { revalidatePath } from 'next/cache'

import { revalidateSharedPages } from './shared-cache'

/** Next's "static generation store missing" (E263): revalidatePath called outside a Next.js request. */
const OUTSIDE_NEXT = /static generation store missing/

/**
 * Drops pages of Next's full-route cache (ISR) after a change, e.g. `('/[site]/projets/[slug]', 'page')`.
 * In a Next.js request (the admin and the API, server actions) Next does it at the end of the
 * request. Outside one (the jobs worker, scripts, tests) Next throws "static generation store
 * missing": with REDIS_URL the pages are dropped from the cache the web instances share
 * (shared-cache.ts); without it there is nothing to drop from here, and the pages follow within
 * their `revalidate` time. Any other failure is logged, never thrown: the change itself has been saved.
 */
export function revalidatePages(...targets: [path: string, type?: 'page' | 'layout'][]): void {
  for (const [path, type] of targets) {
    try {
      revalidatePath(path, type)
    } catch (error) {
      if (error instanceof Error && OUTSIDE_NEXT.test(error.message)) {
        revalidateSharedPages(targets)
        return
      }
      console.error(`[cache] revalidatePath(${path}) failed:`, error instanceof Error ? error.message : error)
    }
  }
}
