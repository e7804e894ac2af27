import type { PayloadRequest } from 'payload'

import { relationIds } from '@/domain/access/ids'
import { hasRole } from '@/domain/access/roles'
import { answering, userWithRoleOr4xx } from '@/endpoints/http'

/**
 * A receipts endpoint's guard: a structure manager or an admin (401 signed out, 403 anyone else);
 * a refusal the handler throws becomes its answer.
 */
export async function forManagersOrAdmins(req: PayloadRequest, run: () => Promise<Response>): Promise<Response> {
  const user = userWithRoleOr4xx(
    req,
    ['admin', 'structure-manager'],
    'Réservé aux gestionnaires des structures et aux administrateurs.',
  )
  if (user instanceof Response) return user
  return answering(run)
}

/** The issuers a user answers for: null for admins (all). */
export const issuersOf = (req: PayloadRequest): number[] | null =>
  hasRole(req.user, 'admin') ? null : relationIds(req.user?.structures).map(Number)
