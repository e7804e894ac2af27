import config from '@payload-config'
import { getPayload } from 'payload'
import { cache } from 'react'

import { normalizeHost } from '@/domain/sites/host'
import type { Page, SiteSetting, Tenant } from '@/payload-types'

export type Site = {
  id: number
  slug: string
  name: string
  description: string | null
  primaryDomain: string
  theme: { primary: string; accent: string }
  settings: SiteSetting | null
}

/**
 * The single source of site identity: a request's hostname → its tenant → theme and settings.
 * Sites are data (tenants), so a new programme gets a site without code changes. Read as an
 * anonymous visitor (overrideAccess: false): only what the public may see.
 */
export const getSiteByHost = cache(async (hostParam: string): Promise<Site | null> => {
  const host = normalizeHost(decodeURIComponent(hostParam))
  if (!host) return null
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'tenants',
    where: { 'domains.domain': { equals: host } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
  })
  const tenant: Tenant | undefined = docs[0]
  if (!tenant) return null
  const settings = await payload.find({
    collection: 'site-settings',
    where: { tenant: { equals: tenant.id } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
  })
  return {
    id: tenant.id,
    slug: tenant.slug,
    name: tenant.name,
    description: tenant.description ?? null,
    primaryDomain: tenant.domains[0]?.domain ?? host,
    theme: { primary: tenant.theme.primary, accent: tenant.theme.accent },
    settings: settings.docs[0] ?? null,
  }
})

/** A published page of one site, or null. */
export const getPublishedPage = cache(async (siteId: number, slug: string): Promise<Page | null> => {
  const payload = await getPayload({ config })
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
  const payload = await getPayload({ config })
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
