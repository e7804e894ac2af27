import type { Endpoint, Where } from 'payload'

import { relationIds } from '@/domain/access/ids'
import { hasRole } from '@/domain/access/roles'
import { exportFormat, exportResponse } from '@/services/exports/table-file'
import { exportProjects } from '@/services/projects/export-projects'

/**
 * GET /api/projects/export?format=csv|xlsx&where[...]: moderators and admins export the projects,
 * structure managers their structures' projects, with the list's filters. Others: 403.
 */
export const exportEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    const user = req.user
    if (!user || user.collection !== 'users') return Response.json({ errors: [{ message: 'Connectez-vous pour continuer.' }] }, { status: 401 })
    if (!hasRole(user, 'admin', 'moderator', 'structure-manager')) {
      return Response.json({ errors: [{ message: 'L’export est réservé aux modérateurs et aux gestionnaires de structures.' }] }, { status: 403 })
    }
    const format = exportFormat(req.query?.format)
    if (!format) return Response.json({ errors: [{ message: 'Format inconnu : csv ou xlsx.' }] }, { status: 400 })
    const filters = req.query?.where as Where | undefined
    // Managers export their structures' projects, not every public project they can also read.
    const scope: Where | undefined = hasRole(user, 'admin', 'moderator') ? undefined : { structure: { in: relationIds(user.structures) } }
    const where = scope && filters ? { and: [filters, scope] } : (scope ?? filters)
    const body = await exportProjects(req.payload, user, where, format)
    return exportResponse(body, format, `projets-${new Date().toISOString().slice(0, 10)}`)
  },
}
