import type { Access, Where } from 'payload'

import { relationId, relationIds } from '@/domain/access/ids'
import { hasRole } from '@/domain/access/roles'

/**
 * TNE records: admins act on all of them; a coordinator only on the records of their territories,
 * and may neither create a record in, nor move one to, a territory that is not theirs.
 *
 * `field` names the relationship to `territories` (`id` for the territories collection itself).
 */
export const ownTerritoryOrAdmin =
  (field: string = 'territory'): Access =>
  ({ req: { user }, data }) => {
    if (hasRole(user, 'admin')) return true
    if (!user || !hasRole(user, 'coordinator')) return false
    const mine = relationIds(user.territories)
    if (mine.length === 0) return false
    if (field !== 'id' && data && field in data) {
      const target = relationId(data[field])
      if (target === null || !mine.includes(target)) return false
    }
    const where: Where = { [field]: { in: mine } }
    return where
  }
