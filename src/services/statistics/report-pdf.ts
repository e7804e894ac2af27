import { createHash } from 'node:crypto'

import PDFDocument from 'pdfkit'
import SVGtoPDF from 'svg-to-pdfkit'

import type { StatTable } from '@/domain/statistics/tables'
import { chartSvg } from '@/domain/statistics/chart-svg'
import { formatCell } from '@/domain/statistics/format-cell'
import { cached } from '@/services/cache/memory-cache'

import type { ActivityReport } from './report'
import { STATISTICS_CACHE_SECONDS } from './statistics'

// The PDF's standard fonts speak WinAnsi: narrow spaces become plain ones, the minus sign a hyphen.
const clean = (text: string) => text.replace(/[\u202f\u2009\u00a0]/g, ' ').replace(/\u2212/g, '-')

const MARGIN = 50

/**
 * The table's chart, the very SVG the web page shows (ECharts' server rendering), drawn as vector
 * graphics (svg-to-pdfkit) and tagged as a figure whose alternative points to the table after it.
 */
function writeChart(doc: PDFKit.PDFDocument, table: StatTable) {
  const svg = chartSvg(table, `graphique-${table.id}`)
  if (!svg) return
  const [, , viewWidth, viewHeight] = (/viewBox="([\d.\s-]+)"/.exec(svg)?.[1] ?? '0 0 760 340')
    .trim()
    .split(/\s+/)
    .map(Number)
  const width = doc.page.width - 2 * MARGIN
  const height = (width * viewHeight) / viewWidth
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage()
  const top = doc.y
  const figure = doc.struct(
    'Figure',
    { alt: clean(`Graphique : ${table.title}. Ses données figurent dans le tableau qui suit.`) },
    () => {
      SVGtoPDF(doc, clean(svg), MARGIN, top, {
        width,
        height,
        fontCallback: (_family: string, bold: boolean) => (bold ? 'Helvetica-Bold' : 'Helvetica'),
      })
    },
  )
  doc.addStructure(figure)
  doc.x = MARGIN
  doc.y = top + height + 6
}

/** One table: its title, its chart, then a grid of text: header row in bold, first column wider, rows kept whole across pages. */
function writeTable(doc: PDFKit.PDFDocument, table: StatTable) {
  const width = doc.page.width - 2 * MARGIN
  const first = table.columns.length > 4 ? width * 0.3 : width * 0.45
  const other = (width - first) / Math.max(table.columns.length - 1, 1)
  const widths = table.columns.map((_, i) => (i === 0 ? first : other))
  const row = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8)
    const height = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: widths[i] - 6 }))) + 6
    if (doc.y + height > doc.page.height - MARGIN) doc.addPage()
    const top = doc.y
    let x = MARGIN
    cells.forEach((cell, i) => {
      doc.text(cell, x + 3, top + 3, { width: widths[i] - 6, align: i === 0 ? 'left' : 'right' })
      x += widths[i]
    })
    doc
      .moveTo(MARGIN, top + height)
      .lineTo(MARGIN + width, top + height)
      .lineWidth(0.5)
      .strokeColor('#999999')
      .stroke()
    doc.x = MARGIN
    doc.y = top + height
  }
  doc
    .moveDown(0.6)
    .font('Helvetica-Bold')
    .fontSize(11)
    .fillColor('#1f4e79')
    .text(clean(table.title), MARGIN)
    .fillColor('#000000')
  writeChart(doc, table)
  doc.font('Helvetica-Oblique').fontSize(8).text(clean(table.caption)).moveDown(0.3)
  row(
    table.columns.map((c) => clean(c.label)),
    true,
  )
  if (table.rows.length === 0)
    row([clean('Aucune donnée pour cette période.'), ...table.columns.slice(1).map(() => '')], false)
  for (const r of table.rows)
    row(
      table.columns.map((c) => clean(formatCell(r[c.key], c.kind))),
      false,
    )
  for (const note of table.notes ?? [])
    doc.font('Helvetica').fontSize(7.5).text(clean(note), MARGIN, undefined, { width })
}

/**
 * The activity report as a PDF (pdfkit): the editors' text and the same charts and tables as the web
 * page, the tables in real text (selectable, read by screen readers), with the document's title and
 * language set.
 */
export function activityReportPdf(report: ActivityReport): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    lang: 'fr-FR',
    displayTitle: true,
    tagged: true,
    pdfVersion: '1.7',
    info: { Title: clean(report.title), Author: 'GIP', Subject: `Rapport d’activité ${report.year}` },
  })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  doc.font('Helvetica-Bold').fontSize(20).text(clean(report.title), { align: 'left' })
  doc
    .font('Helvetica')
    .fontSize(10)
    .fillColor('#444444')
    .text(
      clean(
        `Financement participatif de projets d’école et Parentalité et Numérique — chiffres de l’année civile ${report.year}, calculés à partir des données du portail.`,
      ),
    )
    .fillColor('#000000')
  for (const section of report.sections) {
    doc.moveDown(1).font('Helvetica-Bold').fontSize(14).text(clean(section.title), MARGIN)
    for (const p of section.paragraphs)
      doc.moveDown(0.4).font('Helvetica').fontSize(10).text(clean(p), { align: 'justify' })
    if (section.empty) doc.moveDown(0.4).font('Helvetica').fontSize(10).text(clean(section.empty))
    for (const table of section.tables) writeTable(doc, table)
  }
  doc.end()
  return done
}

/**
 * `activityReportPdf`, kept in memory per report content (its text and figures, hashed) for as long
 * as the figures are: the same report is drawn once, a changed text or figure makes a new PDF.
 * Callers must not modify the returned buffer.
 */
export function activityReportPdfCached(report: ActivityReport): Promise<Buffer> {
  const digest = createHash('sha256').update(JSON.stringify(report)).digest('base64url')
  return cached(`report-pdf:${report.year}:${digest}`, { tags: [], ttlSeconds: STATISTICS_CACHE_SECONDS }, () =>
    activityReportPdf(report),
  )
}
