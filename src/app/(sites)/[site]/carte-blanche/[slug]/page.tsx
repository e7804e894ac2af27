import type { Metadata } from 'next'

import { type ContentPageParams, contentPageDocument, contentPageMetadata } from '@/sites/content-page'
import { ArticleView } from '@/ui/content/ArticleView'

// ISR: re-rendered when the article is published, changed or unpublished.
export const revalidate = 60
export async function generateStaticParams(): Promise<{ site: string; slug: string }[]> {
  return []
}

type Props = { params: ContentPageParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return contentPageMetadata('expert-articles', params, (article) => ({
    title: article.title,
    description: article.excerpt,
    meta: article.meta,
    image: article.expert.photo,
    type: 'article',
    publishedTime: article.publishedDate,
  }))
}

/** An expert article of this site only: another site's article is not found here. */
export default async function ExpertArticlePage({ params }: Props) {
  return <ArticleView article={await contentPageDocument('expert-articles', params)} />
}
