import config from '@payload-config'
import { cookies, headers } from 'next/headers'
import { AuthenticationError, LockedAuth, UnverifiedEmail, createLocalReq, logoutOperation } from 'payload'
import { generatePayloadCookie } from 'payload/shared'
import { cache } from 'react'

import type { User } from '@/payload-types'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'

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

export async function signIn(email: string, password: string): Promise<SignInResult> {
  const payload = await getPayloadOrUnavailable()
  try {
    const result = await payload.login({ collection: 'users', data: { email: email.trim().toLowerCase(), password } })
    const authConfig = payload.collections.users.config.auth
    const cookie = generatePayloadCookie({ collectionAuthConfig: authConfig, cookiePrefix: payload.config.cookiePrefix, token: result.token!, returnCookieAsObject: true })
    ;(await cookies()).set(cookie.name, cookie.value!, {
      httpOnly: true,
      sameSite: 'lax',
      secure: Boolean(authConfig.cookies.secure),
      path: '/',
      expires: result.exp ? new Date(result.exp * 1000) : undefined,
    })
    return { ok: true, user: result.user as User }
  } catch (error) {
    if (error instanceof UnverifiedEmail) return { ok: false, message: 'Confirmez d’abord votre adresse e-mail : ouvrez le lien reçu à l’inscription.' }
    if (error instanceof LockedAuth) return { ok: false, message: 'Trop de tentatives : ce compte est bloqué pendant 15 minutes. Réessayez plus tard ou réinitialisez votre mot de passe.' }
    if (error instanceof AuthenticationError) return { ok: false, message: 'Adresse e-mail ou mot de passe incorrect.' }
    throw error
  }
}

export async function signOut(): Promise<void> {
  const payload = await getPayloadOrUnavailable()
  const user = await currentUser()
  if (user) await logoutOperation({ collection: payload.collections.users, req: await createLocalReq({ user }, payload) })
  await forgetSessionCookie()
}

/** Drops the session cookie of this browser (after an erasure, whose sessions are already gone). */
export async function forgetSessionCookie(): Promise<void> {
  const payload = await getPayloadOrUnavailable()
  ;(await cookies()).delete(`${payload.config.cookiePrefix}-token`)
}
