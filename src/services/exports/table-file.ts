import { stringify } from 'csv-stringify/sync'
import ExcelJS from 'exceljs'

export type ExportFormat = 'csv' | 'xlsx'

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

/**
 * A table as CSV (semicolons and a BOM, so spreadsheet software in French opens it as is) or XLSX
 * (`exceljs`), with a bold header row.
 */
export async function tableFile(header: readonly string[], rows: (string | number | null)[][], format: ExportFormat, sheetName: string): Promise<Uint8Array> {
  if (format === 'csv') return new TextEncoder().encode(stringify([[...header], ...rows], { delimiter: ';', bom: true }))
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet(sheetName)
  sheet.addRow([...header]).font = { bold: true }
  sheet.addRows(rows)
  sheet.columns.forEach((column) => {
    column.width = 18
  })
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
