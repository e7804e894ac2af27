import type { Access, ClientUser } from 'payload'

import { hasRole } from '@/domain/access/roles'

/** Content of both sites: the communication team and GIP staff. */
export const adminsOrEditors: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor')

/**
 * The sites' content is public to read, for everyone signed in too; in the admin, only those who
 * write it (admins, editors) see its collections: other staff (moderators, coordinators, managers,
 * sponsors) keep the navigation of their own work.
 */
export const hiddenFromNonEditors = ({ user }: { user: ClientUser }): boolean =>
  !hasRole(user as { roles?: string[] }, 'admin', 'editor')
