import { APIError, type Endpoint } from 'payload'

import { parsePeriodKind, parseYear } from '@/domain/statistics/periods'
import { csvRows } from '@/domain/statistics/tables'
import { statisticsForUser } from '@/services/statistics/for-user'
import { frenchCsv } from '@/services/exports/table-file'

/**
 * GET /api/statistics?annee=2023&periode=civile|scolaire[&tableau=<id>&format=csv]: the live
 * statistics (every table as JSON, or one table as CSV) for the GIP's staff; 401 for anonymous
 * callers, 403 for anyone else, 404 for an unknown table.
 */
export const statisticsEndpoint: Endpoint = {
  path: '/statistics',
  method: 'get',
  handler: async (req) => {
    try {
      const statistics = await statisticsForUser(req.payload, req.user, { year: parseYear(req.query?.annee), kind: parsePeriodKind(req.query?.periode) })
      const id = req.query?.tableau
      if (id === undefined) return Response.json(statistics, { headers: { 'Cache-Control': 'no-store' } })
      const table = statistics.tables.find((t) => t.id === id)
      if (!table) return Response.json({ errors: [{ message: `Tableau inconnu : ${String(id)}.` }] }, { status: 404 })
      if (req.query?.format !== 'csv') return Response.json(table, { headers: { 'Cache-Control': 'no-store' } })
      return new Response(frenchCsv(csvRows(table)), {
        headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${table.id}-${statistics.label}.csv"`, 'Cache-Control': 'no-store' },
      })
    } catch (error) {
      if (error instanceof APIError) return Response.json({ errors: [{ message: error.status === 401 ? 'Connectez-vous pour continuer.' : 'Les statistiques sont réservées à l’équipe du GIP.' }] }, { status: error.status })
      throw error
    }
  },
}
