import type { Endpoint } from 'payload'

import { datedName, fileResponse, idParam, parseFormat, refuse } from '@/endpoints/http'
import { tneReaderOr4xx } from '@/endpoints/tne-reader'
import { questionnaireResults, resultsCsv } from '@/services/tne/questionnaire-results'

/**
 * GET /api/form-submissions/results?workshop=ID&territory=ID&format=json|csv: the parents' answers,
 * aggregated per workshop and per territory, for coordinators (their territories) and admins.
 */
export const resultsEndpoint: Endpoint = {
  path: '/results',
  method: 'get',
  handler: async (req) => {
    const user = tneReaderOr4xx(req)
    if (user instanceof Response) return user
    const format = parseFormat(req.query?.format, ['json', 'csv'], 'json')
    const workshop = idParam(req.query?.workshop)
    const territory = idParam(req.query?.territory)
    if (!format || Number.isNaN(workshop) || Number.isNaN(territory)) {
      return refuse(400, 'Paramètres invalides : format (json ou csv), workshop et territory sont des nombres.')
    }
    const results = await questionnaireResults(req.payload, user, { workshop, territory })
    return format === 'csv'
      ? fileResponse(resultsCsv(results), 'csv', { name: datedName('questionnaires-parents') })
      : Response.json(results)
  },
}
