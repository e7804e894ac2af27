import { stringify } from 'csv-stringify/sync'
import ExcelJS from 'exceljs'

export type ExportFormat = 'csv' | 'xlsx'

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

/** A number as a French spreadsheet reads it: decimal comma ("19248,27"), no grouping. */
export const frenchCsvNumber = (value: number): string => String(value).replace('.', ',')

/**
 * The one CSV writer of the portal's exports: semicolons, a BOM and decimal commas, so that spreadsheet
 * software in French opens it as is (numbers as numbers, accents intact).
 */
export const frenchCsv = (rows: readonly (readonly unknown[])[]): string =>
  stringify(rows as unknown[][], { delimiter: ';', bom: true, cast: { number: frenchCsvNumber } })

/**
 * A table as CSV (semicolons and a BOM, so spreadsheet software in French opens it as is) or XLSX
 * (`exceljs`), with a bold header row.
 */
export async function tableFile(
  header: readonly string[],
  rows: (string | number | null)[][],
  format: ExportFormat,
  sheetName: string,
): Promise<Uint8Array> {
  if (format === 'csv') return new TextEncoder().encode(frenchCsv([[...header], ...rows]))
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet(sheetName)
  sheet.addRow([...header]).font = { bold: true }
  sheet.addRows(rows)
  sheet.columns.forEach((column) => {
    column.width = 18
  })
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
