import type { Payload } from 'payload'

import { normalizeHost } from '@/domain/sites/host'
import { type SiteKind, siteKindOf } from '@/domain/sites/kinds'
import { siteOrigin } from '@/domain/sites/origins'
import { env } from '@/env'
import type { SiteSetting, Tenant } from '@/payload-types'
import { cached } from '@/services/cache/memory-cache'
import { CACHE_TAGS } from '@/services/cache/tags'

export type Site = {
  id: number
  slug: string
  /** The pages it has beyond those every site shares (null: a site of pages and content only). */
  kind: SiteKind | null
  name: string
  description: string | null
  /** The first of its domains: where its links lead, whichever host served a request. */
  primaryDomain: string
  theme: { primary: string; accent: string }
  settings: SiteSetting | null
}

type Sites = { all: readonly Site[]; byHost: ReadonlyMap<string, Site> }

/** How long the list of sites is kept in memory (Tenants and SiteSettings hooks also drop it on change). */
export const SITES_CACHE_SECONDS = 60

/**
 * Every site and its hostnames: all tenants and their settings in one cache entry (the list is
 * short), so that a request's host or a link's site is looked up in memory, and arbitrary Host
 * headers never create cache entries. Read as an anonymous visitor (overrideAccess: false): only
 * what the public may see.
 */
async function loadSites(payload: Payload): Promise<Sites> {
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
  const all: Site[] = []
  const byHost = new Map<string, Site>()
  for (const tenant of tenants.docs as Tenant[]) {
    const site: Site = {
      id: tenant.id,
      slug: tenant.slug,
      kind: siteKindOf(tenant.slug),
      name: tenant.name,
      description: tenant.description ?? null,
      primaryDomain: tenant.domains[0]?.domain ?? '',
      theme: { primary: tenant.theme.primary, accent: tenant.theme.accent },
      settings: settingsOf.get(tenant.id) ?? null,
    }
    all.push(site)
    for (const { domain } of tenant.domains) {
      const host = normalizeHost(domain)
      if (host && !byHost.has(host)) byHost.set(host, site)
    }
  }
  allowSiteOrigins(payload, byHost.keys())
  return { all, byHost }
}

/**
 * Every site domain saved in the database may send credentialed requests: its origin joins
 * Payload's `csrf` and `cors` lists (read on each request), so a domain an admin adds works as soon
 * as this instance reloads its list of sites, without a restart. Origins are only added: those of
 * SERVER_URL and SITE_HOSTS_* (allSiteOrigins) stay, and a removed domain stays allowed until the
 * next start.
 */
function allowSiteOrigins(payload: Payload, hosts: Iterable<string>): void {
  const { csrf, cors } = payload.config
  for (const host of hosts) {
    const origin = siteOrigin(env, host)
    if (!csrf.includes(origin)) csrf.push(origin)
    if (Array.isArray(cors) && !cors.includes(origin)) cors.push(origin)
  }
}

const allSites = (payload: Payload) =>
  cached('sites', { tags: [CACHE_TAGS.sites], ttlSeconds: SITES_CACHE_SECONDS }, () => loadSites(payload))

/** The site a hostname (a Host header, port and case ignored) belongs to, or null. */
export async function siteByHost(payload: Payload, hostHeader: string): Promise<Site | null> {
  const host = normalizeHost(hostHeader)
  if (!host) return null
  return (await allSites(payload)).byHost.get(host) ?? null
}

/** A site by its tenant's id, or null. */
export async function siteById(payload: Payload, id: number): Promise<Site | null> {
  return (await allSites(payload)).all.find((site) => site.id === id) ?? null
}

/**
 * The site of a kind, for the links that lead to it wherever they are written (e-mails, payments,
 * the admin). Throws when no tenant is of that kind: `npm run migrate` creates both, so a missing
 * one is a configuration error, never a reason to write a link to a guessed host.
 */
export async function siteOfKind(payload: Payload, kind: SiteKind): Promise<Site> {
  const site = (await allSites(payload)).all.find((candidate) => candidate.kind === kind)
  if (!site)
    throw new Error(
      `No site of kind "${kind}": the tenant with the slug "${kind}" is missing (npm run migrate creates it).`,
    )
  return site
}

/**
 * The absolute URL of `path` on a site: its primary domain (the first of its tenant's domains, as
 * saved in the database) on SERVER_URL's scheme and port. Every link that leaves a page (e-mails,
 * payment return addresses, feeds, sitemaps, canonical URLs, the admin's links to a site) is built
 * here. `path` is '' (the site's origin) or starts with '/'.
 */
export function siteUrl(site: Pick<Site, 'primaryDomain'>, path: string): string {
  if (path !== '' && !path.startsWith('/')) throw new RangeError(`A site path starts with "/": ${path}`)
  return `${siteOrigin(env, site.primaryDomain)}${path}`
}
