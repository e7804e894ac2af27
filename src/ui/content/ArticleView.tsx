import Link from 'next/link'

import { plainText, readingMinutes } from '@/domain/content/rich-text'
import { ARTICLE_AUDIENCES, TNE_THEMES, labelsOf } from '@/domain/content/taxonomy'
import { typeset } from '@/domain/text/typography'
import type { ExpertArticle } from '@/payload-types'

import { formatPublished, isoDay } from './dates'
import { MediaImage } from './MediaImage'
import { Tags } from './Tags'
import { Prose } from './Prose'

/** An expert article ("Carte blanche à…"): the expert, the text, its themes and reading time. */
export function ArticleView({ article }: { article: ExpertArticle }) {
  const minutes = readingMinutes(plainText(article.body))
  return (
    <article className="article">
      <p className="article__kicker">Carte blanche à {article.expert.name}</p>
      <h1>{typeset(article.title)}</h1>
      <div className="expert">
        <MediaImage media={article.expert.photo} size="portrait" className="expert__photo" />
        <p>
          <strong>{article.expert.name}</strong>
          <br />
          {typeset(article.expert.role)}
        </p>
      </div>
      <p className="article__meta">
        {article.publishedDate ? (
          <>
            Publié le <time dateTime={isoDay(article.publishedDate)}>{formatPublished(article.publishedDate)}</time>{' '}
            ·{' '}
          </>
        ) : null}
        {typeset(`Temps de lecture : ${minutes} min`)}
      </p>
      <Tags label="Thèmes" values={labelsOf(TNE_THEMES, article.themes)} />
      <Tags label="Publics" values={labelsOf(ARTICLE_AUDIENCES, article.audiences)} />
      <p className="page__intro">{typeset(article.excerpt)}</p>
      <Prose data={article.body} />
      <p className="article__back">
        <Link href="/carte-blanche">Toutes les cartes blanches</Link>
      </p>
    </article>
  )
}
