import type { Endpoint } from 'payload'

import { relationIds } from '@/domain/access/ids'
import { hasRole } from '@/domain/access/roles'
import { formatRefusal, parseFormat, refuse, routeId, tableResponse, userOr401 } from '@/endpoints/http'
import { sqlQuery } from '@/services/db/sql-transaction'

const FORMATS = ['csv', 'xlsx'] as const

const HEADER = ['Projet', 'Statut du projet', 'Don abondé', 'Abondement (€)', 'Situation', 'Date', 'Critères remplis'] as const
const SITUATION = `CASE WHEN t.status = 'refunded' THEN 'Rendu au programme (collecte échouée)'
  WHEN p.status IN ('succeeded', 'funds_released', 'realised', 'archived') THEN 'À verser (collecte réussie)'
  ELSE 'Réservé (collecte en cours)' END`

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
    const programme = id !== null ? (await sqlQuery(req.payload, 'SELECT name, sponsor_id FROM programmes WHERE id = $1', [id])).rows[0] : undefined
    const allowed = programme && (hasRole(user, 'admin') || (hasRole(user, 'sponsor') && relationIds(user.sponsors).map(Number).includes(programme.sponsor_id)))
    if (!allowed) return refuse(404, 'Programme introuvable.')
    const format = parseFormat(req.query?.format, FORMATS, 'csv')
    if (!format) return formatRefusal(FORMATS)
    const { rows } = await sqlQuery(
      req.payload,
      `SELECT p.title, p.status AS project_status, g.reference AS gift, t.amount_cents::bigint AS amount, ${SITUATION} AS situation, t.paid_at, t.explanation
       FROM donations t JOIN projects p ON p.id = t.project_id LEFT JOIN donations g ON g.id = t.top_up_of_id
       WHERE t.programme_id = $1 ORDER BY t.paid_at`,
      [id],
    )
    const table = rows.map((r) => [r.title, r.project_status, r.gift, Number(r.amount) / 100, r.situation, r.paid_at ? new Date(r.paid_at).toISOString().slice(0, 10) : null, r.explanation])
    return tableResponse(HEADER, table, format, { name: `releve-programme-${id}`, sheet: 'Relevé' })
  },
}
