import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

import type { PayloadRequest } from 'payload'
import { generateCookie } from 'payload/shared'

import { DEVICE_TOKEN_DAYS, signDeviceToken, verifyDeviceToken } from '@/domain/auth/device-token'
import { env } from '@/env'
import { consumeOrThrow, giveBack, resetLimit } from '@/services/rate-limit'

/**
 * Sign-in abuse, one policy for every path (the admin, REST, GraphQL, the sites' form):
 * - per client address (`login.client`): attempts counted before the password is checked, a
 *   success given back;
 * - per account, from browsers it never used (`login.account`): a few free failures, then one
 *   attempt per growing delay (30 s … 15 min), whether or not the account exists;
 * - per trusted browser (`login.device`): a browser where the account signed in or reset its
 *   password carries a token for it, and is limited on its own, so that an attacker hammering the
 *   account from elsewhere never locks its owner out;
 * - a password reset lifts the account's delay and trusts the browser.
 * Payload's own lockout (maxLoginAttempts) is off: anybody could lock anybody's account with it.
 */

/** The browser's trust token for one account (HTTP-only, 180 days). */
export const DEVICE_COOKIE = 'portail-appareil'

/** Context of a Local API login made for a visitor (the sites' sign-in form): their `SignInAttempt` without the e-mail. */
export const SIGN_IN_ATTEMPT = 'signInAttempt'

export type SignInAttempt = { email: string; client: string | null; deviceToken?: string | null }
export type StartedSignIn = SignInAttempt & { device: string | null }

const normalise = (email: string) => email.trim().toLowerCase()

/** Before the password is checked: counts the attempt, or throws a RateLimitedError. */
export async function startSignInOrThrow(attempt: SignInAttempt): Promise<StartedSignIn> {
  const email = normalise(attempt.email)
  await consumeOrThrow('login.client', attempt.client)
  const device = verifyDeviceToken(attempt.deviceToken, email, env.PAYLOAD_SECRET)
  if (device) await consumeOrThrow('login.device', device)
  else await consumeOrThrow('login.account', email)
  return { ...attempt, email, device }
}

/** A sign-in succeeded: its attempt does not count against the address, the account or the browser. */
export async function signInSucceeded(started: StartedSignIn): Promise<void> {
  await giveBack('login.client', started.client)
  if (started.device) await giveBack('login.device', started.device)
  else await giveBack('login.account', started.email)
}

/** The account proved it owns its mailbox (password reset): its delay is lifted. */
export async function clearSignInDelay(email: string): Promise<void> {
  await resetLimit('login.account', normalise(email))
}

/** A new trust token for this browser and account. */
export function newDeviceToken(email: string): string {
  return signDeviceToken(normalise(email), randomBytes(16).toString('base64url'), env.PAYLOAD_SECRET)
}

/** The device cookie's attributes, as the session cookie's (HTTP-only, SameSite Lax, Secure over https). */
export const deviceCookieOptions = () => ({
  httpOnly: true,
  secure: env.SERVER_URL.startsWith('https://'),
  path: '/',
  maxAge: DEVICE_TOKEN_DAYS * 24 * 60 * 60,
})

/** Adds the trust cookie to a REST answer of Payload (login, password reset). */
export function trustBrowserInResponse(req: PayloadRequest, email: string): void {
  const cookie = generateCookie<false>({
    name: DEVICE_COOKIE,
    value: newDeviceToken(email),
    ...deviceCookieOptions(),
    sameSite: 'Lax',
    returnCookieAsObject: false,
  })
  const headers = new Headers(req.responseHeaders)
  headers.append('Set-Cookie', cookie)
  req.responseHeaders = headers
}

// Payload 3.90's password hash (pbkdf2-sha256, 600,000 iterations, 32 bytes): what checking a real account's password costs.
const PASSWORD_HASH_ITERATIONS = 600_000
const PASSWORD_HASH_BYTES = 32
const pbkdf2Async = promisify(pbkdf2)

/**
 * Takes as long as checking a password (a hash of the same cost), for an address without an
 * account: Payload answers those at once, which would tell who has an account.
 */
export async function hashLikeARealAccount(password: string): Promise<void> {
  await pbkdf2Async(password, randomBytes(32).toString('hex'), PASSWORD_HASH_ITERATIONS, PASSWORD_HASH_BYTES, 'sha256')
}
