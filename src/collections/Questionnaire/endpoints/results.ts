import type { Endpoint } from 'payload'

import { questionnaireResults, resultsCsv } from '@/services/tne/questionnaire-results'
import { csvResponse, idParam, reportFormat, tneReaderOr4xx } from '@/services/tne/tne-endpoint'

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
    const format = reportFormat(req)
    const workshop = idParam(req.query?.workshop)
    const territory = idParam(req.query?.territory)
    if (!format || Number.isNaN(workshop) || Number.isNaN(territory)) {
      return Response.json({ errors: [{ message: 'Paramètres invalides : format (json ou csv), workshop et territory sont des nombres.' }] }, { status: 400 })
    }
    const results = await questionnaireResults(req.payload, user, { workshop, territory })
    return format === 'csv' ? csvResponse(resultsCsv(results), 'questionnaires-parents') : Response.json(results)
  },
}
