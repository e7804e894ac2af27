import type { Endpoint } from 'payload'

import { relationIds } from '@/domain/access/ids'
import { hasRole } from '@/domain/access/roles'
import { datedName, fileResponse, idParam, parseFormat, refuse } from '@/endpoints/http'
import { tneReaderOr4xx } from '@/endpoints/tne-reader'
import { indicatorsCsv, loadIndicators } from '@/services/tne/indicators'

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
    const format = parseFormat(req.query?.format, ['json', 'csv'], 'json')
    const year = idParam(req.query?.year)
    const territory = idParam(req.query?.territory)
    if (!format || Number.isNaN(year) || Number.isNaN(territory)) {
      return refuse(400, 'Paramètres invalides : format (json ou csv), year et territory sont des nombres.')
    }
    const scope = hasRole(user, 'admin') ? undefined : relationIds(user.territories).map(Number)
    const territories = territory === undefined ? scope : scope && !scope.includes(territory) ? [] : [territory]
    const rows = (await loadIndicators(req.payload, { user }, territories)).filter(
      (r) => year === undefined || r.year === year,
    )
    return format === 'csv'
      ? fileResponse(indicatorsCsv(rows), 'csv', { name: datedName('indicateurs-tne') })
      : Response.json({ rows })
  },
}
