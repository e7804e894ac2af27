import type { Access, FieldAccess, Where } from 'payload'

import { hasRole } from '@/domain/access/roles'
import { namedAccountRoles } from '@/domain/accounts/colleagues'

/**
 * Admins read every account; a signed-in user their own; the staff also their colleagues' (and
 * moderators the teachers'), so that relations show "Léa Martin · Modération" rather than
 * "Sans titre": of those, only the name and roles (ownAccountOrAdminField guards the rest).
 */
export const colleaguesOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  const roles = namedAccountRoles(user)
  const own: Where = { id: { equals: user.id } }
  return roles.length ? { or: [own, { roles: { in: roles } }] } : own
}

/** A field of an account that only its owner and admins read (e-mail, assignments, followed projects…). */
export const ownAccountOrAdminField: FieldAccess = ({ req: { user }, doc, id }) =>
  Boolean(user) && (hasRole(user, 'admin') || String(doc?.id ?? id) === String(user?.id))
