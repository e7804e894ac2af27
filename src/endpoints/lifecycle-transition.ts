import type { Endpoint, Payload } from 'payload'
import { z } from 'zod'

import type { User } from '@/payload-types'

import { answering, fieldErrorsOf, jsonBody, refuse, routeId, userOr401 } from './http'

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
      const user = userOr401(req)
      if (user instanceof Response) return user
      const id = routeId(req)
      const input = InputSchema.safeParse(await jsonBody(req))
      if (id === null || !input.success)
        return refuse(400, 'Requête invalide.', input.success ? [] : fieldErrorsOf(input.error.issues))
      return answering(async () =>
        Response.json({
          doc: await transition(req.payload, { id, to: input.data.to, comment: input.data.comment, user }),
        }),
      )
    },
  }
}
