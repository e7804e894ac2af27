import type { Metadata } from 'next'

import { parseCatalogueQuery } from '@/domain/projects/catalogue-query'

import { CatalogueView } from './catalogue-view'

// ISR: the unfiltered catalogue; filtered ones are rewritten by the proxy to recherche/[query].
export const revalidate = 60
export async function generateStaticParams(): Promise<{ site: string }[]> {
  return []
}
export const metadata: Metadata = { title: 'Les projets à soutenir', alternates: { canonical: '/projets' } }

export default async function CataloguePage() {
  return <CatalogueView query={parseCatalogueQuery({})} />
}
