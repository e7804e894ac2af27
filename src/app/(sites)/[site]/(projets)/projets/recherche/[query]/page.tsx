import type { Metadata } from 'next'

import { parseCatalogueQuery } from '@/domain/projects/catalogue-query'

import { CatalogueView } from '../../catalogue-view'
import { rewrittenSearch } from '@/domain/web/rewritten-query'

// ISR, one entry per canonical query: src/proxy.ts rewrites /projets?… here from the query's second
// request on (its first is rendered by recherche-a-la-demande/[query], and not stored).
export const revalidate = 60
export async function generateStaticParams(): Promise<{ query: string }[]> {
  return []
}
export const metadata: Metadata = { title: 'Les projets à soutenir', alternates: { canonical: '/projets' } }

type Props = { params: Promise<{ query: string }> }

export default async function FilteredCataloguePage({ params }: Props) {
  const { query } = await params
  const search = rewrittenSearch(query)
  return <CatalogueView query={parseCatalogueQuery(Object.fromEntries(search))} />
}
