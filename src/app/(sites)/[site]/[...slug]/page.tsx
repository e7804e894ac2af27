import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { contentPath } from '@/domain/content/paths'
import { HOME_SLUG } from '@/domain/sites/pages'
import { redirectOrNotFound } from '@/sites/redirects'
import { contentMetadata } from '@/sites/seo'
import { getPublishedPage, getSiteByHost } from '@/sites/registry'
import { PageContent } from '@/ui/PageContent'

// ISR: re-rendered when a page is published, changed or unpublished (services/content/publication-hooks.ts).
export const revalidate = 60
export async function generateStaticParams(): Promise<{ site: string; slug: string[] }[]> {
  return []
}

type Props = { params: Promise<{ site: string; slug: string[] }> }

async function load(params: Props['params']) {
  const { site: host, slug } = await params
  const site = await getSiteByHost(host)
  if (!site) return { site: null, page: null, path: '' }
  const segments = slug.map((segment) => decodeURIComponent(segment))
  const path = `/${segments.join('/')}`
  // The home page is only served at "/"; a nested page only at its full path (plugin-nested-docs).
  const last = segments.at(-1)!
  const page = last === HOME_SLUG ? null : await getPublishedPage(site.id, last)
  return { site, page: page && contentPath('pages', page) === path ? page : null, path }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await load(params)
  if (!page) return { title: 'Page introuvable' }
  return contentMetadata({
    title: page.title,
    description: page.intro,
    path: contentPath('pages', page),
    meta: page.meta,
  })
}

/** A page of the current site, found by its path (e.g. /mentions-legales, /aide/guides); else the site's redirect of that path. */
export default async function SitePage({ params }: Props) {
  const { site, page, path } = await load(params)
  if (!site) notFound()
  if (!page) return redirectOrNotFound(site.id, path)
  return <PageContent page={page} site={site} />
}
