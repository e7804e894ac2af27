import type { Access } from 'payload'

import { hasRole } from '@/domain/access/roles'

/** Editors and admins see drafts; everyone else reads only what is published. */
export const publishedOrEditors: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  return { _status: { equals: 'published' } }
}
