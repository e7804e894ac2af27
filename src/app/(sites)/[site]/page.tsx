import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { HOME_SLUG } from '@/domain/sites/pages'
import { getPublishedPage, getSiteByHost } from '@/sites/registry'
import { PageContent } from '@/ui/PageContent'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ site: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await getSiteByHost((await params).site)
  return { title: { absolute: site?.name ?? 'Site introuvable' }, alternates: { canonical: '/' } }
}

export default async function HomePage({ params }: Props) {
  const site = await getSiteByHost((await params).site)
  if (!site) notFound()
  const page = await getPublishedPage(site.id, HOME_SLUG)
  if (!page) {
    return <h1>{site.name}</h1>
  }
  return <PageContent page={page} />
}
