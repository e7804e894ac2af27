import Link from 'next/link'

import { formatDuration } from '@/domain/content/duration'
import { contentPath } from '@/domain/content/paths'
import { KIT_FORMATS, KIT_LEVELS, labelsOf } from '@/domain/content/taxonomy'
import { typeset } from '@/domain/text/typography'
import type { ExpertArticle, News, WorkshopKit } from '@/payload-types'

import { formatPublished, isoDay } from './dates'
import { MediaImage } from './MediaImage'

type Heading = 'h2' | 'h3'

export function ArticleCard({ article, heading: H = 'h2' }: { article: ExpertArticle; heading?: Heading }) {
  return (
    <article className="card card--article">
      <MediaImage media={article.expert.photo} size="portrait" className="card__portrait" decorative />
      <H>
        <Link href={contentPath('expert-articles', article)}>{typeset(article.title)}</Link>
      </H>
      <p className="card__meta">
        {article.expert.name}, {typeset(article.expert.role)}
      </p>
      <p>{typeset(article.excerpt)}</p>
      {article.publishedDate ? (
        <p className="card__meta">
          <time dateTime={isoDay(article.publishedDate)}>{formatPublished(article.publishedDate)}</time>
        </p>
      ) : null}
    </article>
  )
}

export function NewsCard({ news, heading: H = 'h2' }: { news: News; heading?: Heading }) {
  return (
    <article className="card">
      <MediaImage media={news.cover} size="card" className="card__cover" decorative />
      <H>
        <Link href={contentPath('news', news)}>{typeset(news.title)}</Link>
      </H>
      {news.publishedDate ? (
        <p className="card__meta">
          <time dateTime={isoDay(news.publishedDate)}>{formatPublished(news.publishedDate)}</time>
        </p>
      ) : null}
      <p>{typeset(news.excerpt)}</p>
    </article>
  )
}

export function KitCard({ kit, heading: H = 'h2' }: { kit: WorkshopKit; heading?: Heading }) {
  return (
    <article className="card">
      <MediaImage media={kit.cover} size="card" className="card__cover" decorative />
      <H>
        <Link href={contentPath('workshop-kits', kit)}>{typeset(kit.title)}</Link>
      </H>
      <p className="card__meta">
        {KIT_FORMATS[kit.format]} · {formatDuration(kit.durationMinutes)} ·{' '}
        {labelsOf(KIT_LEVELS, kit.levels).join(', ')}
      </p>
      <p>{typeset(kit.summary)}</p>
    </article>
  )
}
