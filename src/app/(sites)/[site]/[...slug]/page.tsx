import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { HOME_SLUG } from '@/domain/sites/pages'
import { getPublishedPage, getSiteByHost } from '@/sites/registry'
import { PageContent } from '@/ui/PageContent'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ site: string; slug: string[] }> }

async function load(params: Props['params']) {
  const { site: host, slug } = await params
  const site = await getSiteByHost(host)
  // Pages are one level deep; the home page is only served at "/".
  if (!site || slug.length !== 1 || slug[0] === HOME_SLUG) return null
  return getPublishedPage(site.id, decodeURIComponent(slug[0]))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load(params)
  if (!page) return { title: 'Page introuvable' }
  return { title: page.title, description: page.intro ?? undefined, alternates: { canonical: `/${page.slug}` } }
}

/** A page of the current site, found by its slug (e.g. /mentions-legales, /accessibilite). */
export default async function SitePage({ params }: Props) {
  const page = await load(params)
  if (!page) notFound()
  return <PageContent page={page} />
}
