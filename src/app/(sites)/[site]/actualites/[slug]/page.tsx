import config from '@payload-config'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'
import { cache } from 'react'

import { contentPath } from '@/domain/content/paths'
import { findPublished } from '@/services/content/public-content'
import { redirectOrNotFound } from '@/sites/redirects'
import { getSiteByHost } from '@/sites/registry'
import { contentMetadata } from '@/sites/seo'
import { NewsView } from '@/ui/content/NewsView'

// ISR: re-rendered when the article is published, changed or unpublished.
export const revalidate = 60
export async function generateStaticParams(): Promise<{ site: string; slug: string }[]> {
  return []
}

type Props = { params: Promise<{ site: string; slug: string }> }

const load = cache(async (host: string, slug: string) => {
  const site = await getSiteByHost(host)
  if (!site) return { site: null, article: null }
  return { site, article: await findPublished(await getPayload({ config }), 'news', site.id, decodeURIComponent(slug)) }
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { site, slug } = await params
  const { article } = await load(site, slug)
  if (!article) return { title: 'Page introuvable' }
  return contentMetadata({ title: article.title, description: article.excerpt, path: contentPath('news', article), meta: article.meta, image: article.cover, type: 'article', publishedTime: article.publishedDate })
}

/** A news item of this site only: another site’s news is not found here. */
export default async function NewsPage({ params }: Props) {
  const { site: host, slug } = await params
  const { site, article } = await load(host, slug)
  if (!site) notFound()
  if (!article) return redirectOrNotFound(site.id, `/actualites/${decodeURIComponent(slug)}`)
  return <NewsView news={article} />
}
