import type { Payload } from 'payload'

import { contentPath } from '@/domain/content/paths'
import type { ExpertArticle, News, Redirect, WorkshopKit } from '@/payload-types'

/**
 * What visitors of one site may read of the editorial content: published documents of that site
 * only, read as an anonymous visitor (overrideAccess: false, no user), so drafts never leak.
 */
export type PublicCollection = 'expert-articles' | 'news' | 'workshop-kits'
export type DocOf<C extends PublicCollection> = C extends 'expert-articles'
  ? ExpertArticle
  : C extends 'news'
    ? News
    : WorkshopKit

export async function findPublished<C extends PublicCollection>(
  payload: Payload,
  collection: C,
  siteId: number,
  slug: string,
): Promise<DocOf<C> | null> {
  const { docs } = await payload.find({
    collection,
    where: { and: [{ tenant: { equals: siteId } }, { slug: { equals: slug } }] },
    limit: 1,
    depth: 2,
    draft: false,
    overrideAccess: false,
  })
  return (docs[0] as unknown as DocOf<C> | undefined) ?? null
}

export async function listPublished<C extends PublicCollection>(
  payload: Payload,
  collection: C,
  siteId: number,
  limit = 100,
): Promise<DocOf<C>[]> {
  const { docs } = await payload.find({
    collection,
    where: { tenant: { equals: siteId } },
    sort: collection === 'workshop-kits' ? 'title' : '-publishedDate',
    limit,
    depth: 1,
    draft: false,
    overrideAccess: false,
  })
  return docs as unknown as DocOf<C>[]
}

/** The site's redirect of an old path, if an editor set one: where to, and whether permanently. */
export async function findRedirect(
  payload: Payload,
  siteId: number,
  path: string,
): Promise<{ to: string; permanent: boolean } | null> {
  const { docs } = await payload.find({
    collection: 'redirects',
    where: { and: [{ tenant: { equals: siteId } }, { from: { equals: path } }] },
    limit: 1,
    depth: 1,
    overrideAccess: false,
  })
  const redirect = docs[0] as Redirect | undefined
  if (!redirect) return null
  const to = redirectTarget(redirect)
  return to ? { to, permanent: redirect.type !== '302' } : null
}

function redirectTarget(redirect: Redirect): string | null {
  if (redirect.to?.type === 'custom') return redirect.to.url ?? null
  const reference = redirect.to?.reference
  if (!reference || typeof reference.value !== 'object') return null
  const doc = reference.value as {
    slug?: string
    breadcrumbs?: { url?: string | null }[] | null
    _status?: string | null
  }
  if (doc._status && doc._status !== 'published') return null
  return contentPath(reference.relationTo, doc)
}
