import type { Metadata } from 'next'

import { truncate } from '@/domain/content/rich-text'
import type { Media } from '@/payload-types'

type Meta = { title?: string | null; description?: string | null; image?: unknown } | null | undefined

/** The image's Open Graph rendition (1200×630), as a path of the site: absolute through the layout's metadataBase. */
export function ogImagePath(image: unknown): string | null {
  if (!image || typeof image !== 'object') return null
  const media = image as Media
  return media.sizes?.og?.url ?? media.url ?? null
}

/**
 * Title, description, canonical URL (on the site's primary domain, see the layout's
 * metadataBase) and Open Graph of a public content page. The SEO fields (plugin-seo) win over the
 * document's own title and summary.
 */
export function contentMetadata({
  title,
  description,
  path,
  meta,
  image,
  type = 'website',
  publishedTime,
}: {
  title: string
  description?: string | null
  path: string
  meta?: Meta
  image?: unknown
  type?: 'website' | 'article'
  publishedTime?: string | null
}): Metadata {
  const finalTitle = meta?.title || title
  const finalDescription = truncate(meta?.description || description || '', 300) || undefined
  const imagePath = ogImagePath(meta?.image) ?? ogImagePath(image)
  return {
    title: finalTitle,
    description: finalDescription,
    alternates: { canonical: path },
    openGraph: {
      title: finalTitle,
      description: finalDescription,
      url: path,
      type,
      ...(type === 'article' && publishedTime ? { publishedTime } : {}),
      ...(imagePath ? { images: [{ url: imagePath, width: 1200, height: 630 }] } : {}),
    },
  }
}
