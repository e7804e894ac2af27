import type { Payload } from 'payload'

import { CONVENTION_TRANSITION } from '@/domain/write-context'
import type { ConventionStatus } from '@/domain/tne/convention-lifecycle'
import type { Convention, Workshop } from '@/payload-types'

import { unique } from './factories'

/** A minimal PDF: recognised by its header, complete (cross-reference table and %%EOF at the end). */
export const pdfBytes = (extra = 0) =>
  Buffer.concat([
    Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n'),
    Buffer.alloc(extra, 32),
    Buffer.from('xref\n0 1\n0000000000 65535 f \ntrailer << /Root 1 0 R >>\nstartxref\n9\n%%EOF\n'),
  ])

export async function createPartner(payload: Payload, territory: number, extra: Record<string, unknown> = {}) {
  return payload.create({
    collection: 'partners',
    data: { name: unique('Partenaire'), kind: 'association', territory, ...extra },
    depth: 0,
  })
}

export async function uploadPdf(payload: Payload, territory: number) {
  const data = pdfBytes()
  return payload.create({
    collection: 'convention-files',
    data: { territory },
    file: { data, mimetype: 'application/pdf', name: `${unique('convention')}.pdf`, size: data.length },
    depth: 0,
  })
}

/** A convention put straight into `status` (as its lifecycle would have), with a new partner. */
export async function createConventionIn(
  payload: Payload,
  territory: number,
  status: ConventionStatus,
  data: Partial<Convention> = {},
): Promise<Convention> {
  const partner = await createPartner(payload, territory)
  const signed = status !== 'draft' && status !== 'sent'
  return payload.create({
    collection: 'conventions',
    data: {
      territory,
      partner: partner.id,
      kind: 'partnership',
      year: 2031,
      amountCents: 1_000_000,
      periodStart: '2031-01-01T00:00:00.000Z',
      periodEnd: '2031-12-31T00:00:00.000Z',
      ...(signed
        ? { signatureDate: '2031-02-01T00:00:00.000Z', signedFile: (await uploadPdf(payload, territory)).id }
        : {}),
      status,
      ...data,
    } as Convention,
    depth: 0,
    context: { [CONVENTION_TRANSITION]: true },
  })
}

export async function createWorkshop(
  payload: Payload,
  territory: number,
  data: Partial<Workshop> = {},
): Promise<Workshop> {
  return payload.create({
    collection: 'workshops',
    data: {
      title: unique('Atelier'),
      territory,
      format: 'workshop',
      theme: 'children_digital_uses',
      audience: 'parents_primary',
      startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      commune: 'Laon',
      venue: 'Médiathèque',
      capacity: 20,
      status: 'planned',
      published: true,
      ...data,
    } as Workshop,
    depth: 0,
  })
}
