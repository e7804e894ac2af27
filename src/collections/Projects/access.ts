import type { Access, Where } from 'payload'

import { relationIds } from '@/domain/access/ids'
import { hasRole } from '@/domain/access/roles'

/** Statuses in which a project is public (its campaign is or was open). */
export const PUBLIC_STATUSES = ['collecting', 'settling', 'succeeded', 'funds_released', 'realised'] as const

/** Statuses in which the owner may still edit the project. */
export const EDITABLE_STATUSES = ['draft', 'changes_requested'] as const

const ownedBy = (id: number | string): Where => ({ or: [{ owner: { equals: id } }, { coOwners: { contains: id } }] })

/** Moderators and admins see all; owners their own; managers their structures'; the public what is published. */
export const publishedOwnOrStaff: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'moderator')) return true
  const published: Where = { status: { in: [...PUBLIC_STATUSES] } }
  if (!user) return published
  const visible: Where[] = [published, ownedBy(user.id)]
  if (hasRole(user, 'structure-manager')) visible.push({ structure: { in: relationIds(user.structures) } })
  return { or: visible }
}

/** Moderators and admins edit at any time (their edits are recorded); owners only while editable. */
export const editableByOwnerOrStaff: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'moderator')) return true
  if (!user) return false
  return { and: [ownedBy(user.id), { status: { in: [...EDITABLE_STATUSES] } }] }
}

export const teachersOrAdmins: Access = ({ req: { user } }) => hasRole(user, 'teacher', 'admin')
