import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { parisDate } from '@/domain/projects/campaign-window'
import { HOME_SLUG } from '@/domain/sites/pages'
import type { Page } from '@/payload-types'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { contentMetadata } from '@/sites/seo'
import { SITE_KINDS, type Site, getPublishedPage, getSiteByHost } from '@/sites/registry'
import { publicSponsors } from '@/services/sponsors/public-sponsors'
import { homeCampaigns, homeKeyFigures } from '@/services/projects/home'
import { CrowdfundingHome } from '@/ui/home/CrowdfundingHome'
import { PageContent } from '@/ui/PageContent'

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
  const metadata = contentMetadata({
    title: site.name,
    description: page?.meta?.description ?? site.description,
    path: '/',
    meta: page?.meta,
  })
  return { ...metadata, title: { absolute: page?.meta?.title || site.name } }
}

export default async function HomePage({ params }: Props) {
  const site = await getSiteByHost((await params).site)
  if (!site) notFound()
  const page = await getPublishedPage(site.id, HOME_SLUG)
  if (site.kind === SITE_KINDS.projets) return <CrowdfundingHomePage site={site} page={page} />
  if (!page) return <h1>{site.name}</h1>
  return <PageContent page={page} site={site} />
}

/** The crowdfunding site's home: its data read here (each piece by its own function), shown by CrowdfundingHome. */
async function CrowdfundingHomePage({ site, page }: { site: Site; page: Page | null }) {
  const payload = await getPayloadOrUnavailable()
  const [groups, figures, sponsors] = await Promise.all([
    homeCampaigns(payload),
    homeKeyFigures(payload),
    publicSponsors(payload),
  ])
  return (
    <CrowdfundingHome
      page={page}
      site={site}
      siteName={site.name}
      groups={groups}
      figures={figures}
      sponsors={sponsors}
      today={parisDate(new Date())}
    />
  )
}
