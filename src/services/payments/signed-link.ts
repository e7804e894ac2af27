import { createHmac, timingSafeEqual } from 'node:crypto'

import { env } from '@/env'

/**
 * A token proving that a browser holds the link we gave for this gift (checkout return, test
 * payment page): another gift's id with this token, or a forged token, is refused.
 */
/** `choice`: the link that lets the donor of a failed campaign choose between refund and fund. */
type Purpose = 'donation' | 'choice'

export function donationToken(donationId: number, purpose: Purpose = 'donation'): string {
  return createHmac('sha256', env.PAYLOAD_SECRET).update(`${purpose}:${donationId}`).digest('base64url').slice(0, 32)
}

export function checkDonationToken(
  donationId: number,
  token: string | null | undefined,
  purpose: Purpose = 'donation',
): boolean {
  if (!token) return false
  const expected = Buffer.from(donationToken(donationId, purpose))
  const given = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
