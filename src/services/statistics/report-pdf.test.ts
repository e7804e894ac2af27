import { describe, expect, it } from 'vitest'

import type { StatTable } from '@/domain/statistics/tables'

import type { ActivityReport } from './report'
import { activityReportPdf } from './report-pdf'

const table = (chart: boolean): StatTable => ({
  id: 'niveaux',
  title: 'Projets par niveau',
  caption: 'Collectes terminées par niveau en 2023',
  columns: [
    { key: 'level', label: 'Niveau', kind: 'text' },
    { key: 'completed', label: 'Collectes terminées', kind: 'count' },
  ],
  rows: [
    { level: 'École', completed: 640 },
    { level: 'Collège', completed: 261 },
    { level: 'Lycée', completed: 1141 },
  ],
  ...(chart ? { chart: { type: 'bar' as const, category: 'level', series: ['completed'] } } : {}),
})

const report = (chart: boolean) =>
  ({
    year: 2023,
    title: 'Rapport d’activité 2023',
    hasNarrative: false,
    statistics: {} as never,
    sections: [{ key: 'themes', title: 'Thèmes et niveaux', paragraphs: [], tables: [table(chart)] }],
  }) as ActivityReport

describe('the activity report’s PDF', () => {
  it('draws each table’s chart, as the page does, tagged as a figure whose alternative points to the table', async () => {
    const [withChart, withoutChart] = await Promise.all([
      activityReportPdf(report(true)),
      activityReportPdf(report(false)),
    ])
    // Strings in UTF-16 (pdfkit writes non-ASCII text so): dropping the zero bytes leaves readable Latin text.
    const text = withChart.toString('latin1').replaceAll('\0', '')
    expect(text).toContain('/S /Figure')
    expect(text).toMatch(/\/Alt \(þÿGraphique : Projets par niveau\. Ses données figurent dans le tableau qui suit\.\)/)
    expect(withoutChart.toString('latin1')).not.toContain('/S /Figure')
    // The chart's bars and axis labels are vector drawing and text: the page grows by more than a few bytes.
    expect(withChart.length).toBeGreaterThan(withoutChart.length + 1_000)
  })
})
