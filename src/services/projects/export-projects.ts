import type { Payload, Where } from 'payload'

import { EXPORT_HEADER, toExportRows } from '@/domain/projects/export-rows'
import type { User } from '@/payload-types'
import { type ExportFormat, tableFile } from '@/services/exports/table-file'

/**
 * The projects table the user can see (their own read access, `where` = the list's current
 * filters), as CSV or XLSX.
 */
export async function exportProjects(
  payload: Payload,
  user: User,
  where: Where | undefined,
  format: ExportFormat,
): Promise<Uint8Array> {
  const { docs } = await payload.find({
    collection: 'projects',
    where,
    user,
    overrideAccess: false,
    pagination: false,
    depth: 1,
    sort: 'endDate',
    select: {
      title: true,
      establishment: true,
      structure: true,
      status: true,
      startDate: true,
      endDate: true,
      minimumGoalCents: true,
      optimumGoalCents: true,
      collectedCents: true,
      donorCount: true,
    },
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
  return tableFile(EXPORT_HEADER, rows, format, 'Projets')
}
