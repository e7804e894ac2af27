import type { FieldAccess, PayloadRequest } from 'payload'

import { hasRole } from '@/domain/access/roles'

/** GIP staff only. A plain boolean, so it also fits the jobs queue's access slots. */
export const adminOnly = ({ req: { user } }: { req: PayloadRequest }): boolean => hasRole(user, 'admin')

export const adminOnlyField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
