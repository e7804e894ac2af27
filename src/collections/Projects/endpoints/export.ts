import type { Endpoint, Where } from 'payload'

import { relationIds } from '@/domain/access/ids'
import { hasRole } from '@/domain/access/roles'
import { type ExportFormat, exportProjects } from '@/services/projects/export-projects'

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

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
    const format = req.query?.format === 'xlsx' ? 'xlsx' : req.query?.format === undefined || req.query.format === 'csv' ? 'csv' : null
    if (!format) return Response.json({ errors: [{ message: 'Format inconnu : csv ou xlsx.' }] }, { status: 400 })
    const filters = req.query?.where as Where | undefined
    // Managers export their structures' projects, not every public project they can also read.
    const scope: Where | undefined = hasRole(user, 'admin', 'moderator') ? undefined : { structure: { in: relationIds(user.structures) } }
    const where = scope && filters ? { and: [filters, scope] } : (scope ?? filters)
    const body = await exportProjects(req.payload, user, where, format)
    const date = new Date().toISOString().slice(0, 10)
    return new Response(Buffer.from(body), {
      headers: {
        'Content-Type': CONTENT_TYPES[format],
        'Content-Disposition': `attachment; filename="projets-${date}.${format}"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
