import * as echarts from 'echarts'
import { describe, expect, it, vi } from 'vitest'

import type { StatTable } from '@/domain/statistics/tables'

import { chartSize, chartSvg } from './chart-svg'

vi.mock('echarts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('echarts')>()
  return { ...actual, init: vi.fn(actual.init) }
})

const table = (completed: number): StatTable => ({
  id: 'activite',
  title: 'Activité par année',
  caption: 'Collectes terminées',
  columns: [
    { key: 'year', label: 'Année', kind: 'text' },
    { key: 'completed', label: 'Collectes terminées', kind: 'count' },
  ],
  rows: [
    { year: '2022', completed: 10 },
    { year: '2023', completed },
  ],
  chart: { type: 'bar', category: 'year', series: ['completed'] },
})

describe('chartSvg', () => {
  it('draws a chart once per content: the same figures give the same SVG, other figures another one', () => {
    const first = chartSvg(table(12), 'graphique-activite')
    expect(first).toContain('aria-labelledby="graphique-activite"')
    expect(echarts.init).toHaveBeenCalledTimes(1)
    expect(chartSvg(table(12), 'graphique-activite')).toBe(first)
    expect(echarts.init).toHaveBeenCalledTimes(1) // kept, not drawn again
    const other = chartSvg(table(40), 'graphique-activite')
    expect(other).not.toBe(first)
    expect(other).toContain('40')
    expect(echarts.init).toHaveBeenCalledTimes(2)
    // The caption it is named by is part of the key.
    expect(chartSvg(table(12), 'graphique-autre')).toContain('aria-labelledby="graphique-autre"')
    expect(echarts.init).toHaveBeenCalledTimes(3)
  })

  it('draws nothing for a table without figures', () => {
    expect(chartSvg({ ...table(0), rows: [] }, 'x')).toBeNull()
  })

  it('gives the drawing’s size, for the image that shows it', () => {
    expect(chartSize(chartSvg(table(12), 'graphique-activite')!)).toEqual({ width: 760, height: 340 })
    const horizontal = chartSvg(
      { ...table(12), chart: { type: 'horizontal-bar', category: 'year', series: ['completed'] } },
      'graphique-activite',
    )!
    expect(chartSize(horizontal)).toEqual({ width: 760, height: 70 + 2 * 26 })
  })
})
