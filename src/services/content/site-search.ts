import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { HIGHLIGHT_START, HIGHLIGHT_STOP } from '@/domain/content/highlight'
import { SEARCH_PAGE_SIZE, type SearchQuery } from '@/domain/content/search-query'
import { SITE_KINDS } from '@/domain/sites/kinds'
import type { Site } from '@/services/sites/registry'

type SearchHit = { kind: string; title: string; url: string; excerpt: string; publishedDate: string | null }
type SearchResults = { hits: SearchHit[]; total: number; pages: number }

/**
 * Same expression as the index of migration editorial_search_index. Texts go through
 * portail_search_text (typographic punctuation to ASCII, one character for one) before parsing,
 * and are shown that way in results (’ as ', « » as ").
 */
const SEARCH_VECTOR = sql`(
    setweight(to_tsvector('portail_fr', portail_search_text(coalesce(s.title, ''))), 'A') ||
    setweight(to_tsvector('portail_fr', portail_search_text(coalesce(s.excerpt, ''))), 'B') ||
    setweight(to_tsvector('portail_fr', portail_search_text(coalesce(s.text, ''))), 'C'))`

/** Same expression as the catalogue's index (migration catalogue_search_index). */
const foldProjects = sql`lower(translate(p.title || ' ' || coalesce(p.summary, ''), 'àâäáãéèêëíìîïóòôöõúùûüýÿçñÀÂÄÁÃÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÝŸÇÑ', 'aaaaaeeeeiiiiooooouuuuyycnaaaaaeeeeiiiiooooouuuuyycn'))`
const foldQuery = (q: string) =>
  sql`lower(translate(${q}, 'àâäáãéèêëíìîïóòôöõúùûüýÿçñÀÂÄÁÃÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÝŸÇÑ', 'aaaaaeeeeiiiiooooouuuuyycnaaaaaeeeeiiiiooooouuuuyycn'))`

const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`
const TITLE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, HighlightAll=true`

type Row = { kind: string; title: string; url: string; excerpt: string; published_date: string | null; total: string }

/**
 * The search of one site: its published pages, news, expert articles and workshop kits (the
 * `search` rows plugin-search keeps, published documents only) and, on the crowdfunding site,
 * its collecting projects (as the catalogue). French stemming with accents folded
 * (`websearch_to_tsquery`: words, "quoted phrases", -excluded), ranked by relevance; titles and
 * excerpts carry highlight markers (see domain/content/highlight.ts). Every value is bound.
 */
export async function searchSite(
  payload: Payload,
  site: Pick<Site, 'id' | 'kind'>,
  query: SearchQuery,
): Promise<SearchResults> {
  if (!query.q) return { hits: [], total: 0, pages: 0 }
  const withProjects = site.kind === SITE_KINDS.projets
  const offset = (query.page - 1) * SEARCH_PAGE_SIZE
  // SQL text: full-text search (tsvector, websearch_to_tsquery, ts_rank, UNION ALL) that Drizzle's builders cannot express.
  const result = (await payload.db.drizzle.execute(sql`
    WITH q AS (
      SELECT websearch_to_tsquery('portail_fr', portail_search_text(${query.q})) AS query,
             -- Any of the words, for highlighting: a result may match some words in its title and others in its text.
             to_tsquery('simple', coalesce((SELECT string_agg(quote_literal(word), ' | ') FROM unnest(tsvector_to_array(to_tsvector('portail_fr', portail_search_text(${query.q})))) AS word), '')) AS any_word
    ),
    matches AS (
      SELECT s.kind, portail_search_text(s.title) AS title, s.url, portail_search_text(coalesce(s.excerpt, '') || ' ' || coalesce(s.text, '')) AS body, s.published_date::text AS published_date,
             ts_rank(${SEARCH_VECTOR}, q.query) AS rank
      FROM search s, q
      WHERE s.tenant_id = ${site.id} AND ${SEARCH_VECTOR} @@ q.query
      ${
        withProjects
          ? sql`
      UNION ALL
      SELECT 'projects', portail_search_text(p.title), '/projets/' || p.slug, portail_search_text(coalesce(p.summary, '')), p.start_date::text,
             ts_rank(to_tsvector('portail_fr', portail_search_text(p.title || ' ' || coalesce(p.summary, ''))), q.query)
      FROM projects p, q
      WHERE p.status = 'collecting' AND to_tsvector('french', ${foldProjects}) @@ websearch_to_tsquery('french', ${foldQuery(query.q)})`
          : sql``
      }
    ),
    page AS (SELECT *, count(*) OVER () AS total FROM matches ORDER BY rank DESC, title ASC LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset})
    SELECT page.kind, ts_headline('portail_fr', page.title, q.any_word, ${TITLE_OPTIONS}) AS title, page.url,
           ts_headline('portail_fr', page.body, q.any_word, ${HEADLINE_OPTIONS}) AS excerpt, page.published_date, page.total
    FROM page, q
    ORDER BY page.rank DESC, page.title ASC
  `)) as unknown as { rows: Row[] }
  const total = Number(result.rows[0]?.total ?? 0)
  return {
    total,
    pages: Math.ceil(total / SEARCH_PAGE_SIZE),
    hits: result.rows.map((row) => ({
      kind: row.kind,
      title: row.title,
      url: row.url,
      excerpt: row.excerpt,
      publishedDate: row.published_date,
    })),
  }
}
