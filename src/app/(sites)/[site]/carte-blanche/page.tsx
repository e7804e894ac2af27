import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { offersSection } from '@/domain/sites/pages'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { listPublished } from '@/services/content/public-content'
import { getSiteByHost } from '@/sites/registry'
import { contentMetadata } from '@/sites/seo'
import { ArticleCard } from '@/ui/content/Cards'

// ISR: re-rendered when an expert article is published, changed or unpublished.
export const revalidate = 60
export async function generateStaticParams(): Promise<{ site: string }[]> {
  return []
}

type Props = { params: Promise<{ site: string }> }

const DESCRIPTION =
  'Des chercheurs, des professionnels et des familles prennent la parole sur le numérique, l’école et la parentalité.'

export const metadata: Metadata = contentMetadata({
  title: 'Carte blanche',
  description: DESCRIPTION,
  path: '/carte-blanche',
})

/** "Carte blanche à…": the site's expert articles, newest first (404 on a site whose navigation does not offer them). */
export default async function ExpertArticlesPage({ params }: Props) {
  const site = await getSiteByHost((await params).site)
  if (!site) notFound()
  const articles = await listPublished(await getPayloadOrUnavailable(), 'expert-articles', site.id)
  if (!articles.length && !offersSection(site.settings, '/carte-blanche')) notFound()
  return (
    <>
      <h1>Carte blanche</h1>
      <p className="page__intro">{DESCRIPTION}</p>
      {articles.length === 0 ? (
        <p>Aucun article n’est encore publié. Les premières cartes blanches paraîtront ici.</p>
      ) : (
        <ul className="cards" aria-label="Articles">
          {articles.map((article) => (
            <li key={article.id}>
              <ArticleCard article={article} />
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
