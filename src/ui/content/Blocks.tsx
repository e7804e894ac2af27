import config from '@payload-config'
import Link from 'next/link'
import { getPayload } from 'payload'

import { parseCatalogueQuery } from '@/domain/projects/catalogue-query'
import { SITE_KINDS, type SiteKind } from '@/domain/sites/kinds'
import { typeset } from '@/domain/text/typography'
import type { Page } from '@/payload-types'
import { listPublished } from '@/services/content/public-content'
import { searchCatalogueCached } from '@/services/projects/catalogue'

import { ArticleCard, KitCard, NewsCard } from './Cards'
import { MediaImage } from './MediaImage'
import { Prose } from './Prose'

type Block = NonNullable<Page['layout']>[number]
type Site = { id: number; kind: SiteKind | null }

/** A link of a block: internal paths through Next's Link, others as plain anchors. */
function BlockLink({ url, label, className }: { url: string; label: string; className?: string }) {
  return url.startsWith('/') ? (
    <Link className={className} href={url}>
      {label}
    </Link>
  ) : (
    <a className={className} href={url}>
      {label}
    </a>
  )
}

async function Latest({ block, site }: { block: Extract<Block, { blockType: 'latest' }>; site: Site }) {
  const count = Math.min(Math.max(block.count ?? 3, 1), 12)
  const payload = await getPayload({ config })
  let items: React.ReactNode[] = []
  let more: { url: string; label: string } | null = null
  if (block.kind === 'projects') {
    if (site.kind !== SITE_KINDS.projets) return null
    const { items: projects } = await searchCatalogueCached(payload, parseCatalogueQuery({ tri: 'recents' }))
    items = projects.slice(0, count).map((project) => (
      <article className="card" key={project.slug}>
        <h3>
          <Link href={`/projets/${project.slug}`}>{project.title}</Link>
        </h3>
        <p className="card__meta">
          {project.establishment}, {project.commune}
        </p>
        {project.summary ? <p>{typeset(project.summary)}</p> : null}
      </article>
    ))
    more = { url: '/projets', label: 'Tous les projets' }
  } else if (block.kind === 'expert-articles') {
    items = (await listPublished(payload, 'expert-articles', site.id, count)).map((a) => (
      <ArticleCard key={a.id} article={a} heading="h3" />
    ))
    more = { url: '/carte-blanche', label: 'Toutes les cartes blanches' }
  } else if (block.kind === 'news') {
    items = (await listPublished(payload, 'news', site.id, count)).map((n) => (
      <NewsCard key={n.id} news={n} heading="h3" />
    ))
    more = { url: '/actualites', label: 'Toutes les actualités' }
  } else {
    items = (await listPublished(payload, 'workshop-kits', site.id, count)).map((k) => (
      <KitCard key={k.id} kit={k} heading="h3" />
    ))
    more = { url: '/ressources', label: 'Toutes les ressources' }
  }
  if (!items.length) return null
  return (
    <section className="block block--latest">
      <h2>{block.heading}</h2>
      <ul className="cards">
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
      {more ? (
        <p>
          <BlockLink url={more.url} label={more.label} />
        </p>
      ) : null}
    </section>
  )
}

function RenderBlock({ block, site }: { block: Block; site: Site }) {
  switch (block.blockType) {
    case 'hero':
      return (
        <section className="block hero">
          <div className="hero__text">
            <h2>{block.heading}</h2>
            {block.text ? <p>{typeset(block.text)}</p> : null}
            {block.link?.url && block.link.label ? (
              <BlockLink className="button" url={block.link.url} label={block.link.label} />
            ) : null}
          </div>
          <MediaImage
            media={block.image}
            size="medium"
            className="hero__image"
            sizes="(max-width: 48rem) 100vw, 36rem"
          />
        </section>
      )
    case 'richText':
      return <Prose className="block prose" data={block.content} />
    case 'cards':
      return (
        <section className="block">
          {block.heading ? <h2>{block.heading}</h2> : null}
          <ul className="cards">
            {(block.cards ?? []).map((card) => (
              <li key={card.id ?? card.title}>
                <article className="card">
                  <MediaImage media={card.image} size="card" className="card__cover" decorative />
                  <h3>{card.url ? <BlockLink url={card.url} label={card.title} /> : card.title}</h3>
                  {card.text ? <p>{typeset(card.text)}</p> : null}
                </article>
              </li>
            ))}
          </ul>
        </section>
      )
    case 'callToAction':
      return (
        <section className="block cta">
          <h2>{typeset(block.heading)}</h2>
          {block.text ? <p>{typeset(block.text)}</p> : null}
          <BlockLink className="button" url={block.link.url} label={block.link.label} />
        </section>
      )
    case 'faq':
      return (
        <section className="block faq">
          <h2>{block.heading || 'Questions fréquentes'}</h2>
          {(block.items ?? []).map((item) => (
            <details key={item.id ?? item.question}>
              <summary>{typeset(item.question)}</summary>
              <p>{typeset(item.answer)}</p>
            </details>
          ))}
        </section>
      )
    case 'keyFigures':
      return (
        <section className="block key-figures">
          {block.heading ? <h2>{block.heading}</h2> : null}
          <ul>
            {(block.figures ?? []).map((figure) => (
              <li key={figure.id ?? figure.label}>
                <strong>{typeset(figure.value)}</strong> <span>{typeset(figure.label)}</span>
              </li>
            ))}
          </ul>
        </section>
      )
    case 'media':
      return (
        <figure className="block media-block">
          <MediaImage media={block.image} size="large" />
          {block.caption ? <figcaption>{typeset(block.caption)}</figcaption> : null}
        </figure>
      )
    case 'latest':
      return <Latest block={block} site={site} />
    default:
      return null
  }
}

/** A page's blocks, in order (see src/collections/Pages/blocks.ts). */
export function Blocks({ blocks, site }: { blocks: Page['layout']; site: Site }) {
  if (!blocks?.length) return null
  return (
    <>
      {blocks.map((block) => (
        <RenderBlock key={block.id ?? block.blockType} block={block} site={site} />
      ))}
    </>
  )
}
