import type { PayloadRequest, SanitizedConfig } from 'payload'

import { STAFF_ROLES, hasRole } from '@/domain/access/roles'

/** Who may open the admin panel: GIP staff, coordinators, structure managers, sponsors. */
export const staffOnly = ({ req: { user } }: { req: PayloadRequest }): boolean => hasRole(user, ...STAFF_ROLES)

/**
 * Payload's document locks (`payload-locked-documents`: "Alice is editing this project" in the
 * admin) are readable and writable by any signed-in account by default: a donor could list what the
 * staff are editing, lock a gift or a project in someone else's name, or remove a lock. They belong
 * to the admin: only those who may open it read or write them. Payload adds this collection after
 * the plugins have run, so its access is set on the built configuration.
 */
export function withStaffOnlyDocumentLocks(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((collection) => collection.slug === 'payload-locked-documents')
  if (!locks) throw new Error('payload-locked-documents not found: review withStaffOnlyDocumentLocks')
  locks.access = { ...locks.access, read: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly }
  return config
}
