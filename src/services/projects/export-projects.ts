import { stringify } from 'csv-stringify/sync'
import ExcelJS from 'exceljs'
import type { Payload, Where } from 'payload'

import { EXPORT_HEADER, toExportRows } from '@/domain/projects/export-rows'
import type { User } from '@/payload-types'

export type ExportFormat = 'csv' | 'xlsx'

/**
 * The projects table the user can see (their own read access, `where` = the list's current
 * filters), as CSV (semicolons and a BOM, so spreadsheet software in French opens it as is) or XLSX.
 */
export async function exportProjects(payload: Payload, user: User, where: Where | undefined, format: ExportFormat): Promise<Uint8Array> {
  const { docs } = await payload.find({
    collection: 'projects',
    where,
    user,
    overrideAccess: false,
    pagination: false,
    depth: 1,
    sort: 'endDate',
    select: { title: true, establishment: true, structure: true, status: true, startDate: true, endDate: true, minimumGoalCents: true, optimumGoalCents: true, collectedCents: true, donorCount: true },
    populate: { establishments: { name: true, uai: true }, structures: { name: true } },
  })
  const rows = toExportRows(
    docs.map((p) => {
      const establishment = typeof p.establishment === 'object' ? p.establishment : null
      const structure = typeof p.structure === 'object' ? p.structure : null
      return {
        title: p.title,
        establishment: establishment?.name ?? null,
        uai: establishment?.uai ?? null,
        structure: structure?.name ?? null,
        status: p.status,
        startDate: p.startDate ?? null,
        endDate: p.endDate ?? null,
        minimumGoalCents: p.minimumGoalCents ?? null,
        optimumGoalCents: p.optimumGoalCents ?? null,
        collectedCents: p.collectedCents ?? null,
        donorCount: p.donorCount ?? null,
      }
    }),
  )
  if (format === 'csv') {
    return new TextEncoder().encode(stringify([[...EXPORT_HEADER], ...rows], { delimiter: ';', bom: true }))
  }
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Projets')
  sheet.addRow([...EXPORT_HEADER]).font = { bold: true }
  sheet.addRows(rows)
  sheet.columns.forEach((column) => {
    column.width = 18
  })
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
