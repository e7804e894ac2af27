import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '@/domain/access/roles'

/** The teacher who creates a project owns it; only an admin may create one for someone else. */
export const setOwner: CollectionBeforeChangeHook = ({ data, operation, req: { user } }) => {
  if (operation !== 'create' || !user) return data
  if (hasRole(user, 'admin') && data.owner) return data
  return { ...data, owner: user.id }
}
