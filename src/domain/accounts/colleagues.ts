import { type Role, STAFF_ROLES, hasRole } from '@/domain/access/roles'

type Reader = { roles?: readonly string[] | null } | null | undefined

/**
 * Whose accounts a member of the staff sees named (name and roles, never the e-mail address or
 * anything else) in the admin's relations: their colleagues of the staff; moderators also the
 * teachers whose projects they review. Nobody else's (an admin reads every account in full).
 */
export function namedAccountRoles(reader: Reader): Role[] {
  if (!hasRole(reader, ...STAFF_ROLES)) return []
  return hasRole(reader, 'moderator') ? [...STAFF_ROLES, 'teacher'] : [...STAFF_ROLES]
}
