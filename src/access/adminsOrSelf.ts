import type { Access } from 'payload'

import { hasRole } from '@/domain/access/roles'

/** Admins see every account; a signed-in user only their own; anonymous visitors nothing. */
export const adminsOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}
