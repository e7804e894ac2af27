import type { Access } from 'payload'

import { hasRole } from '@/domain/access/roles'

/** Content of both sites: the communication team and GIP staff. */
export const adminsOrEditors: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor')
