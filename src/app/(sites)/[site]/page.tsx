import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { HOME_SLUG } from '@/domain/sites/pages'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { contentMetadata } from '@/sites/seo'
import { getPublishedPage, getSiteByHost } from '@/sites/registry'
import { publicSponsors } from '@/services/sponsors/public-sponsors'
import { PageContent } from '@/ui/PageContent'
import { SponsorsStrip } from '@/ui/SponsorsStrip'

// ISR: re-rendered when pages or the content their blocks list are published (services/content/publication-hooks.ts).
export const revalidate = 60
export async function generateStaticParams(): Promise<{ site: string }[]> {
  return []
}

type Props = { params: Promise<{ site: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await getSiteByHost((await params).site)
  if (!site) return { title: { absolute: 'Site introuvable' } }
  const page = await getPublishedPage(site.id, HOME_SLUG)
  const metadata = contentMetadata({ title: site.name, description: page?.meta?.description ?? site.description, path: '/', meta: page?.meta })
  return { ...metadata, title: { absolute: page?.meta?.title || site.name } }
}

export default async function HomePage({ params }: Props) {
  const site = await getSiteByHost((await params).site)
  if (!site) notFound()
  const page = await getPublishedPage(site.id, HOME_SLUG)
  const sponsors = site.slug === 'projets' ? <SponsorsStrip sponsors={await publicSponsors(await getPayloadOrUnavailable())} /> : null
  if (!page) {
    return (
      <>
        <h1>{site.name}</h1>
        {sponsors}
      </>
    )
  }
  return (
    <>
      <PageContent page={page} site={site} />
      {sponsors}
    </>
  )
}
