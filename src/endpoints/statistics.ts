import type { Endpoint } from 'payload'

import { parsePeriodKind, parseYear } from '@/domain/statistics/periods'
import { csvRows } from '@/domain/statistics/tables'
import { statisticsForUser } from '@/services/statistics/for-user'
import { frenchCsv } from '@/services/exports/table-file'

import { answering, fileResponse, formatRefusal, parseFormat, refuse } from './http'

const FORMATS = ['json', 'csv'] as const

/**
 * GET /api/statistics?annee=2023&periode=civile|scolaire[&tableau=<id>&format=json|csv]: the live
 * statistics (every table as JSON, or one table as CSV) for the GIP's staff; 401 for anonymous
 * callers, 403 for anyone else, 404 for an unknown table.
 */
export const statisticsEndpoint: Endpoint = {
  path: '/statistics',
  method: 'get',
  handler: (req) =>
    answering(
      async () => {
        const statistics = await statisticsForUser(req.payload, req.user, {
          year: parseYear(req.query?.annee),
          kind: parsePeriodKind(req.query?.periode),
        })
        const id = req.query?.tableau
        if (id === undefined) return Response.json(statistics, { headers: { 'Cache-Control': 'no-store' } })
        const table = statistics.tables.find((t) => t.id === id)
        if (!table) return refuse(404, `Tableau inconnu : ${String(id)}.`)
        const format = parseFormat(req.query?.format, FORMATS, 'json')
        if (!format) return formatRefusal(FORMATS)
        if (format === 'json') return Response.json(table, { headers: { 'Cache-Control': 'no-store' } })
        return fileResponse(frenchCsv(csvRows(table)), 'csv', { name: `${table.id}-${statistics.label}` })
      },
      { 401: 'Connectez-vous pour continuer.', 403: 'Les statistiques sont réservées à l’équipe du GIP.' },
    ),
}
