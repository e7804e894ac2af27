import type { BeforeSync } from '@payloadcms/plugin-search/types'

import { contentPath, type ContentCollection } from '@/domain/content/paths'
import { plainText } from '@/domain/content/rich-text'

const relationId = (value: unknown): number | null =>
  typeof value === 'number'
    ? value
    : value && typeof value === 'object' && 'id' in value
      ? Number((value as { id: unknown }).id)
      : null

/** Blocks' visible words (headings, texts, questions…), for the search index of pages. */
function blocksText(layout: unknown): string {
  if (!Array.isArray(layout)) return ''
  const parts: string[] = []
  const collect = (value: unknown, key = ''): void => {
    if (typeof value === 'string') {
      if (['heading', 'text', 'title', 'question', 'answer', 'label', 'caption'].includes(key)) parts.push(value)
    } else if (Array.isArray(value)) {
      value.forEach((item) => collect(item))
    } else if (value && typeof value === 'object') {
      if ('root' in value) parts.push(plainText(value))
      else for (const [k, v] of Object.entries(value)) if (k !== 'blockType' && k !== 'id') collect(v, k)
    }
  }
  collect(layout)
  return parts.join('\n')
}

/**
 * plugin-search keeps one `search` row per published document (drafts are never synced; a
 * document unpublished or deleted loses its row). This fills the row with what the public search
 * reads: the site, the kind, the public path, a short excerpt and the plain text. The French
 * full-text index over title, excerpt and text is in migration editorial_search_index.
 */
export const toSearchRow: BeforeSync = ({ originalDoc, searchDoc }) => {
  const collection = searchDoc.doc.relationTo as ContentCollection
  const doc = originalDoc as Record<string, unknown>
  const excerpt =
    [doc.excerpt, doc.summary, doc.intro].find((v): v is string => typeof v === 'string' && v.trim() !== '') ?? ''
  const text = [
    plainText(doc.body ?? doc.content),
    collection === 'pages' ? blocksText(doc.layout) : '',
    typeof doc.expert === 'object' && doc.expert
      ? `${(doc.expert as { name?: string }).name ?? ''} ${(doc.expert as { role?: string }).role ?? ''}`
      : '',
  ]
    .filter(Boolean)
    .join('\n')
  return {
    ...searchDoc,
    title: typeof doc.title === 'string' ? doc.title : '',
    tenant: relationId(doc.tenant),
    kind: collection,
    url: contentPath(collection, doc as { slug?: string; breadcrumbs?: { url?: string }[] }),
    excerpt,
    text,
    publishedDate: (doc.publishedDate as string | undefined) ?? (doc.updatedAt as string | undefined) ?? null,
  }
}
