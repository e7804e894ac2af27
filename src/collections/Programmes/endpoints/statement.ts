import type { Endpoint } from 'payload'

import { relationIds } from '@/domain/access/ids'
import { hasRole } from '@/domain/access/roles'
import { formatRefusal, parseFormat, refuse, routeId, tableResponse, userOr401 } from '@/endpoints/http'
import { programmeOwner, programmeStatement } from '@/services/sponsors/programme-statement'

const FORMATS = ['csv', 'xlsx'] as const

const HEADER = [
  'Projet',
  'Statut du projet',
  'Don abondé',
  'Abondement (€)',
  'Situation',
  'Date',
  'Critères remplis',
] as const

/**
 * GET /api/programmes/:id/statement?format=csv|xlsx: every top-up of a programme, with what the
 * sponsor owes (top-ups of succeeded campaigns), what is reserved and what came back. For admins
 * and the sponsor's managers; another sponsor's programme does not exist for them (404).
 */
export const programmeStatementEndpoint: Endpoint = {
  path: '/:id/statement',
  method: 'get',
  handler: async (req) => {
    const user = userOr401(req)
    if (user instanceof Response) return user
    const id = routeId(req)
    const programme = id !== null ? await programmeOwner(req.payload, id) : undefined
    const allowed =
      programme &&
      (hasRole(user, 'admin') ||
        (hasRole(user, 'sponsor') &&
          programme.sponsorId !== null &&
          relationIds(user.sponsors).map(Number).includes(programme.sponsorId)))
    if (id === null || !allowed) return refuse(404, 'Programme introuvable.')
    const format = parseFormat(req.query?.format, FORMATS, 'csv')
    if (!format) return formatRefusal(FORMATS)
    const rows = await programmeStatement(req.payload, id)
    const table = rows.map((r) => [
      r.title,
      r.projectStatus,
      r.gift,
      r.amountCents / 100,
      r.situation,
      r.paidAt ? new Date(r.paidAt).toISOString().slice(0, 10) : null,
      r.explanation,
    ])
    return tableResponse(HEADER, table, format, { name: `releve-programme-${id}`, sheet: 'Relevé' })
  },
}
