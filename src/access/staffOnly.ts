import type { PayloadRequest } from 'payload'

import { STAFF_ROLES, hasRole } from '@/domain/access/roles'

/** Who may open the admin panel: GIP staff, coordinators, structure managers, sponsors. */
export const staffOnly = ({ req: { user } }: { req: PayloadRequest }): boolean => hasRole(user, ...STAFF_ROLES)
