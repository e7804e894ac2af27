import { cookies, headers } from 'next/headers'
import { createLocalReq, logoutOperation } from 'payload'
import { generatePayloadCookie } from 'payload/shared'
import { cache } from 'react'

import type { User } from '@/payload-types'
import { apiErrorStatus } from '@/services/api-errors'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { clientAddress, rateLimitRefusal } from '@/services/rate-limit'

import {
  DEVICE_COOKIE,
  SIGN_IN_ATTEMPT,
  type SignInAttempt,
  deviceCookieOptions,
  newDeviceToken,
} from './sign-in-throttle'

/**
 * Sessions of the public sites (teachers' and donors' spaces): the same HTTP-only cookie as the
 * admin's, set by server actions, so one sign-in works in both.
 */
export const currentUser = cache(async (): Promise<(User & { collection: 'users' }) | null> => {
  const payload = await getPayloadOrUnavailable()
  const { user } = await payload.auth({ headers: await headers() })
  return (user as (User & { collection: 'users' }) | null) ?? null
})

export type SignInResult = { ok: true; user: User } | { ok: false; message: string }

/**
 * The sites' sign-in, through the same rules as every other path (rate limits per address,
 * account and trusted browser; the same words and time for any address). On success, the session
 * cookie, and this browser's trust for the account.
 */
export async function signIn(email: string, password: string): Promise<SignInResult> {
  const payload = await getPayloadOrUnavailable()
  const jar = await cookies()
  const attempt: Omit<SignInAttempt, 'email'> = {
    client: clientAddress(await headers()),
    deviceToken: jar.get(DEVICE_COOKIE)?.value ?? null,
  }
  try {
    const result = await payload.login({
      collection: 'users',
      data: { email: email.trim().toLowerCase(), password },
      context: { [SIGN_IN_ATTEMPT]: attempt },
    })
    const authConfig = payload.collections.users.config.auth
    const cookie = generatePayloadCookie({
      collectionAuthConfig: authConfig,
      cookiePrefix: payload.config.cookiePrefix,
      token: result.token!,
      returnCookieAsObject: true,
    })
    jar.set(cookie.name, cookie.value!, {
      httpOnly: true,
      sameSite: 'lax',
      secure: Boolean(authConfig.cookies.secure),
      path: '/',
      expires: result.exp ? new Date(result.exp * 1000) : undefined,
    })
    await trustThisBrowser(email)
    return { ok: true, user: result.user as User }
  } catch (error) {
    const limited = rateLimitRefusal(error)
    if (limited) return { ok: false, message: limited.message }
    // Recognised by status, not by class: in a production build the server action's chunk may hold
    // another copy of Payload's error classes than the one that threw (src/services/api-errors.ts),
    // and a wrong password then crashed the sign-in page. Payload's login refuses with 403 for an
    // unverified address (UnverifiedEmail) and 401 for a wrong address or password (AuthenticationError).
    const status = apiErrorStatus(error)
    if (status === 403)
      return { ok: false, message: 'Confirmez d’abord votre adresse e-mail : ouvrez le lien reçu à l’inscription.' }
    if (status === 401) return { ok: false, message: 'Adresse e-mail ou mot de passe incorrect.' }
    throw error
  }
}

/** This browser signs in to this account without the delay an attacker may have put on it (after a sign-in, a password reset). */
export async function trustThisBrowser(email: string): Promise<void> {
  ;(await cookies()).set(DEVICE_COOKIE, newDeviceToken(email), { ...deviceCookieOptions(), sameSite: 'lax' })
}

export async function signOut(): Promise<void> {
  const payload = await getPayloadOrUnavailable()
  const user = await currentUser()
  if (user)
    await logoutOperation({ collection: payload.collections.users, req: await createLocalReq({ user }, payload) })
  await forgetSessionCookie()
}

/** Drops the session cookie of this browser (after an erasure, whose sessions are already gone). */
export async function forgetSessionCookie(): Promise<void> {
  const payload = await getPayloadOrUnavailable()
  ;(await cookies()).delete(`${payload.config.cookiePrefix}-token`)
}
