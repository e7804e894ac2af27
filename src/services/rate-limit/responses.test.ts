import { describe, expect, it } from 'vitest'

import { RateLimitedError } from './errors'
import { rateLimitFormErrors, tooManyRequestsResponse } from './responses'

const refused = new RateLimitedError('report.client', 125)

describe('tooManyRequestsResponse', () => {
  it('answers a browser with a French page, 429, Retry-After, not cached', async () => {
    const response = tooManyRequestsResponse(
      refused,
      new Request('http://localhost/chiffres-cles/rapport/2023/pdf', {
        headers: { Accept: 'text/html,application/xhtml+xml,*/*' },
      }),
    )!
    expect(response.status).toBe(429)
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'retry-after': '125',
      'cache-control': 'no-store',
      'content-type': 'text/html; charset=utf-8',
    })
    const html = await response.text()
    expect(html).toContain('<html lang="fr">')
    expect(html).toContain('<h1>Trop de requêtes</h1>')
    expect(html).toContain('Trop de téléchargements du rapport en peu de temps. Réessayez dans 3 minutes.')
  })

  it('answers a client asking for JSON with Payload’s error shape', async () => {
    const response = tooManyRequestsResponse(
      refused,
      new Request('http://localhost/x', { headers: { Accept: 'application/json' } }),
    )!
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('125')
    expect(await response.json()).toEqual({ errors: [{ message: refused.message, data: { retryAfterSeconds: 125 } }] })
  })

  it('recognises a refusal by its shape (another bundle’s copy of the class), and nothing else', () => {
    const copy = Object.assign(new Error(refused.message), { status: 429, data: { retryAfterSeconds: 125 } })
    expect(tooManyRequestsResponse(copy, new Request('http://localhost/'))?.status).toBe(429)
    expect(tooManyRequestsResponse(new Error('boom'), new Request('http://localhost/'))).toBeNull()
  })
})

describe('rateLimitFormErrors', () => {
  it('puts the message in the form’s summary, or on a field', () => {
    expect(rateLimitFormErrors(refused)).toEqual({ _form: refused.message })
    expect(rateLimitFormErrors(refused, 'email')).toEqual({ email: refused.message })
    expect(rateLimitFormErrors(new Error('boom'))).toBeNull()
  })
})
