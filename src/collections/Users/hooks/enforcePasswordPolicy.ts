import { type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { checkPassword } from '@/domain/auth/password-policy'

/** Payload only checks a 3-character minimum: refuse weak passwords on create, update and reset. */
export const enforcePasswordPolicy: CollectionBeforeOperationHook = ({ args, operation, collection }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const password = (args.data as { password?: unknown } | undefined)?.password
  if (typeof password !== 'string') return args
  const problem = checkPassword(password)
  if (problem) throw new ValidationError({ collection: collection.slug, errors: [{ path: 'password', message: problem }] })
  return args
}
