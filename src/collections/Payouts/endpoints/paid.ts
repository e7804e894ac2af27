import { adminAction } from '@/endpoints/admin-action'
import { confirmManualPayout } from '@/services/donations/admin-actions'

/** POST /api/payouts/:id/paid: a payout made by bank transfer is recorded as paid. */
export const payoutPaidEndpoint = adminAction('paid', (req, id) => confirmManualPayout(req.payload, id))
