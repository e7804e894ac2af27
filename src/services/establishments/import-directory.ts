import { CsvError, type Info, parse } from 'csv-parse/sync'
import { type Payload, ValidationError } from 'payload'

import { type DirectoryRow, mapDirectoryHeader, parseDirectoryRow } from '@/domain/establishments/parse-directory-row'
import type { Establishment } from '@/payload-types'

export type DirectoryImportReport = {
  created: number
  updated: number
  unchanged: number
  /** Refused lines of the file (the header is line 1), in line order. */
  errors: { line: number; reason: string }[]
}

/** UAIs looked up, and rows written, per round trip. */
const CHUNK_SIZE = 500

type PendingRow = { line: number; row: DirectoryRow; departmentId: number }

type DirectoryFields = Pick<
  Establishment,
  'name' | 'kind' | 'sector' | 'postcode' | 'commune' | 'department' | 'priorityEducation'
>

/**
 * Imports the "Annuaire de l'éducation" CSV into `establishments`, keyed by UAI: creates the new ones,
 * updates those whose directory fields changed (never `isolatedRural`, which the directory does not
 * hold), and reports every refused line. `onProgress` is called after each chunk of written rows.
 *
 * The Local API calls keep Payload's default `overrideAccess: true`: this runs from the command line
 * on behalf of the administrator operating the server, not of a signed-in user.
 */
export async function importDirectory(
  payload: Payload,
  csvText: string,
  options: { onProgress?: (done: number, total: number) => void } = {},
): Promise<DirectoryImportReport> {
  const report: DirectoryImportReport = { created: 0, updated: 0, unchanged: 0, errors: [] }
  const refuse = (line: number, reason: string) => report.errors.push({ line, reason })

  let records: { record: string[]; info: Info }[]
  try {
    records = parse(csvText, {
      delimiter: ';',
      columns: false,
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
      info: true,
    }) as unknown as { record: string[]; info: Info }[]
  } catch (error) {
    if (!(error instanceof CsvError)) throw error
    refuse(Number(error.lines) || 1, `fichier CSV illisible, rien n'a été importé : ${error.message}`)
    return report
  }
  const [header, ...lines] = records
  if (!header) {
    refuse(1, "fichier vide : une ligne d'en-tête est attendue")
    return report
  }
  const mapping = mapDirectoryHeader(header.record)
  if (!mapping.ok) {
    refuse(startLine(header), `${mapping.reason} ; rien n'a été importé`)
    return report
  }

  const departmentIds = await loadDepartmentIds(payload)
  const byUai = new Map<string, PendingRow>()
  for (const entry of lines) {
    const line = startLine(entry)
    const parsed = parseDirectoryRow(toRecord(header.record, entry.record), mapping.columns)
    if (!parsed.ok) {
      refuse(line, parsed.reason)
      continue
    }
    const row = parsed.value
    const departmentId = departmentIds.get(row.departmentCode)
    if (departmentId === undefined) {
      refuse(line, `département inconnu « ${row.departmentCode} » : absent du référentiel des départements`)
      continue
    }
    const earlier = byUai.get(row.uai)
    if (earlier) refuse(earlier.line, `UAI ${row.uai} en double : remplacé par la ligne ${line}`)
    byUai.set(row.uai, { line, row, departmentId })
  }

  const pending = [...byUai.values()]
  for (let start = 0; start < pending.length; start += CHUNK_SIZE) {
    const chunk = pending.slice(start, start + CHUNK_SIZE)
    const existing = await loadExisting(
      payload,
      chunk.map(({ row }) => row.uai),
    )
    for (const { line, row, departmentId } of chunk) {
      try {
        report[await writeRow(payload, row, departmentId, existing.get(row.uai))] += 1
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error
        refuse(line, describeValidationError(error))
      }
    }
    options.onProgress?.(start + chunk.length, pending.length)
  }

  report.errors.sort((a, b) => a.line - b.line)
  return report
}

async function writeRow(
  payload: Payload,
  row: DirectoryRow,
  departmentId: number,
  existing: Establishment | undefined,
): Promise<'created' | 'updated' | 'unchanged'> {
  const data: DirectoryFields = {
    name: row.name,
    kind: row.kind,
    sector: row.sector,
    postcode: row.postcode,
    commune: row.commune,
    department: departmentId,
    priorityEducation: row.priorityEducation,
  }
  if (!existing) {
    await payload.create({
      collection: 'establishments',
      data: { uai: row.uai, ...data, isolatedRural: false },
      depth: 0,
    })
    return 'created'
  }
  if (isSame(existing, data)) return 'unchanged'
  await payload.update({ collection: 'establishments', id: existing.id, data, depth: 0 })
  return 'updated'
}

function isSame(existing: Establishment, data: DirectoryFields): boolean {
  const departmentId = typeof existing.department === 'object' ? existing.department.id : existing.department
  return (
    existing.name === data.name &&
    existing.kind === data.kind &&
    existing.sector === data.sector &&
    (existing.postcode ?? null) === data.postcode &&
    existing.commune === data.commune &&
    departmentId === data.department &&
    existing.priorityEducation === data.priorityEducation
  )
}

async function loadDepartmentIds(payload: Payload): Promise<Map<string, number>> {
  const { docs } = await payload.find({ collection: 'departments', limit: 0, pagination: false, depth: 0 })
  return new Map(docs.map((department) => [department.code, department.id]))
}

async function loadExisting(payload: Payload, uais: string[]): Promise<Map<string, Establishment>> {
  const { docs } = await payload.find({
    collection: 'establishments',
    where: { uai: { in: uais } },
    limit: 0,
    pagination: false,
    depth: 0,
  })
  return new Map(docs.map((establishment) => [establishment.uai, establishment]))
}

/** Cells by header; a header repeated in the file keeps its first column, as the header mapping does. */
function toRecord(headers: string[], cells: string[]): Record<string, string> {
  const record: Record<string, string> = {}
  headers.forEach((header, index) => {
    if (!Object.hasOwn(record, header)) record[header] = cells[index] ?? ''
  })
  return record
}

/** csv-parse counts the line a record ends on; a quoted value may span several lines. */
function startLine({ record, info }: { record: string[]; info: Info }): number {
  const innerBreaks = record.reduce((count, cell) => count + (cell.match(/\n/g)?.length ?? 0), 0)
  return info.lines - innerBreaks
}

function describeValidationError(error: ValidationError): string {
  const fields = error.data.errors.map(({ path, message }) => `${path} : ${message}`)
  return fields.length > 0
    ? `enregistrement refusé : ${fields.join(' ; ')}`
    : `enregistrement refusé : ${error.message}`
}
