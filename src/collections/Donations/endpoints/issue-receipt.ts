import type { Endpoint } from 'payload'

import { managesIssuer } from '@/collections/FiscalReceipts/access'
import { forManagersOrAdmins } from '@/collections/FiscalReceipts/endpoints/guard'
import { refuse, routeId } from '@/endpoints/http'
import { sqlQuery } from '@/services/db/sql-transaction'
import { issueReceiptOrFail } from '@/services/receipts/issue-receipt'

/** POST /api/donations/:id/receipt: a manager of the receiving structure (or an admin) issues a gift's receipt now. */
export const issueForDonationEndpoint: Endpoint = {
  path: '/:id/receipt',
  method: 'post',
  handler: (req) =>
    forManagersOrAdmins(req, async () => {
      const id = routeId(req)
      const gift =
        id !== null
          ? (await sqlQuery(req.payload, `SELECT d.status, p.structure_id, f.holder_id FROM donations d JOIN projects p ON p.id = d.project_id LEFT JOIN solidarity_fund_settings f ON true WHERE d.id = $1`, [id])).rows[0]
          : undefined
      const issuerId = gift ? (gift.status === 'reallocated' ? gift.holder_id : gift.structure_id) : null
      if (id === null || !gift || !managesIssuer(req.user, issuerId)) return refuse(404, 'Don introuvable.')
      return Response.json({ doc: await issueReceiptOrFail(req.payload, id) })
    }),
}
