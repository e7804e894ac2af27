import { APIError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { parseCookies } from 'payload/shared'

import {
  DEVICE_COOKIE,
  SIGN_IN_ATTEMPT,
  type SignInAttempt,
  hashLikeARealAccount,
  startSignInOrThrow,
} from '@/services/auth/sign-in-throttle'
import { clientAddress } from '@/services/rate-limit'

/** Set once the attempt is counted, for `recordSignIn`. */
export const SIGN_IN_STARTED = 'signInStarted'

/** The visitor behind a login: from the request (REST, GraphQL, the admin), or from the caller (Local API); null for server code. */
function attemptOf(req: PayloadRequest): Omit<SignInAttempt, 'email'> | null {
  if (req.payloadAPI !== 'local')
    return { client: clientAddress(req.headers), deviceToken: parseCookies(req.headers).get(DEVICE_COOKIE) ?? null }
  return (req.context[SIGN_IN_ATTEMPT] as Omit<SignInAttempt, 'email'> | undefined) ?? null
}

/**
 * Every login, whatever its path: the rate limits first (src/services/auth/sign-in-throttle.ts;
 * a RateLimitedError answers 429 with the same words for any address), then, for an address
 * without an account, a hash as costly as a real password check, so that the refusal comes in the
 * same time. GraphQL's forgotten-password mutation is closed: the REST endpoint and the sites'
 * form answer it without telling who has an account.
 */
export const throttleSignIn: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation === 'forgotPassword' && req.payloadAPI === 'GraphQL') {
    throw new APIError(
      'Demandez un nouveau mot de passe avec le formulaire « Mot de passe oublié » (ou POST /api/users/forgot-password).',
      403,
      null,
      true,
    )
  }
  if (operation !== 'login') return args
  const { email, password } = (args.data ?? {}) as { email?: unknown; password?: unknown }
  const address = typeof email === 'string' ? email.trim().toLowerCase() : ''
  const attempt = attemptOf(req)
  if (attempt) req.context[SIGN_IN_STARTED] = await startSignInOrThrow({ ...attempt, email: address })
  if (address && typeof password === 'string' && password.trim()) {
    const account = await req.payload.db.findOne({ collection: 'users', where: { email: { equals: address } }, req })
    if (!account) await hashLikeARealAccount(password)
  }
  return args
}
