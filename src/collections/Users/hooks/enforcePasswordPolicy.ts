import { type CollectionBeforeOperationHook, type PayloadRequest, ValidationError } from 'payload'

import { checkPassword } from '@/domain/auth/password-policy'

type Named = { email?: unknown; firstName?: unknown; lastName?: unknown }

/** The account's e-mail and names, which the password must not lean on: from the data, else from the stored account. */
async function accountWords(
  req: PayloadRequest,
  data: Named,
  where: { id?: unknown; resetToken?: unknown },
): Promise<unknown[]> {
  let stored: Named | null = null
  if (typeof where.id === 'string' || typeof where.id === 'number') {
    stored = (await req.payload.db.findOne({
      collection: 'users',
      where: { id: { equals: where.id } },
      req,
    })) as Named | null
  } else if (typeof where.resetToken === 'string') {
    stored = (await req.payload.db.findOne({
      collection: 'users',
      where: { resetPasswordToken: { equals: where.resetToken } },
      req,
    })) as Named | null
  }
  return [data.email ?? stored?.email, data.firstName ?? stored?.firstName, data.lastName ?? stored?.lastName]
}

/** Payload only checks a 3-character minimum: refuse weak passwords on create, update and reset (src/domain/auth/password-policy.ts). */
export const enforcePasswordPolicy: CollectionBeforeOperationHook = async ({ args, operation, collection, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const data = (args.data ?? {}) as Named & { password?: unknown; token?: unknown }
  if (typeof data.password !== 'string') return args
  const words = await accountWords(req, data, {
    id: (args as { id?: unknown }).id,
    resetToken: operation === 'resetPassword' ? data.token : undefined,
  })
  const problem = await checkPassword(
    data.password,
    words.map((word) => (typeof word === 'string' ? word : null)),
  )
  if (problem)
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'password', message: problem }] })
  return args
}
