import { z } from 'zod'

import { withoutControlCharacters } from '@/domain/text/control-characters'

export const CATALOGUE_PAGE_SIZE = 12

export const CATALOGUE_SORTS = {
  fin: 'Fin de collecte la plus proche',
  recents: 'Les plus récents',
  objectif: 'Les plus proches de leur objectif',
} as const

export type CatalogueSort = keyof typeof CATALOGUE_SORTS

/** A campaign "close to its minimum" has collected at least this share of it, without reaching it. */
export const CLOSE_TO_MINIMUM_SHARE = 0.7

const code = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z]{1,3}$/)
  .transform((v) => v.toUpperCase())
const slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{1,80}$/)
const flag = z.enum(['1', 'oui', 'on', 'true']).transform(() => true)

/** Catalogue filters as they come from the URL (GET form, works without JavaScript). */
const CatalogueQuerySchema = z.object({
  q: z
    .string()
    .transform(withoutControlCharacters)
    .pipe(z.string().trim().max(100))
    .optional()
    .transform((v) => v || undefined),
  academie: code.optional(),
  departement: code.optional(),
  niveau: z.enum(['ecole', 'college', 'lycee']).optional(),
  theme: slug.optional(),
  type: z.enum(['outing', 'stay_with_nights', 'international_trip', 'equipment', 'creation_show', 'other']).optional(),
  courteEchelle: flag.optional(),
  procheMinimum: flag.optional(),
  tri: z.enum(Object.keys(CATALOGUE_SORTS) as [CatalogueSort, ...CatalogueSort[]]).default('fin'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
})

export type CatalogueQuery = z.infer<typeof CatalogueQuerySchema>

/**
 * Reads the catalogue's URL parameters. A malformed parameter is dropped (the visitor still gets a
 * catalogue, unfiltered on that criterion) rather than failing the page.
 */
export function parseCatalogueQuery(params: Record<string, string | string[] | undefined>): CatalogueQuery {
  const single = Object.fromEntries(
    Object.entries(params)
      .map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])
      .filter(([, v]) => v !== undefined && v !== ''),
  )
  const kept: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(single)) {
    const field = CatalogueQuerySchema.shape[key as keyof typeof CatalogueQuerySchema.shape]
    if (field && field.safeParse(value).success) kept[key] = value
  }
  return CatalogueQuerySchema.parse(kept)
}

/** The query string of a catalogue page (for pagination and sort links), without defaults. */
export function catalogueHref(query: CatalogueQuery, patch: Partial<CatalogueQuery> = {}): string {
  const merged = { ...query, ...patch }
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === false) continue
    if (key === 'tri' && value === 'fin') continue
    if (key === 'page' && value === 1) continue
    params.set(key, value === true ? '1' : String(value))
  }
  const search = params.toString()
  return search ? `/projets?${search}` : '/projets'
}

/** Whether the visitor narrowed the catalogue (a search word or a filter; sort and page do not count). */
export function hasCatalogueFilters(query: CatalogueQuery): boolean {
  const { tri: _sort, page: _page, ...criteria } = query
  return Object.values(criteria).some((value) => value !== undefined && value !== false)
}
