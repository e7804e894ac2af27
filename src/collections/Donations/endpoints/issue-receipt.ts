import type { Endpoint } from 'payload'

import { managesIssuer } from '@/collections/FiscalReceipts/access'
import { forManagersOrAdmins } from '@/collections/FiscalReceipts/endpoints/guard'
import { refuse, routeId } from '@/endpoints/http'
import { issueReceiptOrFail } from '@/services/receipts/issue-receipt'
import { giftIssuer } from '@/services/receipts/issuers'

/** POST /api/donations/:id/receipt: a manager of the receiving structure (or an admin) issues a gift's receipt now. */
export const issueForDonationEndpoint: Endpoint = {
  path: '/:id/receipt',
  method: 'post',
  handler: (req) =>
    forManagersOrAdmins(req, async () => {
      const id = routeId(req)
      const gift = id !== null ? await giftIssuer(req.payload, id) : undefined
      if (id === null || !gift || !managesIssuer(req.user, gift.issuerId)) return refuse(404, 'Don introuvable.')
      return Response.json({ doc: await issueReceiptOrFail(req.payload, id) })
    }),
}
