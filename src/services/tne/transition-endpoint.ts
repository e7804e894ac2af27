import type { Endpoint, Payload } from 'payload'
import { z } from 'zod'

import type { User } from '@/payload-types'

import { refusalResponse, userOr401 } from './respond'

type Transition<S extends string> = { id: number; to: S; comment?: string; user: User }

/**
 * POST /:id/transition { to, comment? } of a TNE lifecycle on behalf of the signed-in user:
 * 401 signed out · 400 incomplete · the service's refusal as Payload answers it (404, 403, 409, 400).
 * `transition` moves the document and gives what the answer's `doc` shows of it.
 */
export function transitionEndpoint<S extends string>(
  statuses: readonly [S, ...S[]],
  transition: (payload: Payload, input: Transition<S>) => Promise<Record<string, unknown>>,
): Endpoint {
  const InputSchema = z.object({
    to: z.enum(statuses, { message: 'État demandé inconnu.' }),
    comment: z.string().max(2000, 'Le commentaire est limité à 2 000 caractères.').optional(),
  })
  return {
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
        return Response.json({ doc: await transition(req.payload, { id, to: input.data.to, comment: input.data.comment, user }) })
      } catch (error) {
        const refusal = refusalResponse(error)
        if (refusal) return refusal
        throw error
      }
    },
  }
}
