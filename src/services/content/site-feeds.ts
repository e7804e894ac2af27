import { Feed } from 'feed'
import type { Payload } from 'payload'

import { PUBLIC_STATUSES } from '@/domain/projects/status'
import { renderSitemap, type SitemapEntry } from '@/domain/content/feeds'
import { contentPath, type ContentCollection } from '@/domain/content/paths'
import { SITE_KINDS } from '@/domain/sites/kinds'
import type { ExpertArticle, News } from '@/payload-types'
import { type Site, siteUrl } from '@/services/sites/registry'
import { publicSponsors } from '@/services/sponsors/public-sponsors'

const published = { overrideAccess: false, draft: false, pagination: false, depth: 0 } as const

async function entriesOf(payload: Payload, collection: ContentCollection, siteId: number): Promise<SitemapEntry[]> {
  const { docs } = await payload.find({
    collection,
    where: { tenant: { equals: siteId } },
    select:
      collection === 'pages' ? { slug: true, breadcrumbs: true, updatedAt: true } : { slug: true, updatedAt: true },
    ...published,
  })
  return docs.map((doc) => ({ path: contentPath(collection, doc as { slug: string }), lastModified: doc.updatedAt }))
}

/**
 * sitemap.xml of one site: every public page. Its published pages, news, expert articles and kits
 * (the sections that have any); on the crowdfunding site the catalogue and its public projects,
 * the project form, the key figures and the sponsors; on the TNE site the agenda and its map, the
 * territories and the key figures. Read as an anonymous visitor: drafts and other sites' content
 * never appear.
 */
export async function siteSitemap(payload: Payload, site: Site): Promise<string> {
  const [pages, news, articles, kits] = await Promise.all([
    entriesOf(payload, 'pages', site.id),
    entriesOf(payload, 'news', site.id),
    entriesOf(payload, 'expert-articles', site.id),
    entriesOf(payload, 'workshop-kits', site.id),
  ])
  const entries: SitemapEntry[] = [{ path: '/' }, ...pages, { path: '/actualites' }, ...news]
  if (articles.length) entries.push({ path: '/carte-blanche' }, ...articles)
  if (kits.length) entries.push({ path: '/ressources' }, ...kits)
  if (site.kind === SITE_KINDS.projets) {
    const [{ docs }, sponsors] = await Promise.all([
      payload.find({
        collection: 'projects',
        where: { status: { in: [...PUBLIC_STATUSES] } },
        select: { slug: true, updatedAt: true },
        ...published,
      }),
      publicSponsors(payload),
    ])
    entries.push(
      { path: '/projets' },
      ...docs.map((project) => ({ path: contentPath('projects', project), lastModified: project.updatedAt })),
      { path: '/proposer-un-projet' },
      { path: '/chiffres-cles' },
      { path: '/mecenes' },
      ...sponsors.map((sponsor) => ({ path: `/mecenes/${sponsor.slug}` })),
    )
  }
  if (site.kind === SITE_KINDS.parentalite) {
    const { docs } = await payload.find({
      collection: 'territories',
      select: { slug: true, updatedAt: true },
      ...published,
    })
    entries.push(
      { path: '/agenda' },
      { path: '/agenda/carte' },
      { path: '/territoires' },
      ...docs.map((territory) => ({ path: `/territoires/${territory.slug}`, lastModified: territory.updatedAt })),
      { path: '/chiffres-cles' },
    )
  }
  entries.push({ path: '/plan-du-site' })
  return renderSitemap(siteUrl(site, ''), entries)
}

/** rss.xml of one site: its latest news and expert articles (RSS 2.0, written by `feed`), linked on its primary domain. */
export async function siteRss(payload: Payload, site: Site): Promise<string> {
  const query = {
    where: { tenant: { equals: site.id } },
    sort: '-publishedDate',
    limit: 20,
    ...published,
    pagination: true,
  } as const
  const [news, articles] = await Promise.all([
    payload.find({ collection: 'news', ...query }),
    payload.find({ collection: 'expert-articles', ...query }),
  ])
  const items = [
    ...news.docs.map((doc: News) => ({
      doc,
      path: contentPath('news', doc),
      description: doc.excerpt,
      author: null as string | null,
    })),
    ...articles.docs.map((doc: ExpertArticle) => ({
      doc,
      path: contentPath('expert-articles', doc),
      description: doc.excerpt,
      author: `${doc.expert.name}, ${doc.expert.role}`,
    })),
  ]
    .sort(
      (a, b) => Date.parse(b.doc.publishedDate ?? b.doc.updatedAt) - Date.parse(a.doc.publishedDate ?? a.doc.updatedAt),
    )
    .slice(0, 20)
  const feed = new Feed({
    title: site.name,
    description: site.description ?? site.name,
    id: siteUrl(site, '/'),
    link: siteUrl(site, '/'),
    language: 'fr',
    copyright: `${site.name}, GIP`,
    feedLinks: { rss: siteUrl(site, '/rss.xml') },
  })
  for (const { doc, path, description, author } of items) {
    feed.addItem({
      title: doc.title,
      id: siteUrl(site, path),
      link: siteUrl(site, path),
      description,
      date: new Date(doc.publishedDate ?? doc.updatedAt),
      ...(author ? { author: [{ name: author }] } : {}),
    })
  }
  return feed.rss2()
}
