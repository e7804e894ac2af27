import { createHmac, timingSafeEqual } from 'node:crypto'

/** The school head's confirmation link is valid for 14 days and usable once. */
export const SCHOOL_LINK_VALIDITY_DAYS = 14

export type SchoolLinkClaims = { projectId: number; nonce: string; expiresAt: number }

export type SchoolLinkCheck =
  { ok: true; claims: SchoolLinkClaims } | { ok: false; reason: 'malformed' | 'tampered' | 'expired' }

const encode = (text: string) => Buffer.from(text).toString('base64url')
const mac = (body: string, secret: string) =>
  createHmac('sha256', `school-link:${secret}`).update(body).digest('base64url')

/** A token "<claims>.<signature>": claims in clear (base64url JSON), HMAC-SHA256 signature. */
export function signSchoolLink(claims: SchoolLinkClaims, secret: string): string {
  const body = encode(JSON.stringify(claims))
  return `${body}.${mac(body, secret)}`
}

/** Checks signature and expiry; single use is checked against the stored nonce by the caller. */
export function verifySchoolLink(token: string, secret: string, now: Date): SchoolLinkCheck {
  const [body, signature, extra] = token.split('.')
  if (!body || !signature || extra !== undefined) return { ok: false, reason: 'malformed' }
  const expected = Buffer.from(mac(body, secret))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'tampered' }
  let claims: SchoolLinkClaims
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
  } catch {
    return { ok: false, reason: 'malformed' }
  }
  if (!Number.isInteger(claims.projectId) || typeof claims.nonce !== 'string' || !Number.isFinite(claims.expiresAt)) {
    return { ok: false, reason: 'malformed' }
  }
  if (now.getTime() >= claims.expiresAt) return { ok: false, reason: 'expired' }
  return { ok: true, claims }
}
