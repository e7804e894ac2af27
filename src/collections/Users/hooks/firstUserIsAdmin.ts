import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { env } from '@/env'

/**
 * The admin's "create first user" screen (POST /api/users/first-register, offered while the users
 * table is empty). In development it creates an administrator (Payload would otherwise give the
 * default role, donor, who cannot open the admin). In production it is refused: anybody reaching
 * a fresh deployment first would become its administrator; `npm run admin:create` does it instead.
 */
export const firstUserIsAdmin: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' || !req.pathname?.endsWith('/first-register')) return args
  if (env.isProduction) {
    throw new APIError(
      'Le premier administrateur se crée sur le serveur avec la commande « npm run admin:create -- --email … » (voir le README, section Production).',
      403,
      null,
      true,
    )
  }
  return { ...args, data: { ...args.data, roles: ['admin'] } }
}
