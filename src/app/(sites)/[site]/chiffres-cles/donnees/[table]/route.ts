import { chartSize, chartSvg } from '@/domain/statistics/chart-svg'
import { parsePeriodKind, parseYear, periodLabel } from '@/domain/statistics/periods'
import { type StatTable, csvRows } from '@/domain/statistics/tables'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { loadStatisticsCached } from '@/services/statistics/statistics'
import { tneIndicators, tneTableOrEmpty, tneYears } from '@/services/statistics/tne'
import { SITE_KINDS, getSiteByHost } from '@/sites/registry'
import { frenchCsv } from '@/services/exports/table-file'

export const dynamic = 'force-dynamic'

const notFound = () =>
  new Response('Tableau introuvable.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

/**
 * GET /chiffres-cles/donnees/<table>.csv?annee=&periode=: one table of /chiffres-cles as CSV
 * (`;`, BOM, euros with cents, percentages as numbers), the same aggregates as the page.
 * GET /chiffres-cles/donnees/<table>.svg?annee=&periode=: its chart, which the pages show as an image
 * (404 for a table without one).
 */
export async function GET(request: Request, { params }: { params: Promise<{ site: string; table: string }> }) {
  const { site: host, table: file } = await params
  const site = await getSiteByHost(host)
  const match = /^([a-z-]+)\.(csv|svg)$/.exec(file)
  if (!site || !match) return notFound()
  const url = new URL(request.url)
  const year = parseYear(url.searchParams.get('annee') ?? undefined)
  const kind = parsePeriodKind(url.searchParams.get('periode'))
  const payload = await getPayloadOrUnavailable()
  let table: StatTable | null = null
  let label: string
  // The TNE tables, also linked from the crowdfunding site's activity report; empty (header only) for a year without figures.
  if (match[1].startsWith('tne')) {
    const tneYear = year ?? (await tneYears(payload)).defaultYear
    table = tneTableOrEmpty(await tneIndicators(payload, tneYear), tneYear, match[1])
    label = String(tneYear)
  } else if (site.kind === SITE_KINDS.projets) {
    const statistics = await loadStatisticsCached(payload, { year, kind })
    table = statistics.tables.find((t) => t.id === match[1]) ?? null
    label = periodLabel(statistics.year, kind)
  } else {
    label = ''
  }
  if (!table) return notFound()
  if (match[2] === 'svg') {
    // The same drawing as the page's (and the same kept copy: see chartSvg), with its size, which the
    // page's CSS otherwise gives it.
    const svg = chartSvg(table, `graphique-${table.id}`)
    if (!svg) return notFound()
    const { width, height } = chartSize(svg)
    return new Response(svg.replace('<svg ', `<svg width="${width}" height="${height}" `), {
      headers: { 'Content-Type': 'image/svg+xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
    })
  }
  const body = frenchCsv(csvRows(table))
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${table.id}-${label}.csv"`,
      'Cache-Control': 'public, max-age=300',
    },
  })
}
