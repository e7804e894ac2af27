import type { Endpoint } from 'payload'

import { relationIds } from '@/domain/access/ids'
import { hasRole } from '@/domain/access/roles'
import { indicatorsCsv, loadIndicators } from '@/services/tne/indicators'
import { csvResponse, idParam, reportFormat, tneReaderOr4xx } from '@/services/tne/tne-endpoint'

/**
 * GET /api/territories/indicators?year=2023&territory=ID&format=json|csv: indicators per territory
 * and year, for coordinators (their territories) and admins. 401 signed out, 403 other roles,
 * 400 bad parameters.
 */
export const indicatorsEndpoint: Endpoint = {
  path: '/indicators',
  method: 'get',
  handler: async (req) => {
    const user = tneReaderOr4xx(req)
    if (user instanceof Response) return user
    const format = reportFormat(req)
    const year = idParam(req.query?.year)
    const territory = idParam(req.query?.territory)
    if (!format || Number.isNaN(year) || Number.isNaN(territory)) {
      return Response.json({ errors: [{ message: 'Paramètres invalides : format (json ou csv), year et territory sont des nombres.' }] }, { status: 400 })
    }
    const scope = hasRole(user, 'admin') ? undefined : relationIds(user.territories).map(Number)
    const territories = territory === undefined ? scope : scope && !scope.includes(territory) ? [] : [territory]
    const rows = (await loadIndicators(req.payload, { user }, territories)).filter((r) => year === undefined || r.year === year)
    return format === 'csv' ? csvResponse(indicatorsCsv(rows), 'indicateurs-tne') : Response.json({ rows })
  },
}
