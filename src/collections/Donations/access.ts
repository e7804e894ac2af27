import type { Access, Where } from 'payload'

import { relationIds } from '@/domain/access/ids'
import { hasRole } from '@/domain/access/roles'

/**
 * Gifts hold donors' identities and addresses: admins and moderators read all, structure managers
 * the gifts to their structures' projects, donors their own. Project owners see their donors through
 * the project page (names as the donors chose to show them), not through this collection.
 */
export const readDonations: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'moderator')) return true
  if (!user) return false
  const own: Where = { donor: { equals: user.id } }
  if (hasRole(user, 'structure-manager'))
    return { or: [own, { 'project.structure': { in: relationIds(user.structures) } }] }
  return own
}
