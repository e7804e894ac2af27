import type { Access } from 'payload'

import { relationIds } from '@/domain/access/ids'
import { type Role, hasRole } from '@/domain/access/roles'

/**
 * Read access to a structure's records: every record for `staff`, the records of their own
 * structures for a structure's managers (`field` names the structure: `id` on structures
 * themselves), nothing for anyone else.
 */
export const staffOrStructureManagers =
  (field: string, ...staff: Role[]): Access =>
  ({ req: { user } }) => {
    if (hasRole(user, ...staff)) return true
    if (user && hasRole(user, 'structure-manager')) return { [field]: { in: relationIds(user.structures) } }
    return false
  }
