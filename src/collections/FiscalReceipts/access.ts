import type { Access, Where } from 'payload'

import { relationIds } from '@/domain/access/ids'
import { hasRole } from '@/domain/access/roles'

/**
 * Who reads a receipt (and its PDF, which carries the same fields): admins all; a structure's
 * managers those their structures issued; anyone signed in, the receipts of their own gifts (made
 * from their account, or with their verified address). Nobody else: not even other managers.
 */
export const readReceipts: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  const own: Where[] = [
    { donorUser: { equals: user.id } },
    { donorEmail: { equals: String(user.email).toLowerCase() } },
  ]
  if (hasRole(user, 'structure-manager')) own.push({ issuer: { in: relationIds(user.structures) } })
  return { or: own }
}

/** Managers and admins may issue, cancel and re-issue for the structures they manage. */
export const managesIssuer = (
  user: { id: number | string; roles?: readonly string[] | null; structures?: unknown } | null | undefined,
  issuerId: number | null,
): boolean =>
  Boolean(user) &&
  (hasRole(user as never, 'admin') ||
    (hasRole(user as never, 'structure-manager') &&
      issuerId !== null &&
      relationIds((user as { structures?: never }).structures)
        .map(Number)
        .includes(issuerId)))
