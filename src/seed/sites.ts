import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { Payload } from 'payload'

import { SITE_KINDS, type SiteKind } from '@/domain/sites/kinds'
import type { Env } from '@/env'
import type { Page } from '@/payload-types'

import { PLACEHOLDER_PAGES, legalSettings } from './skeleton-pages'
import { createIfMissing } from './upsert'

/** The pages every site must have, by slug (the home page is `accueil`); see skeleton-pages.ts. */
export const REQUIRED_PAGE_SLUGS = ['accueil', 'mentions-legales', 'contact', 'accessibilite', 'aide'] as const
export type RequiredPageSlug = (typeof REQUIRED_PAGE_SLUGS)[number]

export type PageSeed = { title: string; intro: string; markdown: string; layout?: Page['layout'] }
export type SitePagesSeed = Record<RequiredPageSlug, PageSeed>

type SiteDefinition = {
  /** One site of each kind; its tenant's slug is its kind. */
  slug: SiteKind
  name: string
  hosts: string[]
  theme: { primary: string; accent: string }
  description: string
  tagline: string
  headerNav: { label: string; url: string }[]
  footerNav: { label: string; url: string }[]
}

// The layout adds the legal links (plan du site, recherche, contact, mentions légales, accessibilité).
const HELP = { label: 'Aide', url: '/aide' }

/** The two programmes' sites: real names, colours and navigation, the same in production and in the demo. */
export function siteDefinitions(env: Env): SiteDefinition[] {
  return [
    {
      slug: SITE_KINDS.projets,
      name: 'Projets d’école',
      hosts: env.SITE_HOSTS_PROJETS,
      theme: { primary: '#000091', accent: '#b34000' },
      description:
        'Financement participatif des projets de classe : soutenez les projets des enseignants et de leurs élèves.',
      tagline: 'Le financement participatif des projets de classe',
      headerNav: [
        { label: 'Les projets', url: '/projets' },
        { label: 'Proposer un projet', url: '/proposer-un-projet' },
        { label: 'Actualités', url: '/actualites' },
        { label: 'Chiffres clés', url: '/chiffres-cles' },
      ],
      footerNav: [{ label: 'Mon espace', url: '/mon-espace' }, HELP],
    },
    {
      slug: SITE_KINDS.parentalite,
      name: 'Parentalité et Numérique',
      hosts: env.SITE_HOSTS_PARENTALITE,
      theme: { primary: '#6a1b5d', accent: '#18753c' },
      description:
        'Territoires numériques éducatifs : ateliers, ressources et articles d’experts pour accompagner les parents face au numérique.',
      tagline: 'Territoires numériques éducatifs',
      headerNav: [
        { label: 'Agenda', url: '/agenda' },
        { label: 'Territoires', url: '/territoires' },
        { label: 'Ressources', url: '/ressources' },
        { label: 'Carte blanche', url: '/carte-blanche' },
        { label: 'Actualités', url: '/actualites' },
      ],
      footerNav: [HELP],
    },
  ]
}

/**
 * The production bootstrap (`npm run migrate`): the two sites from SITE_HOSTS_*, their settings
 * (navigation) and the pages every site must have, with placeholder text marked as such for the
 * editors. Creates what is missing and never modifies what exists, except adding a configured host
 * that its site lacks. Creates nothing fake: no project, account or structure.
 */
export async function bootstrapSites(
  payload: Payload,
  env: Env,
): Promise<{ created: number; tenantIds: Record<SiteKind, number> }> {
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  let created = 0
  const tenantIds = {} as Record<SiteKind, number>
  for (const site of siteDefinitions(env)) {
    const tenant = await createIfMissing(
      payload,
      'tenants',
      { slug: { equals: site.slug } },
      {
        name: site.name,
        slug: site.slug,
        domains: site.hosts.map((domain) => ({ domain })),
        theme: site.theme,
        description: site.description,
      },
    )
    const tenantId = Number(tenant.id)
    tenantIds[site.slug] = tenantId
    if (tenant.created) created++
    else await addMissingHosts(payload, tenantId, site.hosts)
    const settings = await createIfMissing(
      payload,
      'site-settings',
      { tenant: { equals: tenantId } },
      {
        tenant: tenantId,
        tagline: site.tagline,
        headerNav: site.headerNav,
        footerNav: site.footerNav,
        ...legalSettings(new Date().toISOString().slice(0, 10)),
      },
    )
    if (settings.created) created++
    else await addMissingLegalSections(payload, Number(settings.id))
    for (const slug of REQUIRED_PAGE_SLUGS) {
      const page = PLACEHOLDER_PAGES[site.slug][slug]
      const result = await createIfMissing(
        payload,
        'pages',
        { and: [{ tenant: { equals: tenantId } }, { slug: { equals: slug } }] },
        {
          tenant: tenantId,
          slug,
          title: page.title,
          intro: page.intro,
          content: convertMarkdownToLexical({ editorConfig, markdown: page.markdown }) as never,
          layout: page.layout,
          placeholder: true,
          _status: 'published',
        },
      )
      if (result.created) created++
    }
  }
  return { created, tenantIds }
}

/** Settings made before the legal sections existed get the first day's (the pages need them); filled ones are kept. */
async function addMissingLegalSections(payload: Payload, settingsId: number): Promise<void> {
  const settings = await payload.findByID({ collection: 'site-settings', id: settingsId, depth: 0 })
  const defaults = legalSettings(new Date().toISOString().slice(0, 10))
  const data = {
    ...(settings.accessibility?.establishedOn ? {} : { accessibility: defaults.accessibility }),
    ...(settings.legalNotice?.publisherName ? {} : { legalNotice: defaults.legalNotice }),
  }
  if (Object.keys(data).length)
    await payload.update({ collection: 'site-settings', id: settingsId, data: data as never, depth: 0 })
}

/** Hosts configured in the environment (SITE_HOSTS_*) are added to their site, never removed. */
async function addMissingHosts(payload: Payload, tenantId: number, hosts: string[]): Promise<void> {
  const tenant = await payload.findByID({ collection: 'tenants', id: tenantId, depth: 0 })
  const known = new Set(tenant.domains.map((d) => d.domain))
  const missing = hosts.filter((host) => !known.has(host))
  if (missing.length === 0) return
  await payload.update({
    collection: 'tenants',
    id: tenantId,
    data: { domains: [...tenant.domains, ...missing.map((domain) => ({ domain }))] },
    depth: 0,
  })
}
