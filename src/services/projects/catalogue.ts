import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { CATALOGUE_PAGE_SIZE, CLOSE_TO_MINIMUM_SHARE, type CatalogueQuery } from '@/domain/projects/catalogue-query'

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
 * `french` stemming, accents folded) and sorted in one SQL query that reads only what
 * the list shows. Every value is a bound parameter.
 */
export async function searchCatalogue(payload: Payload, query: CatalogueQuery): Promise<CataloguePage> {
  const conditions = [sql`p.status = 'collecting'`]
  if (query.q) {
    conditions.push(sql`to_tsvector('french', ${fold(sql`p.title || ' ' || coalesce(p.summary, '')`)}) @@ websearch_to_tsquery('french', ${fold(sql`${query.q}`)})`)
  }
  if (query.academie) conditions.push(sql`a.code = ${query.academie}`)
  if (query.departement) conditions.push(sql`d.code = ${query.departement}`)
  if (query.niveau) conditions.push(sql`p.level = ${query.niveau}`)
  if (query.type) conditions.push(sql`p.kind = ${query.type}`)
  if (query.courteEchelle) conditions.push(sql`p.courte_echelle`)
  if (query.procheMinimum) {
    conditions.push(sql`p.collected_cents < p.minimum_goal_cents AND p.collected_cents >= p.minimum_goal_cents * ${CLOSE_TO_MINIMUM_SHARE}`)
  }
  if (query.theme) {
    conditions.push(
      sql`EXISTS (SELECT 1 FROM projects_rels r JOIN themes t ON t.id = r.themes_id WHERE r.parent_id = p.id AND r.path = 'themes' AND t.slug = ${query.theme})`,
    )
  }
  const offset = (query.page - 1) * CATALOGUE_PAGE_SIZE
  const result = (await payload.db.drizzle.execute(sql`
    SELECT p.slug, p.title, p.summary, p.minimum_goal_cents, p.optimum_goal_cents, p.collected_cents, p.donor_count,
           p.end_date, p.courte_echelle, e.name AS establishment, e.commune, count(*) OVER () AS total
    FROM projects p
    JOIN establishments e ON e.id = p.establishment_id
    JOIN departments d ON d.id = e.department_id
    JOIN academies a ON a.id = d.academy_id
    WHERE ${sql.join(conditions, sql` AND `)}
    ORDER BY ${ORDER[query.tri]}
    LIMIT ${CATALOGUE_PAGE_SIZE} OFFSET ${offset}
  `)) as unknown as { rows: Row[] }
  const total = Number(result.rows[0]?.total ?? 0)
  return {
    total,
    page: query.page,
    pages: Math.max(1, Math.ceil(total / CATALOGUE_PAGE_SIZE)),
    items: result.rows.map((row) => ({
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
    })),
  }
}
