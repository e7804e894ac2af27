import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import { z } from 'zod'

import { hasRole } from '@/domain/access/roles'
import { approveGift, confirmManualPayout, confirmManualRefund, confirmTransferReceived } from '@/services/donations/admin-actions'

const fail = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/** An admin-only POST on one record: 401 signed out, 403 not an admin, 400 bad input, 409 not in a state for it. */
function adminAction(path: string, run: (req: PayloadRequest, id: number, body: unknown) => Promise<unknown>): Endpoint {
  return {
    path,
    method: 'post',
    handler: async (req) => {
      if (!req.user) return fail(401, 'Connectez-vous pour continuer.')
      if (!hasRole(req.user, 'admin')) return fail(403, 'Réservé aux administrateurs du GIP.')
      const id = Number(req.routeParams?.id)
      if (!Number.isInteger(id) || id <= 0) return fail(400, 'Identifiant invalide.')
      const body = req.json ? await req.json().catch(() => null) : null
      try {
        await run(req, id, body)
        return Response.json({ ok: true })
      } catch (error) {
        if (error instanceof z.ZodError) return fail(400, error.issues[0]?.message ?? 'Requête invalide.')
        if (error instanceof APIError) return fail(error.status, error.message)
        throw error
      }
    },
  }
}

const DonationAction = z.object({ action: z.enum(['approve', 'transfer_received', 'refunded_by_transfer'], { message: 'Action inconnue.' }) })

/** POST /api/donations/:id/action { action }: accept a gift above 10,000 €, record a transfer received, or a refund made by transfer. */
export const donationActionEndpoint = adminAction('/:id/action', async (req, id, body) => {
  const { action } = DonationAction.parse(body)
  if (action === 'approve') await approveGift(req.payload, id, Number(req.user!.id))
  else if (action === 'transfer_received') await confirmTransferReceived(req.payload, id)
  else await confirmManualRefund(req.payload, id)
})

/** POST /api/payouts/:id/paid: a payout made by bank transfer is recorded as paid. */
export const payoutPaidEndpoint = adminAction('/:id/paid', (req, id) => confirmManualPayout(req.payload, id))
