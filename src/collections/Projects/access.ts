import type { Access, FieldAccess, FilterOptionsProps, Where } from 'payload'

import { relationId, relationIds } from '@/domain/access/ids'
import { hasRole } from '@/domain/access/roles'
import { EDITABLE_STATUSES, PUBLIC_STATUSES } from '@/domain/projects/status'

/** Projects of which the user is the owner or a co-owner. */
export const ownedBy = (id: number | string): Where => ({
  or: [{ owner: { equals: id } }, { coOwners: { contains: id } }],
})

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

/**
 * A field of a public project that only its owners and the staff (admins, moderators) read: the
 * school head's contact (who has no account and never agreed to be published) and the moderation
 * history (decisions, comments, who made them). Everyone else, structure managers included, gets
 * the project without it, on every path (REST, GraphQL, relationships populated at depth).
 * Ownership is judged on the document read: a `select` must include `owner` and `coOwners`.
 * Without a document (a query's `where` or `sort`), only the staff may filter or sort on it, so
 * that it cannot be guessed by filtering either.
 */
export const ownersOrStaffField: FieldAccess = ({ req: { user }, doc, data }) => {
  if (hasRole(user, 'admin', 'moderator')) return true
  // The admin's form state passes the document as `data` (no `doc`).
  const project = doc ?? data
  if (!user || !project) return false
  return relationId(project.owner) === user.id || relationIds(project.coOwners).includes(user.id)
}

/**
 * The pictures a project's cover and gallery may use: for its owners, only pictures uploaded for
 * that project (`project` equals it; the picture's own `project` can only name a project its
 * uploader owns, see ProjectPictures), never another project's, whoever uploaded them; staff may
 * use any. Payload checks the choice on every save (REST, GraphQL, admin, Local API with the user),
 * as a refusal on the field, and the admin offers only those pictures.
 */
export const picturesOfThisProject = ({ id, user }: FilterOptionsProps): Where | true => {
  if (!user?.id || hasRole(user, 'admin', 'moderator')) return true
  return id === undefined || id === null
    ? { and: [{ owner: { equals: user.id } }, { project: { exists: false } }] }
    : { project: { equals: id } }
}

/** The projects a picture may be uploaded for: the uploader's own (staff: any). */
export const ownProjectsForPictures = ({ user }: FilterOptionsProps): Where | true =>
  !user?.id || hasRole(user, 'admin', 'moderator') ? true : ownedBy(user.id)
