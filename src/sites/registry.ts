import { cache } from 'react'

import { normalizeHost } from '@/domain/sites/host'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { cached } from '@/services/cache/memory-cache'
import { CACHE_TAGS } from '@/services/cache/tags'
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

/** How long the list of sites is kept in memory (Tenants and SiteSettings hooks also drop it on change). */
export const SITES_CACHE_SECONDS = 60

/**
 * Every site, by hostname: all tenants and their settings in one cache entry (the list is short),
 * so that a request's host is looked up in memory, and arbitrary Host headers never create cache
 * entries. Read as an anonymous visitor (overrideAccess: false): only what the public may see.
 */
async function loadSites(): Promise<Map<string, Site>> {
  const payload = await getPayloadOrUnavailable()
  const [tenants, settings] = await Promise.all([
    payload.find({ collection: 'tenants', pagination: false, depth: 0, overrideAccess: false }),
    // depth 1: the logo's file (the tenant relation is read either way below).
    payload.find({ collection: 'site-settings', pagination: false, depth: 1, overrideAccess: false }),
  ])
  const settingsOf = new Map<number, SiteSetting>()
  for (const setting of settings.docs) {
    const tenantId = typeof setting.tenant === 'object' && setting.tenant !== null ? setting.tenant.id : setting.tenant
    if (typeof tenantId === 'number' && !settingsOf.has(tenantId)) settingsOf.set(tenantId, setting)
  }
  const byHost = new Map<string, Site>()
  for (const tenant of tenants.docs as Tenant[]) {
    const site: Site = {
      id: tenant.id,
      slug: tenant.slug,
      name: tenant.name,
      description: tenant.description ?? null,
      primaryDomain: tenant.domains[0]?.domain ?? '',
      theme: { primary: tenant.theme.primary, accent: tenant.theme.accent },
      settings: settingsOf.get(tenant.id) ?? null,
    }
    for (const { domain } of tenant.domains) {
      const host = normalizeHost(domain)
      if (host && !byHost.has(host)) byHost.set(host, site)
    }
  }
  return byHost
}

const allSites = () => cached('sites', { tags: [CACHE_TAGS.sites], ttlSeconds: SITES_CACHE_SECONDS }, loadSites)

/**
 * The single source of site identity: a request's hostname → its tenant → theme and settings.
 * Sites are data (tenants), so a new programme gets a site without code changes.
 */
export const getSiteByHost = cache(async (hostParam: string): Promise<Site | null> => {
  let decoded: string
  try {
    decoded = decodeURIComponent(hostParam)
  } catch {
    return null
  }
  const host = normalizeHost(decoded)
  if (!host) return null
  return (await allSites()).get(host) ?? null
})

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
