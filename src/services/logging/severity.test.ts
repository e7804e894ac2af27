import { GraphQLError } from 'graphql'
import { APIError, Forbidden, NotFound, ValidationError } from 'payload'
import { describe, expect, it } from 'vitest'

import { describeError, errorLevelOf } from './severity'

class ServiceUnavailableError extends Error {
  name = 'ServiceUnavailableError'
  status = 503
}

describe('errorLevelOf', () => {
  it.each([
    ['an APIError 400', new APIError('Requête invalide.', 400), 'info'],
    ['an APIError 403', new APIError('Seuls les porteurs publient.', 403), 'info'],
    ['an APIError 409', new APIError('Transition refusée.', 409), 'info'],
    ['an APIError 429', new APIError('Trop de réponses.', 429), 'info'],
    ['Forbidden', new Forbidden(), 'info'],
    ['NotFound', new NotFound(), 'info'],
    ['ValidationError', new ValidationError({ errors: [{ path: 'title', message: 'Requis.' }] }), 'info'],
    ['an APIError without status (500)', new APIError('Panne.'), 'error'],
    ['an APIError 502', new APIError('Passerelle.', 502), 'error'],
    ['a plain Error', new Error('boom'), 'error'],
    ['a thrown string', 'boom', 'error'],
    ['the database unavailable', new ServiceUnavailableError('Base injoignable.'), 'warn'],
    ['another 503', new APIError('Indisponible.', 503), 'error'],
    [
      'a GraphQL error wrapping a refusal',
      new GraphQLError('Refusé.', { originalError: new APIError('Refusé.', 400) }),
      'info',
    ],
    ['a GraphQL error wrapping a failure', new GraphQLError('Panne.', { originalError: new Error('boom') }), 'error'],
  ])('%s: %s', (_case, error, level) => expect(errorLevelOf(error)).toBe(level))
})

describe('describeError', () => {
  it('gives a failure its stack trace', () => {
    expect(describeError(new Error('boom'))).toEqual({
      type: 'Error',
      message: 'boom',
      stack: expect.stringContaining('severity.test.ts'),
    })
  })

  it('gives a refusal its status, never a stack trace', () => {
    expect(describeError(new APIError('Refusé.', 403))).toEqual({ type: 'APIError', message: 'Refusé.', status: 403 })
  })

  it('keeps the digest Next gives an error', () => {
    const error = Object.assign(new ServiceUnavailableError('Base injoignable.'), { digest: 'SERVICE_UNAVAILABLE' })
    expect(describeError(error)).toEqual({
      type: 'ServiceUnavailableError',
      message: 'Base injoignable.',
      status: 503,
      digest: 'SERVICE_UNAVAILABLE',
    })
  })

  it('describes what is not an Error', () => expect(describeError('boom')).toEqual({ type: 'string', message: 'boom' }))
})
