import { KIT_AUDIENCES, KIT_FORMATS, KIT_LEVELS, TNE_THEMES } from './taxonomy'

/**
 * The workshop-kit library's facets (audience × theme × format × level), read from a GET form's
 * query string so that filtering works without JavaScript. Within a facet the choices add up
 * (OR); facets narrow each other (AND).
 */
export const KIT_FACETS = {
  public: { label: 'Public', field: 'audiences', options: KIT_AUDIENCES },
  theme: { label: 'Thème', field: 'themes', options: TNE_THEMES },
  format: { label: 'Format', field: 'format', options: KIT_FORMATS },
  niveau: { label: 'Niveau', field: 'levels', options: KIT_LEVELS },
} as const

export type KitFacet = keyof typeof KIT_FACETS
export type KitQuery = Record<KitFacet, string[]>

export type FacetedKit = {
  audiences?: string[] | null
  themes?: string[] | null
  format?: string | null
  levels?: string[] | null
}

const FACET_NAMES = Object.keys(KIT_FACETS) as KitFacet[]

/** Unknown parameters and values are dropped; each kept value once, in the vocabulary's order. */
export function parseKitQuery(params: Record<string, string | string[] | undefined>): KitQuery {
  const query = {} as KitQuery
  for (const facet of FACET_NAMES) {
    const given = new Set([params[facet] ?? []].flat())
    query[facet] = Object.keys(KIT_FACETS[facet].options).filter((value) => given.has(value))
  }
  return query
}

function valuesOf(kit: FacetedKit, facet: KitFacet): string[] {
  const value = kit[KIT_FACETS[facet].field]
  return value === null || value === undefined ? [] : [value].flat()
}

function matches(kit: FacetedKit, query: KitQuery, except?: KitFacet): boolean {
  return FACET_NAMES.every(
    (facet) =>
      facet === except || query[facet].length === 0 || valuesOf(kit, facet).some((v) => query[facet].includes(v)),
  )
}

export function filterKits<T extends FacetedKit>(kits: readonly T[], query: KitQuery): T[] {
  return kits.filter((kit) => matches(kit, query))
}

export type FacetOption = { value: string; label: string; count: number; checked: boolean }

/**
 * Each facet's options with how many kits choosing it would show, given the other facets'
 * choices (the usual faceted-search count).
 */
export function facetOptions(kits: readonly FacetedKit[], query: KitQuery): Record<KitFacet, FacetOption[]> {
  const result = {} as Record<KitFacet, FacetOption[]>
  for (const facet of FACET_NAMES) {
    const pool = kits.filter((kit) => matches(kit, query, facet))
    result[facet] = Object.entries(KIT_FACETS[facet].options).map(([value, label]) => ({
      value,
      label,
      count: pool.filter((kit) => valuesOf(kit, facet).includes(value)).length,
      checked: query[facet].includes(value),
    }))
  }
  return result
}

/** The query string of a library page (for "remove this filter" links), empty facets left out. */
export function kitQueryString(query: KitQuery): string {
  const params = new URLSearchParams()
  for (const facet of FACET_NAMES) for (const value of query[facet]) params.append(facet, value)
  const search = params.toString()
  return search ? `?${search}` : ''
}

export function hasKitFilters(query: KitQuery): boolean {
  return FACET_NAMES.some((facet) => query[facet].length > 0)
}
