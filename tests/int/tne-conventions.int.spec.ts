import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import { closePayload } from '@/services/db/close-payload'

import { FORBIDDEN, createUser, idOf, testPayload } from '../helpers/factories'
import { rest, restResponse, tokenFor } from '../helpers/rest'
import { createConventionIn, createPartner, pdfBytes, uploadPdf } from '../helpers/tne'

let payload: Payload
let aisne: number
let herault: number
let coordinator: User & { collection: 'users' }
let token: string

beforeAll(async () => {
  payload = await testPayload()
  aisne = await idOf(payload, 'territories', 'slug', 'aisne')
  herault = await idOf(payload, 'territories', 'slug', 'herault')
  coordinator = await createUser(payload, ['coordinator'], { territories: [aisne] })
  token = await tokenFor(payload, coordinator.email)
})

afterAll(async () => {
  await closePayload(payload)
})

const asCoordinator = () => ({ user: coordinator, overrideAccess: false }) as const

describe('convention reference numbers', () => {
  it('are allocated per territory and year, in order, starting at 001', async () => {
    const partner = await createPartner(payload, aisne)
    const first = await payload.create({
      collection: 'conventions',
      data: { territory: aisne, partner: partner.id, kind: 'partnership', year: 2040 },
      user: coordinator,
      overrideAccess: false,
    })
    const second = await payload.create({
      collection: 'conventions',
      data: { territory: aisne, partner: partner.id, kind: 'partnership', year: 2040 },
      user: coordinator,
      overrideAccess: false,
    })
    const otherYear = await payload.create({
      collection: 'conventions',
      data: { territory: aisne, partner: partner.id, kind: 'partnership', year: 2041 },
      user: coordinator,
      overrideAccess: false,
    })
    const heraultPartner = await createPartner(payload, herault)
    const otherTerritory = await payload.create({
      collection: 'conventions',
      data: { territory: herault, partner: heraultPartner.id, kind: 'partnership', year: 2040 },
    })
    expect([first.reference, second.reference, otherYear.reference, otherTerritory.reference]).toEqual([
      'TNE-02-2040-001',
      'TNE-02-2040-002',
      'TNE-02-2041-001',
      'TNE-34-2040-001',
    ])
    expect(first.status).toBe('draft')
  })

  it('have no duplicate and no gap when twelve conventions are created at once', async () => {
    const partner = await createPartner(payload, aisne)
    const created = await Promise.all(
      Array.from({ length: 12 }, () =>
        payload.create({
          collection: 'conventions',
          data: { territory: aisne, partner: partner.id, kind: 'partnership', year: 2042 },
          depth: 0,
        }),
      ),
    )
    expect(created.map((c) => c.reference).sort()).toEqual(
      Array.from({ length: 12 }, (_, i) => `TNE-02-2042-${String(i + 1).padStart(3, '0')}`),
    )
  })

  it('a refused creation gives its number back', async () => {
    const heraultPartner = await createPartner(payload, herault)
    const partner = await createPartner(payload, aisne)
    await expect(
      payload.create({
        collection: 'conventions',
        data: { territory: aisne, partner: heraultPartner.id, kind: 'partnership', year: 2043 },
      }),
    ).rejects.toMatchObject({
      status: 400,
      data: { errors: [{ path: 'partner', message: 'Choisissez un partenaire du territoire de la convention.' }] },
    })
    const next = await payload.create({
      collection: 'conventions',
      data: { territory: aisne, partner: partner.id, kind: 'partnership', year: 2043 },
    })
    expect(next.reference).toBe('TNE-02-2043-001')
  })

  it('cannot be written by anyone', async () => {
    const convention = await createConventionIn(payload, aisne, 'draft')
    const { status } = await rest('PATCH', `/conventions/${convention.id}`, {
      token,
      body: { reference: 'TNE-02-2031-999', object: 'Ateliers parents' },
    })
    expect(status).toBe(200)
    const stored = await payload.findByID({ collection: 'conventions', id: convention.id })
    expect([stored.reference, stored.object]).toEqual([convention.reference, 'Ateliers parents'])
  })
})

describe('convention lifecycle', () => {
  const move = (id: number, to: string) => rest('POST', `/conventions/${id}/transition`, { token, body: { to } })

  it('goes draft → sent → signed → active → closed through the endpoint, with its history', async () => {
    const convention = await createConventionIn(payload, aisne, 'draft')
    expect((await move(convention.id, 'sent')).status).toBe(200)
    // Signing needs the signed PDF and the date: refused on those fields, nothing written.
    const refused = await move(convention.id, 'signed')
    expect(refused.status).toBe(400)
    expect(refused.json.errors?.[0].data).toEqual({
      collection: 'conventions',
      errors: [
        { path: 'signedFile', message: 'Déposez la convention signée (PDF) avant de la marquer signée.' },
        { path: 'signatureDate', message: 'Indiquez la date de signature.' },
      ],
    })
    expect((await payload.findByID({ collection: 'conventions', id: convention.id })).status).toBe('sent')
    const file = await uploadPdf(payload, aisne)
    await payload.update({
      collection: 'conventions',
      id: convention.id,
      data: { signedFile: file.id, signatureDate: '2031-03-01T00:00:00.000Z' },
      ...asCoordinator(),
    })
    expect((await move(convention.id, 'signed')).status).toBe(200)
    expect((await move(convention.id, 'active')).status).toBe(200)
    expect((await move(convention.id, 'closed')).status).toBe(200)
    const stored = await payload.findByID({ collection: 'conventions', id: convention.id, depth: 0 })
    expect(stored.history?.map((h) => `${h.from}→${h.to}`)).toEqual([
      'draft→sent',
      'sent→signed',
      'signed→active',
      'active→closed',
    ])
    expect(stored.history?.[0].actorUser).toBe(coordinator.id)
  })

  it('refuses a move backwards (409, in French) and changes nothing', async () => {
    const convention = await createConventionIn(payload, aisne, 'signed')
    const { status, json } = await move(convention.id, 'sent')
    expect(status).toBe(409)
    expect(json.errors?.[0].message).toBe(
      'Une convention ne peut pas passer de « Signée » à « Envoyée au partenaire ».',
    )
    const stored = await payload.findByID({ collection: 'conventions', id: convention.id })
    expect([stored.status, stored.history]).toEqual(['signed', []])
  })

  it('never changes status by a plain update, through the API or server code', async () => {
    const convention = await createConventionIn(payload, aisne, 'draft')
    await rest('PATCH', `/conventions/${convention.id}`, { token, body: { status: 'active' } })
    expect((await payload.findByID({ collection: 'conventions', id: convention.id })).status).toBe('draft')
    await expect(
      payload.update({ collection: 'conventions', id: convention.id, data: { status: 'active' } }),
    ).rejects.toMatchObject({ status: 409 })
  })

  it('keeps a signed convention’s terms', async () => {
    const convention = await createConventionIn(payload, aisne, 'active')
    await expect(
      payload.update({
        collection: 'conventions',
        id: convention.id,
        data: { amountCents: 2_000_000 },
        ...asCoordinator(),
      }),
    ).rejects.toMatchObject({
      status: 400,
      data: { errors: [{ path: 'amountCents', message: expect.stringContaining('La convention est signée') }] },
    })
    expect((await payload.findByID({ collection: 'conventions', id: convention.id })).amountCents).toBe(1_000_000)
  })

  it('a coordinator cannot move another territory’s convention (404), nor anyone signed out (401)', async () => {
    const convention = await createConventionIn(payload, herault, 'draft')
    expect((await move(convention.id, 'sent')).status).toBe(404)
    expect((await rest('POST', `/conventions/${convention.id}/transition`, { body: { to: 'sent' } })).status).toBe(401)
    expect((await payload.findByID({ collection: 'conventions', id: convention.id })).status).toBe('draft')
  })

  it('is never deleted, even by an admin (its number stays taken)', async () => {
    const admin = await createUser(payload, ['admin'])
    const convention = await createConventionIn(payload, aisne, 'draft')
    await expect(
      payload.delete({ collection: 'conventions', id: convention.id, user: admin, overrideAccess: false }),
    ).rejects.toThrow(FORBIDDEN)
  })
})

describe('signed convention files', () => {
  const upload = (bytes: Uint8Array, name: string, type: string) => {
    const form = new FormData()
    form.append('file', new Blob([Buffer.from(bytes)], { type }), name)
    form.append('_payload', JSON.stringify({ territory: aisne }))
    return rest('POST', '/convention-files', { token, body: form })
  }

  it('accepts a PDF recognised by its content', async () => {
    const { status, json } = await upload(pdfBytes(), 'convention.pdf', 'application/pdf')
    expect(status).toBe(201)
    expect((json.doc as { mimeType: string }).mimeType).toBe('application/pdf')
  })

  it.each([
    [
      'an HTML file renamed .pdf',
      Buffer.from('<html><body>Signée</body></html>'),
      'application/pdf',
      'Seuls les fichiers PDF sont acceptés pour la convention signée.',
    ],
    [
      'a PNG',
      Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
      'image/png',
      'Seuls les fichiers PDF sont acceptés pour la convention signée.',
    ],
    [
      'a truncated PDF',
      Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog'),
      'application/pdf',
      'Le fichier PDF est incomplet ou endommagé : déposez-le à nouveau.',
    ],
    [
      'a PDF above 10 MB',
      pdfBytes(10 * 1024 * 1024),
      'application/pdf',
      'Le fichier pèse 10 Mo : la limite est de 10 Mo.',
    ],
  ])('refuses %s on the file field, storing nothing', async (_name, bytes, type, message) => {
    const before = (await payload.count({ collection: 'convention-files' })).totalDocs
    const { status, json } = await upload(bytes, 'convention.pdf', type)
    expect(status).toBe(400)
    expect(json.errors?.[0].data).toMatchObject({ errors: [{ path: 'file', message }] })
    expect((await payload.count({ collection: 'convention-files' })).totalDocs).toBe(before)
  })

  it('are opened only by their territory’s coordinators and the GIP', async () => {
    const file = await uploadPdf(payload, herault)
    expect((await rest('GET', `/convention-files/${file.id}`, { token })).status).toBe(404)
    expect((await restResponse('GET', `/convention-files/file/${file.filename}`, { token })).status).toBe(403)
    expect((await restResponse('GET', `/convention-files/file/${file.filename}`)).status).toBe(403)
    const mine = await uploadPdf(payload, aisne)
    expect((await restResponse('GET', `/convention-files/file/${mine.filename}`, { token })).status).toBe(200)
  })
})
