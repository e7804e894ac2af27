import type { Endpoint, Where } from 'payload'

import { relationIds } from '@/domain/access/ids'
import { hasRole } from '@/domain/access/roles'
import { datedName, fileResponse, formatRefusal, parseFormat, userWithRoleOr4xx } from '@/endpoints/http'
import { exportProjects } from '@/services/projects/export-projects'

const FORMATS = ['csv', 'xlsx'] as const

/**
 * GET /api/projects/export?format=csv|xlsx&where[...]: moderators and admins export the projects,
 * structure managers their structures' projects, with the list's filters. Others: 403.
 */
export const exportEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    const user = userWithRoleOr4xx(
      req,
      ['admin', 'moderator', 'structure-manager'],
      'L’export est réservé aux modérateurs et aux gestionnaires de structures.',
    )
    if (user instanceof Response) return user
    const format = parseFormat(req.query?.format, FORMATS, 'csv')
    if (!format) return formatRefusal(FORMATS)
    const filters = req.query?.where as Where | undefined
    // Managers export their structures' projects, not every public project they can also read.
    const scope: Where | undefined = hasRole(user, 'admin', 'moderator')
      ? undefined
      : { structure: { in: relationIds(user.structures) } }
    const where = scope && filters ? { and: [filters, scope] } : (scope ?? filters)
    const body = await exportProjects(req.payload, user, where, format)
    return fileResponse(body, format, { name: datedName('projets') })
  },
}
