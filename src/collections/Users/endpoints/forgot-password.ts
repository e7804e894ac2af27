import { APIError, type Endpoint, addDataAndFileToRequest } from 'payload'

import { requestPasswordReset } from '@/services/auth/accounts'
import { clientAddress } from '@/services/rate-limit'

/**
 * POST /api/users/forgot-password (the admin's "mot de passe oublié" form), in place of Payload's:
 * rate-limited, then only queued, so it answers `{ message }` with 200, in the same time, whether
 * or not the address has an account (Payload's own did the work in the request, three times
 * longer for a real account). The link arrives through the jobs queue.
 */
export const forgotPasswordEndpoint: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const email = typeof req.data?.email === 'string' ? req.data.email.trim() : ''
    if (!email) throw new APIError('Indiquez l’adresse e-mail du compte.', 400, null, true)
    await requestPasswordReset(req.payload, email, clientAddress(req.headers))
    return Response.json({ message: req.t('general:success') }, { headers: { 'Cache-Control': 'no-store' } })
  },
}
