import type { Metadata } from 'next'

import { type ContentPageParams, contentPageDocument, contentPageMetadata } from '@/sites/content-page'
import { NewsView } from '@/ui/content/NewsView'

// ISR: re-rendered when the article is published, changed or unpublished.
export const revalidate = 60
export async function generateStaticParams(): Promise<{ site: string; slug: string }[]> {
  return []
}

type Props = { params: ContentPageParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return contentPageMetadata('news', params, (article) => ({
    title: article.title,
    description: article.excerpt,
    meta: article.meta,
    image: article.cover,
    type: 'article',
    publishedTime: article.publishedDate,
  }))
}

/** A news item of this site only: another site’s news is not found here. */
export default async function NewsPage({ params }: Props) {
  return <NewsView news={await contentPageDocument('news', params)} />
}
