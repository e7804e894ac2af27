import { notFound } from 'next/navigation'
import { cache } from 'react'

import { normalizeHost } from '@/domain/sites/host'
import type { SiteKind } from '@/domain/sites/kinds'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { type Site, siteByHost } from '@/services/sites/registry'
import type { Page } from '@/payload-types'

export { SITE_KINDS } from '@/domain/sites/kinds'
export { type Site, siteUrl } from '@/services/sites/registry'

/**
 * The single source of site identity for pages: a request's hostname (the `[site]` segment the
 * proxy wrote) → its tenant → kind, theme and settings. Sites are data (tenants), so a new
 * programme gets a site without code changes. The list of sites and `siteUrl` live in
 * src/services/sites/registry.ts, so that services (e-mails, payments) build their links the same way.
 */
export const getSiteByHost = cache(async (hostParam: string): Promise<Site | null> => {
  let decoded: string
  try {
    decoded = decodeURIComponent(hostParam)
  } catch {
    return null
  }
  // Junk hosts are answered before the database is asked (and `next build`'s placeholder host too).
  if (!normalizeHost(decoded)) return null
  return siteByHost(await getPayloadOrUnavailable(), decoded)
})

/**
 * The request's site if it is of `kind`, else 404: the guard of a route group's layout
 * (`(sites)/[site]/(projets)/layout.tsx`), and of the route handlers and pages that act before a
 * layout could refuse (a layout renders alongside its page, not before it).
 */
export async function siteOfKindOr404(params: Promise<{ site: string }>, kind: SiteKind): Promise<Site> {
  const site = await getSiteByHost((await params).site)
  if (site?.kind !== kind) notFound()
  return site
}

/** A published page of one site, or null. */
export const getPublishedPage = cache(async (siteId: number, slug: string): Promise<Page | null> => {
  const payload = await getPayloadOrUnavailable()
  const { docs } = await payload.find({
    collection: 'pages',
    where: { and: [{ tenant: { equals: siteId } }, { slug: { equals: slug } }] },
    limit: 1,
    depth: 1,
    draft: false,
    overrideAccess: false,
  })
  return docs[0] ?? null
})

export const listPublishedPages = cache(async (siteId: number): Promise<Pick<Page, 'id' | 'slug' | 'title'>[]> => {
  const payload = await getPayloadOrUnavailable()
  const { docs } = await payload.find({
    collection: 'pages',
    where: { tenant: { equals: siteId } },
    select: { slug: true, title: true },
    sort: 'title',
    limit: 500,
    depth: 0,
    draft: false,
    overrideAccess: false,
  })
  return docs
})
