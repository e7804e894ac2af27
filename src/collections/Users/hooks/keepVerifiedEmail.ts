import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { hasRole } from '@/domain/access/roles'

/**
 * An account's address is the one it verified, and it decides whose gifts, receipts and donors-only
 * news the account sees (gifts given with that address count as its own). So a user does not change
 * it through the API: only an admin does, or a service acting without a user (the erasure).
 */
export const keepVerifiedEmail: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req: { user } }) => {
  if (operation !== 'update' || !user || hasRole(user, 'admin') || typeof data.email !== 'string') return data
  if (data.email.trim().toLowerCase() === String(originalDoc?.email ?? '').toLowerCase()) return data
  throw new ValidationError({
    collection: 'users',
    errors: [
      { path: 'email', message: 'Pour changer l’adresse e-mail de votre compte, écrivez au GIP (page Contact).' },
    ],
  })
}
