import * as echarts from 'echarts'

import type { StatTable } from '@/domain/statistics/tables'

/** Colours with at least 4.5:1 contrast on white; series are also told apart by patterns (decals). */
const PALETTE = ['#1f4e79', '#a84300', '#2e6b30', '#6a1b9a']
const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 })

/**
 * The table's chart as a static SVG, drawn on the server by Apache ECharts (server-side rendering,
 * no browser, no JavaScript sent): bars from the table's own columns. The SVG is an image named by
 * `labelledBy` (its figure's caption); the table under it is its text equivalent. Null when the table
 * has no chart or nothing to draw.
 */
export function chartSvg(table: StatTable, labelledBy: string): string | null {
  // Drawing costs ~10 ms a chart (a dozen per page): each SVG is kept, keyed by what it is drawn
  // from, so a page shows the same figures without drawing them again, and new figures get a new key.
  const key = `${labelledBy}\0${JSON.stringify([table.chart, table.columns, table.rows])}`
  const kept = drawn.get(key)
  if (kept !== undefined) {
    drawn.delete(key)
    drawn.set(key, kept) // most recently used last
    return kept
  }
  const svg = drawChartSvg(table, labelledBy)
  drawn.set(key, svg)
  if (drawn.size > MAX_DRAWN) drawn.delete(drawn.keys().next().value!)
  return svg
}

/** The drawing's size (its viewBox), for an `<img>` that shows it from its own URL without moving the page when it loads. */
export function chartSize(svg: string): { width: number; height: number } {
  const [, width, height] = /viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(svg) ?? []
  return { width: Math.round(Number(width ?? 760)), height: Math.round(Number(height ?? 340)) }
}

/** The charts drawn lately, least recently used first (a few periods' pages: ~20 charts each, ~10 kB). */
const drawn = new Map<string, string | null>()
const MAX_DRAWN = 300

function drawChartSvg(table: StatTable, labelledBy: string): string | null {
  const spec = table.chart
  if (!spec || table.rows.length === 0) return null
  const series = spec.series.map((key) => table.columns.find((c) => c.key === key)!)
  const values = (key: string, kind: string) =>
    table.rows.map((row) => {
      const v = row[key]
      return typeof v === 'number' ? (kind === 'cents' ? Math.round(v / 100) : v) : 0
    })
  if (series.every((s) => values(s.key, s.kind).every((v) => v === 0))) return null
  const categories = table.rows.map((row) => String(row[spec.category] ?? ''))
  const horizontal = spec.type === 'horizontal-bar'
  const height = horizontal ? 70 + categories.length * (series.length > 1 ? 34 : 26) : 340
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 760, height })
  const categoryAxis = {
    type: 'category' as const,
    data: horizontal ? [...categories].reverse() : categories,
    axisLabel: {
      color: '#333',
      fontSize: 12,
      interval: 0,
      rotate: !horizontal && categories.length > 8 ? 35 : 0,
      width: horizontal ? 210 : 90,
      overflow: 'truncate' as const,
    },
  }
  const valueAxis = {
    type: 'value' as const,
    axisLabel: {
      color: '#333',
      fontSize: 12,
      formatter: (v: number) =>
        `${number.format(v)}${series[0].kind === 'cents' ? ' €' : series[0].kind === 'percent' ? ' %' : ''}`,
    },
  }
  chart.setOption({
    animation: false,
    silent: true,
    color: PALETTE,
    textStyle: { fontFamily: 'system-ui, sans-serif', color: '#333' },
    aria: { enabled: series.length > 1, decal: { show: series.length > 1 } },
    legend: series.length > 1 ? { top: 0, textStyle: { color: '#333', fontSize: 13 } } : undefined,
    grid: {
      left: horizontal ? 220 : 60,
      right: 30,
      top: series.length > 1 ? 40 : 20,
      bottom: !horizontal && categories.length > 8 ? 80 : 40,
    },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: series.map((s) => ({
      type: 'bar',
      name: s.label,
      stack: spec.type === 'stacked-bar' ? 'total' : undefined,
      data: horizontal ? [...values(s.key, s.kind)].reverse() : values(s.key, s.kind),
      emphasis: { disabled: true },
    })),
  })
  const svg = chart.renderToSVGString()
  chart.dispose()
  return svg
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<svg /, `<svg role="img" aria-labelledby="${labelledBy}" focusable="false" class="stat-chart__svg" `)
    .replace(/ width="\d+" height="\d+"/, '')
}
