import { APIError, Forbidden, ValidationError } from 'payload'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'

import { answering, formatRefusal, parseFormat, refusalResponse, refuse } from './http'

const bodyOf = async (response: Response | null) =>
  response ? { status: response.status, body: await response.json() } : null

describe('refusalResponse', () => {
  it("answers Payload's refusals with their status, message and field errors", async () => {
    expect(await bodyOf(refusalResponse(new APIError('Transition refusée.', 409)))).toEqual({
      status: 409,
      body: { errors: [{ message: 'Transition refusée.' }] },
    })
    const invalid = await bodyOf(
      refusalResponse(new ValidationError({ errors: [{ path: 'comment', message: 'Un commentaire est requis.' }] })),
    )
    expect(invalid?.status).toBe(400)
    expect(invalid?.body.errors[0].data.errors).toEqual([{ path: 'comment', message: 'Un commentaire est requis.' }])
    expect((await bodyOf(refusalResponse(new Forbidden())))?.status).toBe(403)
  })

  it('recognises a refusal by its status, not its class (a second copy of the class in another bundle)', async () => {
    class APIErrorCopy extends Error {
      status = 404
      data = null
    }
    expect(await bodyOf(refusalResponse(new APIErrorCopy('Introuvable.')))).toEqual({
      status: 404,
      body: { errors: [{ message: 'Introuvable.' }] },
    })
  })

  it('turns a zod error into a 400 on its fields, found by name', async () => {
    const error = z.object({ to: z.enum(['a', 'b'], { message: 'État inconnu.' }) }).safeParse({ to: 'c' }).error
    expect(await bodyOf(refusalResponse(error))).toEqual({
      status: 400,
      body: { errors: [{ message: 'État inconnu.', data: { errors: [{ path: 'to', message: 'État inconnu.' }] } }] },
    })
  })

  it('leaves failures (5xx, plain errors, non-errors) to the caller', () => {
    expect(refusalResponse(new APIError('Base indisponible', 503))).toBeNull()
    expect(refusalResponse(new Error('boom'))).toBeNull()
    expect(refusalResponse({ status: 400 })).toBeNull()
    expect(refusalResponse(null)).toBeNull()
  })

  it("puts a status's message in the endpoint's words when asked", async () => {
    const answer = await answering(() => Promise.reject(new APIError('Forbidden', 403)), { 403: 'Réservé au GIP.' })
    expect(await bodyOf(answer)).toEqual({ status: 403, body: { errors: [{ message: 'Réservé au GIP.' }] } })
    await expect(answering(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
  })
})

describe('parseFormat', () => {
  it.each([
    [undefined, 'csv'],
    ['csv', 'csv'],
    ['xlsx', 'xlsx'],
    ['', null],
    ['pdf', null],
    [['csv', 'xlsx'], null],
  ])('%j → %j', (value, expected) => expect(parseFormat(value, ['csv', 'xlsx'] as const, 'csv')).toBe(expected))

  it('names the formats accepted in its refusal', async () => {
    expect(await bodyOf(formatRefusal(['csv', 'xlsx']))).toEqual({
      status: 400,
      body: { errors: [{ message: 'Format inconnu : csv ou xlsx.' }] },
    })
    expect((await bodyOf(formatRefusal(['json', 'csv', 'xlsx'])))?.body.errors[0].message).toBe(
      'Format inconnu : json, csv ou xlsx.',
    )
  })
})

describe('refuse', () => {
  it("has Payload's shape and is never cached", async () => {
    const response = refuse(400, 'Requête invalide.', [{ path: 'year', message: 'Année invalide.' }])
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toEqual({
      errors: [{ message: 'Requête invalide.', data: { errors: [{ path: 'year', message: 'Année invalide.' }] } }],
    })
  })
})
