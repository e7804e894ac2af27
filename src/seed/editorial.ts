import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { Payload } from 'payload'

import { slugify } from '@/domain/text/slugify'

import { EXPERT_ARTICLES, NEWS, type NewsSeed, WORKSHOP_KITS } from './editorial-content'
import { banner, silhouette } from './images'
import { simplePdf } from './pdf'
import { createIfMissing } from './upsert'

type Count = (created: boolean) => void

/** An upload created unless one with the same `where` exists. */
async function uploadIfMissing(
  payload: Payload,
  collection: 'media' | 'documents',
  where: Record<string, unknown>,
  data: Record<string, unknown>,
  file: { data: Buffer; name: string; mimetype: string },
  count: Count,
): Promise<number> {
  const existing = await payload.find({ collection, where: where as never, limit: 1, depth: 0, pagination: false })
  if (existing.docs[0]) return existing.docs[0].id
  const doc = await payload.create({
    collection,
    data: data as never,
    file: { ...file, size: file.data.length },
    depth: 0,
  })
  count(true)
  return doc.id
}

/**
 * The demo editorial content: the ten "Carte blanche" articles of 2023 and the three workshop
 * kits on the TNE site, news on both. Created when missing, never changed.
 */
export async function seedEditorial(
  payload: Payload,
  sites: { projets: number; parentalite: number },
): Promise<number> {
  let created = 0
  const count: Count = (isNew) => {
    if (isNew) created++
  }
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  const richText = (markdown: string) => convertMarkdownToLexical({ editorConfig, markdown }) as never
  const tenant = sites.parentalite

  for (const [index, article] of EXPERT_ARTICLES.entries()) {
    const photo = await uploadIfMissing(
      payload,
      'media',
      { and: [{ tenant: { equals: tenant } }, { alt: { equals: `Silhouette illustrant ${article.expert.name}` } }] },
      { tenant, alt: `Silhouette illustrant ${article.expert.name}` },
      { data: await silhouette(index), name: `expert-${article.slug}.png`, mimetype: 'image/png' },
      count,
    )
    const { created: isNew } = await createIfMissing(
      payload,
      'expert-articles',
      { and: [{ tenant: { equals: tenant } }, { slug: { equals: article.slug } }] },
      {
        tenant,
        title: article.title,
        slug: article.slug,
        expert: { ...article.expert, photo },
        excerpt: article.excerpt,
        body: richText(article.markdown),
        themes: article.themes,
        audiences: article.audiences,
        publishedDate: article.publishedDate,
        _status: 'published',
      },
    )
    count(isNew)
  }

  for (const [index, kit] of WORKSHOP_KITS.entries()) {
    const cover = await uploadIfMissing(
      payload,
      'media',
      { and: [{ tenant: { equals: tenant } }, { alt: { equals: `Visuel de « ${kit.title} »` } }] },
      { tenant, alt: `Visuel de « ${kit.title} »` },
      { data: await banner(index), name: `kit-${kit.slug}.png`, mimetype: 'image/png' },
      count,
    )
    const files: number[] = []
    for (const file of kit.files) {
      const name = `${kit.slug}-${slugify(file.title)}.pdf`
      // Stored under a name the portal makes; found again by the name it was given (or, seeded before that, stored under).
      const given = { or: [{ originalFilename: { equals: name } }, { filename: { equals: name } }] }
      files.push(
        await uploadIfMissing(
          payload,
          'documents',
          { and: [{ tenant: { equals: tenant } }, given] },
          { tenant, title: file.title },
          {
            data: await simplePdf(`${file.title} — ${kit.title}`, file.lines),
            name,
            mimetype: 'application/pdf',
          },
          count,
        ),
      )
    }
    const { created: isNew } = await createIfMissing(
      payload,
      'workshop-kits',
      { and: [{ tenant: { equals: tenant } }, { slug: { equals: kit.slug } }] },
      {
        tenant,
        title: kit.title,
        slug: kit.slug,
        summary: kit.summary,
        cover,
        body: richText(kit.markdown),
        audiences: kit.audiences,
        levels: kit.levels,
        themes: kit.themes,
        format: kit.format,
        durationMinutes: kit.durationMinutes,
        material: kit.material.map((item) => ({ item })),
        steps: kit.steps,
        files,
        _status: 'published',
      },
    )
    count(isNew)
  }

  for (const [site, items] of Object.entries(NEWS) as [keyof typeof NEWS, NewsSeed[]][]) {
    for (const news of items) {
      const { created: isNew } = await createIfMissing(
        payload,
        'news',
        { and: [{ tenant: { equals: sites[site] } }, { slug: { equals: news.slug } }] },
        {
          tenant: sites[site],
          title: news.title,
          slug: news.slug,
          excerpt: news.excerpt,
          body: richText(news.markdown),
          publishedDate: news.publishedDate,
          _status: 'published',
        },
      )
      count(isNew)
    }
  }
  return created
}
