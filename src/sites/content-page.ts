import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { CONTENT_SECTIONS, contentPath } from '@/domain/content/paths'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { type DocOf, type PublicCollection, findPublished } from '@/services/content/public-content'
import { redirectOrNotFound } from '@/sites/redirects'
import { getSiteByHost } from '@/sites/registry'
import { contentMetadata } from '@/sites/seo'

/** The route parameters of an editorial detail page: /<section>/<slug> of the site the proxy chose. */
export type ContentPageParams = Promise<{ site: string; slug: string }>

// Once per request: the metadata and the page read the same document.
const load = cache(async <C extends PublicCollection>(collection: C, host: string, slug: string) => {
  const site = await getSiteByHost(host)
  if (!site) return { site: null, doc: null }
  return {
    site,
    doc: await findPublished(await getPayloadOrUnavailable(), collection, site.id, decodeURIComponent(slug)),
  }
})

/** The page's metadata from what `describe` takes of the published document; "Page introuvable" without one. */
export async function contentPageMetadata<C extends PublicCollection>(
  collection: C,
  params: ContentPageParams,
  describe: (doc: DocOf<C>) => Omit<Parameters<typeof contentMetadata>[0], 'path'>,
): Promise<Metadata> {
  const { site, slug } = await params
  const { doc } = await load(collection, site, slug)
  if (!doc) return { title: 'Page introuvable' }
  return contentMetadata({ ...describe(doc), path: contentPath(collection, doc) })
}

/** The published document of this site only (another site's is not found here); else the site's redirect of the path, or 404. */
export async function contentPageDocument<C extends PublicCollection>(
  collection: C,
  params: ContentPageParams,
): Promise<DocOf<C>> {
  const { site: host, slug } = await params
  const { site, doc } = await load(collection, host, slug)
  if (!site) notFound()
  if (!doc) return redirectOrNotFound(site.id, `${CONTENT_SECTIONS[collection]}/${decodeURIComponent(slug)}`)
  return doc
}
