import type { Metadata } from 'next'

import { KeyFiguresView } from '../../key-figures-view'
import { rewrittenSearch } from '@/domain/web/rewritten-query'

// ISR, one entry per canonical period (src/proxy.ts rewrites /chiffres-cles?annee=…&periode=… here).
export const revalidate = 60
export async function generateStaticParams(): Promise<{ query: string }[]> {
  return []
}
export const metadata: Metadata = { title: 'Chiffres clés' }

type Props = { params: Promise<{ site: string; query: string }> }

export default async function KeyFiguresPeriodPage({ params }: Props) {
  const { site, query } = await params
  const search = rewrittenSearch(query)
  return (
    <KeyFiguresView
      host={site}
      search={{ annee: search.get('annee') ?? undefined, periode: search.get('periode') ?? undefined }}
    />
  )
}
