import type { Endpoint } from 'payload'
import { z } from 'zod'

import { FUND_CALL_STATUSES } from '@/domain/tne/fund-calls'
import type { User } from '@/payload-types'
import { refusalResponse, userOr401 } from '@/services/tne/respond'
import { transitionFundCall } from '@/services/tne/transition-fund-call'

const InputSchema = z.object({
  to: z.enum(FUND_CALL_STATUSES, { message: 'État demandé inconnu.' }),
  comment: z.string().max(2000, 'Le commentaire est limité à 2 000 caractères.').optional(),
})

/** POST /api/fund-calls/:id/transition { to: approved | rejected | paid }: 401 · 404 not theirs · 403 the requester · 409 refused. */
export const fundCallTransitionEndpoint: Endpoint = {
  path: '/:id/transition',
  method: 'post',
  handler: async (req) => {
    const user = userOr401(req.user as (User & { collection: 'users' }) | null)
    if (user instanceof Response) return user
    const id = Number(req.routeParams?.id)
    const input = InputSchema.safeParse(req.json ? await req.json().catch(() => null) : null)
    if (!Number.isInteger(id) || !input.success) {
      const errors = input.success ? [] : input.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
      return Response.json({ errors: [{ message: 'Requête invalide.', data: { errors } }] }, { status: 400 })
    }
    try {
      const call = await transitionFundCall(req.payload, { fundCallId: id, to: input.data.to, comment: input.data.comment, user })
      return Response.json({ doc: { id: call.id, status: call.status } })
    } catch (error) {
      const refusal = refusalResponse(error)
      if (refusal) return refusal
      throw error
    }
  },
}
