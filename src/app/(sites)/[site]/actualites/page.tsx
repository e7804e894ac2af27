import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { listPublished } from '@/services/content/public-content'
import { getSiteByHost } from '@/sites/registry'
import { contentMetadata } from '@/sites/seo'
import { NewsCard } from '@/ui/content/Cards'

// ISR: re-rendered when a news item is published, changed or unpublished.
export const revalidate = 60
export async function generateStaticParams(): Promise<{ site: string }[]> {
  return []
}

type Props = { params: Promise<{ site: string }> }

const DESCRIPTION = 'Les nouvelles du programme et des territoires.'

export const metadata: Metadata = contentMetadata({
  title: 'Actualités',
  description: DESCRIPTION,
  path: '/actualites',
})

/** The site’s news, newest first (both sites have this section, even while it is empty). */
export default async function NewsListPage({ params }: Props) {
  const site = await getSiteByHost((await params).site)
  if (!site) notFound()
  const articles = await listPublished(await getPayloadOrUnavailable(), 'news', site.id)
  return (
    <>
      <h1>Actualités</h1>
      <p className="page__intro">{DESCRIPTION}</p>
      {articles.length === 0 ? (
        <p>Aucune actualité pour le moment.</p>
      ) : (
        <ul className="cards" aria-label="Actualités">
          {articles.map((article) => (
            <li key={article.id}>
              <NewsCard news={article} />
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
