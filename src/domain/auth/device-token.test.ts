import { describe, expect, it } from 'vitest'

import { signDeviceToken, verifyDeviceToken } from './device-token'

const secret = 's'.repeat(40)
const nonce = 'AbCdEfGhIjKlMnOpQrStUv'

describe('device tokens', () => {
  const token = signDeviceToken('Ines.Martin@ac-lille.fr', nonce, secret)

  it('are valid for their account only, whatever the address’s case', () => {
    expect(verifyDeviceToken(token, ' ines.martin@AC-LILLE.fr', secret)).toBe(nonce)
    expect(verifyDeviceToken(token, 'admin@portail.example', secret)).toBeNull()
  })

  it.each([
    ['another secret', token, 'x'.repeat(40)],
    ['a forged signature', `${nonce}.${'A'.repeat(43)}`, secret],
    ['a changed nonce', token.replace(/^A/, 'B'), secret],
    ['no signature', nonce, secret],
    ['an extra part', `${token}.x`, secret],
    ['a short nonce', signDeviceToken('ines.martin@ac-lille.fr', 'court', secret), secret],
    ['nothing', undefined, secret],
  ])('refuse %s', (_case, given, key) => {
    expect(verifyDeviceToken(given, 'ines.martin@ac-lille.fr', key)).toBeNull()
  })
})
