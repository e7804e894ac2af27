import { z } from 'zod'

import { withoutControlCharacters } from '@/domain/text/control-characters'

export const SEARCH_PAGE_SIZE = 10

const SearchQuerySchema = z.object({
  q: z.string().transform(withoutControlCharacters).pipe(z.string().trim().max(100)).catch(''),
  page: z.coerce.number().int().min(1).max(100).catch(1),
})

export type SearchQuery = z.infer<typeof SearchQuerySchema>

/** /recherche?q=…&page=…: a text of at most 100 characters and a page; anything malformed falls back to the defaults. */
export function parseSearchQuery(params: Record<string, string | string[] | undefined>): SearchQuery {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)
  return SearchQuerySchema.parse({ q: first(params.q) ?? '', page: first(params.page) ?? 1 })
}

export function searchHref(query: SearchQuery, page: number): string {
  const params = new URLSearchParams({ q: query.q })
  if (page > 1) params.set('page', String(page))
  return `/recherche?${params.toString()}`
}
