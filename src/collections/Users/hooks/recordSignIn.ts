import type { CollectionAfterLoginHook, CollectionAfterOperationHook } from 'payload'

import {
  type StartedSignIn,
  clearSignInDelay,
  signInSucceeded,
  trustBrowserInResponse,
} from '@/services/auth/sign-in-throttle'

import { SIGN_IN_STARTED } from './throttleSignIn'

/**
 * A successful login (or password reset, which signs in too): its attempt does not count against
 * the address, the account or the browser; over HTTP, the browser is trusted for this account
 * from now on (the sites' form sets its own cookie).
 */
export const recordSignIn: CollectionAfterLoginHook = async ({ req, user }) => {
  const started = req.context[SIGN_IN_STARTED] as StartedSignIn | undefined
  if (started) await signInSucceeded(started)
  if (req.payloadAPI !== 'local' && typeof user.email === 'string') trustBrowserInResponse(req, user.email)
  return user
}

/** A password reset proves the mailbox: the account's sign-in delay is lifted, whatever the path. */
export const liftSignInDelay: CollectionAfterOperationHook = async ({ operation, result }) => {
  if (operation !== 'resetPassword') return result
  const email = (result as { user?: { email?: unknown } } | undefined)?.user?.email
  if (typeof email === 'string') await clearSignInDelay(email)
  return result
}
