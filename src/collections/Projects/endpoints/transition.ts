import type { Endpoint } from 'payload'
import { z } from 'zod'

import { PROJECT_STATUSES } from '@/domain/projects/status'
import { answering, fieldErrorsOf, jsonBody, refuse, routeId, userOr401 } from '@/endpoints/http'
import { actorFor, transitionProject } from '@/services/projects/transition-project'

const TransitionInputSchema = z.object({
  to: z.enum(PROJECT_STATUSES, { message: 'État demandé inconnu.' }),
  comment: z.string().max(5000, 'Le commentaire est limité à 5 000 caractères.').optional(),
})

/**
 * POST /api/projects/:id/transition { to, comment? } on behalf of the signed-in user.
 * 401 signed out · 404 a project they cannot see · 403 not theirs to make · 409 the machine refuses.
 */
export const transitionEndpoint: Endpoint = {
  path: '/:id/transition',
  method: 'post',
  handler: async (req) => {
    const user = userOr401(req)
    if (user instanceof Response) return user
    const id = routeId(req)
    const input = TransitionInputSchema.safeParse(await jsonBody(req))
    if (id === null || !input.success)
      return refuse(400, 'Requête invalide.', input.success ? [] : fieldErrorsOf(input.error.issues))
    // Seeing the project is the first right: a project the user cannot read does not exist for them.
    const visible = await req.payload.find({
      collection: 'projects',
      where: { id: { equals: id } },
      limit: 1,
      depth: 0,
      user,
      overrideAccess: false,
    })
    if (visible.totalDocs === 0) return refuse(404, 'Projet introuvable.')
    return answering(async () => {
      const project = await transitionProject(req.payload, {
        projectId: id,
        to: input.data.to,
        comment: input.data.comment,
        actorOf: (locked) => actorFor(user, locked),
      })
      return Response.json({ doc: { id: project.id, status: project.status, history: project.history } })
    })
  },
}
