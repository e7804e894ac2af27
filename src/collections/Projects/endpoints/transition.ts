import { APIError, type Endpoint, ValidationError } from 'payload'
import { z } from 'zod'

import { PROJECT_STATUSES } from '@/domain/projects/status'
import { actorFor, transitionProject } from '@/services/projects/transition-project'

export const TransitionInputSchema = z.object({
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
    const user = req.user
    if (!user || user.collection !== 'users') return Response.json({ errors: [{ message: 'Connectez-vous pour continuer.' }] }, { status: 401 })
    const id = Number(req.routeParams?.id)
    const body = req.json ? await req.json().catch(() => null) : null
    const input = TransitionInputSchema.safeParse(body)
    if (!Number.isInteger(id) || !input.success) {
      const errors = input.success ? [] : input.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
      return Response.json({ errors: [{ message: 'Requête invalide.', data: { errors } }] }, { status: 400 })
    }
    // Seeing the project is the first right: a project the user cannot read does not exist for them.
    const visible = await req.payload.find({ collection: 'projects', where: { id: { equals: id } }, limit: 1, depth: 0, user, overrideAccess: false })
    if (visible.totalDocs === 0) return Response.json({ errors: [{ message: 'Projet introuvable.' }] }, { status: 404 })
    try {
      const project = await transitionProject(req.payload, {
        projectId: id,
        to: input.data.to,
        comment: input.data.comment,
        actorOf: (locked) => actorFor(user, locked),
      })
      return Response.json({ doc: { id: project.id, status: project.status, history: project.history } })
    } catch (error) {
      if (error instanceof ValidationError || error instanceof APIError) {
        return Response.json({ errors: [{ message: error.message, data: error.data }] }, { status: error.status })
      }
      throw error
    }
  },
}
