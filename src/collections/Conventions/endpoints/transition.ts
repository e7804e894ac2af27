import type { Endpoint } from 'payload'
import { z } from 'zod'

import { CONVENTION_STATUSES } from '@/domain/tne/convention-lifecycle'
import type { User } from '@/payload-types'
import { refusalResponse, userOr401 } from '@/services/tne/respond'
import { transitionConvention } from '@/services/tne/transition-convention'

const InputSchema = z.object({
  to: z.enum(CONVENTION_STATUSES, { message: 'État demandé inconnu.' }),
  comment: z.string().max(2000, 'Le commentaire est limité à 2 000 caractères.').optional(),
})

/** POST /api/conventions/:id/transition { to, comment? }: 401 signed out · 404 not theirs · 409 refused · 400 incomplete. */
export const conventionTransitionEndpoint: Endpoint = {
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
      const convention = await transitionConvention(req.payload, { conventionId: id, to: input.data.to, comment: input.data.comment, user })
      return Response.json({ doc: { id: convention.id, status: convention.status, history: convention.history } })
    } catch (error) {
      const refusal = refusalResponse(error)
      if (refusal) return refusal
      throw error
    }
  },
}
