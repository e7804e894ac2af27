import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { CATALOGUE_PAGE_SIZE, CLOSE_TO_MINIMUM_SHARE, type CatalogueQuery } from '@/domain/projects/catalogue-query'
import { cached } from '@/services/cache/memory-cache'
import { CACHE_TAGS } from '@/services/cache/tags'

export type CatalogueItem = {
  slug: string
  title: string
  summary: string | null
  minimumGoalCents: number
  optimumGoalCents: number
  collectedCents: number
  donorCount: number
  endDate: string
  courteEchelle: boolean
  establishment: string
  commune: string
  /** The cover's card-sized image (served through the API, so its access rules apply), if any. */
  cover: { url: string; alt: string } | null
}

export type CataloguePage = { items: CatalogueItem[]; total: number; page: number; pages: number }

type Row = {
  slug: string
  title: string
  summary: string | null
  minimum_goal_cents: string
  optimum_goal_cents: string
  collected_cents: string
  donor_count: string
  end_date: string
  courte_echelle: boolean
  establishment: string
  commune: string
  cover_file: string | null
  cover_alt: string | null
  total: string
}

/**
 * Folds French accents (é → e, ç → c…) on both sides, so "ecosysteme" finds "écosystème". The
 * document expression is indexed (migration catalogue_search_index): keep both identical.
 */
// Upper case too: lower() leaves non-ASCII letters alone under the C locale.
const fold = (text: ReturnType<typeof sql>) =>
  sql`lower(translate(${text}, 'àâäáãéèêëíìîïóòôöõúùûüýÿçñÀÂÄÁÃÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÝŸÇÑ', 'aaaaaeeeeiiiiooooouuuuyycnaaaaaeeeeiiiiooooouuuuyycn'))`

const ORDER = {
  fin: sql`p.end_date ASC, p.id ASC`,
  recents: sql`p.start_date DESC, p.id DESC`,
  objectif: sql`(p.collected_cents / NULLIF(p.minimum_goal_cents, 0)) DESC, p.id ASC`,
}

/**
 * The public catalogue: collecting projects only, filtered, searched in French (PostgreSQL's
 * `french` stemming, accents folded) and sorted in one SQL statement that reads only what the list
 * shows. Every value is a bound parameter.
 *
 * The page and its count are computed apart inside that statement (issue 18): a window
 * `count(*) OVER ()` beside the page made PostgreSQL join and sort every matching project
 * (20,000 in the benchmark: ~40 ms) to show 12; now the page follows the sort's index and stops
 * after its rows, and the count reads the projects alone (an index of the filters: see migration
 * catalogue_sort_indexes); a place filter is the list of its schools.
 */
export async function searchCatalogue(payload: Payload, query: CatalogueQuery): Promise<CataloguePage> {
  // A project is listed with its school (as the page shows it): none without one.
  const conditions = [sql`p.status = 'collecting'`, sql`p.establishment_id IS NOT NULL`]
  if (query.q) {
    conditions.push(
      sql`to_tsvector('french', ${fold(sql`p.title || ' ' || coalesce(p.summary, '')`)}) @@ websearch_to_tsquery('french', ${fold(sql`${query.q}`)})`,
    )
  }
  if (query.academie || query.departement) {
    // The schools of that place first (a few hundred at most), then their projects.
    const place = [
      query.academie ? sql`a.code = ${query.academie}` : null,
      query.departement ? sql`d.code = ${query.departement}` : null,
    ].filter((c) => c !== null)
    conditions.push(
      sql`p.establishment_id IN (SELECT e.id FROM establishments e JOIN departments d ON d.id = e.department_id JOIN academies a ON a.id = d.academy_id WHERE ${sql.join(place, sql` AND `)})`,
    )
  }
  if (query.niveau) conditions.push(sql`p.level = ${query.niveau}`)
  if (query.type) conditions.push(sql`p.kind = ${query.type}`)
  if (query.courteEchelle) conditions.push(sql`p.courte_echelle`)
  if (query.procheMinimum) {
    conditions.push(
      sql`p.collected_cents < p.minimum_goal_cents AND p.collected_cents >= p.minimum_goal_cents * ${CLOSE_TO_MINIMUM_SHARE}`,
    )
  }
  if (query.theme) {
    conditions.push(
      sql`EXISTS (SELECT 1 FROM projects_rels r JOIN themes t ON t.id = r.themes_id WHERE r.parent_id = p.id AND r.path = 'themes' AND t.slug = ${query.theme})`,
    )
  }
  const where = sql.join(conditions, sql` AND `)
  const offset = (query.page - 1) * CATALOGUE_PAGE_SIZE
  // One row per project of the page, each with the total; one row of NULLs and the total when the page is empty.
  // SQL text: the catalogue's filtered, ranked page with facets in one statement (CTEs, FILTER).
  const result = (await payload.db.drizzle.execute(sql`
    SELECT page.*, counted.total
    FROM (SELECT count(*) AS total FROM projects p WHERE ${where}) counted
    LEFT JOIN LATERAL (
      SELECT p.position, p.slug, p.title, p.summary, p.minimum_goal_cents, p.optimum_goal_cents, p.collected_cents, p.donor_count,
             p.end_date, p.courte_echelle, e.name AS establishment, e.commune, pp.sizes_card_filename AS cover_file, pp.alt AS cover_alt
      FROM (
        SELECT p.*, row_number() OVER (ORDER BY ${ORDER[query.tri]}) AS position FROM projects p
        WHERE ${where}
        ORDER BY ${ORDER[query.tri]}
        LIMIT ${CATALOGUE_PAGE_SIZE} OFFSET ${offset}
      ) p
      JOIN establishments e ON e.id = p.establishment_id
      LEFT JOIN project_pictures pp ON pp.id = p.cover_id
    ) page ON counted.total > 0
    ORDER BY page.position
  `)) as unknown as { rows: (Omit<Row, 'slug'> & { slug: string | null })[] }
  const rows = result.rows.filter((row): row is Row => row.slug !== null)
  // An empty page (past the last one) counts nothing, as the list shows nothing.
  const total = rows.length ? Number(rows[0].total) : 0
  return {
    total,
    page: query.page,
    pages: Math.max(1, Math.ceil(total / CATALOGUE_PAGE_SIZE)),
    items: rows.map((row) => ({
      slug: row.slug,
      title: row.title,
      summary: row.summary,
      minimumGoalCents: Number(row.minimum_goal_cents),
      optimumGoalCents: Number(row.optimum_goal_cents),
      collectedCents: Number(row.collected_cents),
      donorCount: Number(row.donor_count),
      endDate: row.end_date,
      courteEchelle: row.courte_echelle,
      establishment: row.establishment,
      commune: row.commune,
      cover: row.cover_file
        ? { url: `/api/project-pictures/file/${encodeURIComponent(row.cover_file)}`, alt: row.cover_alt ?? '' }
        : null,
    })),
  }
}

/** How long catalogue results and filter options are kept in memory (project hooks drop results on change). */
export const CATALOGUE_CACHE_SECONDS = 60

/**
 * `searchCatalogue`, kept in memory per distinct query (parsed, so equivalent URLs share an entry)
 * for CATALOGUE_CACHE_SECONDS; any project change drops every result (tag `catalogue`). The
 * results are the same for every visitor: collecting projects only, no user-dependent data.
 */
export function searchCatalogueCached(payload: Payload, query: CatalogueQuery): Promise<CataloguePage> {
  return cached(
    `catalogue:${JSON.stringify(query)}`,
    { tags: [CACHE_TAGS.catalogue], ttlSeconds: CATALOGUE_CACHE_SECONDS },
    () => searchCatalogue(payload, query),
  )
}

export type CatalogueFilterOptions = {
  academies: [code: string, name: string][]
  departments: [code: string, label: string][]
  themes: [slug: string, name: string][]
}

/** The choices of the catalogue's filters (reference data), as the public may read them. */
export async function catalogueFilterOptions(payload: Payload): Promise<CatalogueFilterOptions> {
  const [academies, departments, themes] = await Promise.all([
    payload.find({
      collection: 'academies',
      select: { code: true, name: true },
      sort: 'name',
      pagination: false,
      depth: 0,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'departments',
      select: { code: true, name: true },
      sort: 'code',
      pagination: false,
      depth: 0,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'themes',
      select: { slug: true, name: true },
      sort: 'name',
      pagination: false,
      depth: 0,
      overrideAccess: false,
    }),
  ])
  return {
    academies: academies.docs.map((a) => [a.code, a.name]),
    departments: departments.docs.map((d) => [d.code, `${d.code} – ${d.name}`]),
    themes: themes.docs.map((t) => [t.slug, t.name]),
  }
}

/** `catalogueFilterOptions`, kept in memory CATALOGUE_CACHE_SECONDS (reference data: no hook, the TTL only). */
export function catalogueFilterOptionsCached(payload: Payload): Promise<CatalogueFilterOptions> {
  return cached('catalogue-filters', { tags: [], ttlSeconds: CATALOGUE_CACHE_SECONDS }, () =>
    catalogueFilterOptions(payload),
  )
}
