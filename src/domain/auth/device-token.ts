import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * A trusted browser ("device cookie", OWASP's answer to lockouts that attackers can trigger): a
 * browser where an account signed in, or reset its password, keeps a token signed for that
 * account. Its sign-ins are limited per token, not by the account's growing delay, so an attacker
 * failing on the account from elsewhere never slows its owner there.
 */
export const DEVICE_TOKEN_DAYS = 180

const mac = (email: string, nonce: string, secret: string) =>
  createHmac('sha256', `device:${secret}`).update(`${email.trim().toLowerCase()}\n${nonce}`).digest('base64url')

/** "<nonce>.<HMAC of the account's e-mail and the nonce>". */
export function signDeviceToken(email: string, nonce: string, secret: string): string {
  return `${nonce}.${mac(email, nonce, secret)}`
}

/** The token's nonce (its rate-limit key) when it was signed for this account, else null. */
export function verifyDeviceToken(token: string | null | undefined, email: string, secret: string): string | null {
  const [nonce, signature, extra] = (token ?? '').split('.')
  if (!nonce || !signature || extra !== undefined || !/^[\w-]{16,64}$/.test(nonce)) return null
  const expected = Buffer.from(mac(email, nonce, secret))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given) ? nonce : null
}
