import { describe, expect, it } from 'vitest'

import { signSchoolLink, verifySchoolLink } from './school-link'

const secret = 's'.repeat(32)
const now = new Date('2026-11-27T10:00:00Z')
const claims = { projectId: 42, nonce: 'abc123', expiresAt: now.getTime() + 14 * 86_400_000 }

describe('school link', () => {
  it('verifies what it signed', () => {
    expect(verifySchoolLink(signSchoolLink(claims, secret), secret, now)).toEqual({ ok: true, claims })
  })

  it('is valid until, not at, its expiry', () => {
    const token = signSchoolLink(claims, secret)
    expect(verifySchoolLink(token, secret, new Date(claims.expiresAt - 1)).ok).toBe(true)
    expect(verifySchoolLink(token, secret, new Date(claims.expiresAt))).toEqual({ ok: false, reason: 'expired' })
  })

  it.each([
    ['another secret', (t: string) => t, 'other-secret'.padEnd(32, 'x'), 'tampered'],
    [
      'a changed project id',
      (t: string) =>
        `${Buffer.from(JSON.stringify({ ...claims, projectId: 43 })).toString('base64url')}.${t.split('.')[1]}`,
      secret,
      'tampered',
    ],
    ['a truncated signature', (t: string) => t.slice(0, -2), secret, 'tampered'],
    ['no signature', (t: string) => t.split('.')[0], secret, 'malformed'],
    ['garbage', () => 'n.importe.quoi', secret, 'malformed'],
  ])('refuses %s', (_label, alter, key, reason) => {
    expect(verifySchoolLink(alter(signSchoolLink(claims, secret)), key, now)).toEqual({ ok: false, reason })
  })
})
