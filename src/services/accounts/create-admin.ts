import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { type Administrator, withAdminRole } from '@/domain/auth/administrator'
import type { Role } from '@/domain/access/roles'

export type AdministratorResult = {
  id: number
  /** A new account, or an existing user promoted to admin. */
  outcome: 'created' | 'promoted' | 'already-admin'
  /** When no password was given: the admin's page where the password is chosen, valid one hour (auth.forgotPassword.expiration). */
  setPasswordUrl: string | null
}

/**
 * `npm run admin:create`: creates an administrator, or gives the admin role to an existing user
 * (keeping their other roles). The account is verified (an operator vouches for the address).
 * Without a password, a one-time link to choose one is returned; no e-mail is sent.
 */
export async function createAdministrator(
  payload: Payload,
  admin: Administrator,
  serverUrl: string,
): Promise<AdministratorResult> {
  const existing = (
    await payload.find({
      collection: 'users',
      where: { email: { equals: admin.email } },
      limit: 1,
      depth: 0,
      showHiddenFields: true,
    })
  ).docs[0]
  let id: number
  let outcome: AdministratorResult['outcome']
  if (existing) {
    id = existing.id
    outcome = existing.roles?.includes('admin') ? 'already-admin' : 'promoted'
    await payload.update({
      collection: 'users',
      id,
      data: {
        roles: withAdminRole(existing.roles) as Role[],
        _verified: true,
        ...(admin.firstName && !existing.firstName ? { firstName: admin.firstName } : {}),
        ...(admin.lastName && !existing.lastName ? { lastName: admin.lastName } : {}),
        ...(admin.password ? { password: admin.password } : {}),
      },
      depth: 0,
    })
  } else {
    const created = await payload.create({
      collection: 'users',
      data: {
        email: admin.email,
        firstName: admin.firstName,
        lastName: admin.lastName,
        roles: ['admin'],
        _verified: true,
        // Nobody knows this one: the admin sets theirs through the link below.
        password: admin.password ?? randomBytes(32).toString('base64url'),
      },
      disableVerificationEmail: true,
      depth: 0,
    })
    id = created.id
    outcome = 'created'
  }
  if (admin.password) return { id, outcome, setPasswordUrl: null }
  const token = await payload.forgotPassword({ collection: 'users', data: { email: admin.email }, disableEmail: true })
  return { id, outcome, setPasswordUrl: `${serverUrl}${payload.config.routes.admin}/reset/${token}` }
}
