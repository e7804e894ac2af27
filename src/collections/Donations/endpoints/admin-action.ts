import { z } from 'zod'

import { adminAction } from '@/endpoints/admin-action'
import { approveGift, confirmManualRefund, confirmTransferReceived } from '@/services/donations/admin-actions'

const DonationAction = z.object({
  action: z.enum(['approve', 'transfer_received', 'refunded_by_transfer'], { message: 'Action inconnue.' }),
})

/** POST /api/donations/:id/action { action }: accept a gift above 10,000 €, record a transfer received, or a refund made by transfer. */
export const donationActionEndpoint = adminAction('action', async (req, id, body) => {
  const { action } = DonationAction.parse(body)
  if (action === 'approve') await approveGift(req.payload, id, Number(req.user!.id))
  else if (action === 'transfer_received') await confirmTransferReceived(req.payload, id)
  else await confirmManualRefund(req.payload, id)
})
