import Link from 'next/link'

import { typeset } from '@/domain/text/typography'
import type { News } from '@/payload-types'

import { formatPublished, isoDay } from './dates'
import { MediaImage } from './MediaImage'
import { Prose } from './Prose'

export function NewsView({ news }: { news: News }) {
  return (
    <article className="article">
      <h1>{typeset(news.title)}</h1>
      {news.publishedDate ? (
        <p className="article__meta">
          Publié le <time dateTime={isoDay(news.publishedDate)}>{formatPublished(news.publishedDate)}</time>
        </p>
      ) : null}
      <p className="page__intro">{typeset(news.excerpt)}</p>
      <MediaImage media={news.cover} size="large" className="article__cover" eager />
      <Prose data={news.body} />
      <p className="article__back">
        <Link href="/actualites">Toutes les actualités</Link>
      </p>
    </article>
  )
}
