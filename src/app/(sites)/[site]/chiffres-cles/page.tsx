import type { Metadata } from 'next'

import { KeyFiguresView } from './key-figures-view'

// ISR, like the catalogue: the default period; other periods are rewritten by the proxy to periode/[query].
// The figures themselves are kept 5 minutes in memory (src/services/statistics).
export const revalidate = 60
export async function generateStaticParams(): Promise<{ site: string }[]> {
  return []
}
export const metadata: Metadata = { title: 'Chiffres clés' }

type Props = { params: Promise<{ site: string }> }

export default async function KeyFiguresPage({ params }: Props) {
  return <KeyFiguresView host={(await params).site} search={{}} />
}
