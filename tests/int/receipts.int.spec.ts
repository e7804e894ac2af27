import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { TRANSITION_CONTEXT } from '@/domain/write-context'
import { env } from '@/env'
import { closePayload } from '@/services/db/close-payload'
import { sqlQuery } from '@/services/db/sql-transaction'
import { yearlyStatement } from '@/services/receipts/donor-receipts'
import { issueReceipt, issueReceipts } from '@/services/receipts/issue-receipt'
import { issueDueReceipts, renderDueReceipts } from '@/services/receipts/receipt-jobs'
import { clearCache } from '@/services/cache/memory-cache'

import { createProjectIn, createUser, testPayload, unique } from '../helpers/factories'
import { givePaid } from '../helpers/gifts'
import { pdfFigures, pdfText } from '../helpers/pdf-text'
import { graphql, rest, restResponse, tokenFor } from '../helpers/rest'

let payload: Payload
let admin: { id: number; email: string }

beforeAll(async () => {
  payload = await testPayload()
  admin = await createUser(payload, ['admin'])
})
afterAll(() => closePayload(payload))

const code = () => `T${randomBytes(4).toString('hex').toUpperCase()}`
const year = new Date().getFullYear()

async function issuer(extra: Record<string, unknown> = {}) {
  return payload.create({
    collection: 'structures',
    data: {
      name: unique('Association des parents de l’école Jules-Ferry'),
      kind: 'other_association',
      legalId: 'W952001234',
      address: '12 rue de la République\n95100 Argenteuil',
      purpose: 'Soutenir les projets éducatifs de l’école',
      eligibleForReceipts: true,
      issuerCode: code(),
      signatory: { name: 'Claire Fontaine', role: 'Présidente' },
      ...extra,
    },
    depth: 0,
  })
}

const manager = (structureId: number) => createUser(payload, ['structure-manager'], { structures: [structureId] })
const succeed = (projectId: number) =>
  payload.update({
    collection: 'projects',
    id: projectId,
    data: { status: 'succeeded' },
    context: { [TRANSITION_CONTEXT]: true },
    depth: 0,
  })
const receiptsOf = async (donationId: number) =>
  (
    await payload.find({
      collection: 'fiscal-receipts',
      where: { donation: { equals: donationId } },
      sort: 'id',
      depth: 0,
    })
  ).docs

const png = () =>
  sharp({ create: { width: 120, height: 40, channels: 3, background: '#1b2a6b' } })
    .png()
    .toBuffer()
async function uploadSignature(structureId: number, data?: Buffer, name = 'signature.png') {
  const bytes = data ?? (await png())
  return payload.create({
    collection: 'structure-signatures',
    data: { structure: structureId },
    file: { data: bytes, mimetype: 'image/png', name, size: bytes.length },
    depth: 0,
  })
}

async function fileOf(receiptId: number): Promise<{ filename: string; data: Buffer }> {
  const receipt = await payload.findByID({ collection: 'fiscal-receipts', id: receiptId, depth: 1 })
  const file = receipt.file as { filename: string }
  return { filename: file.filename, data: fs.readFileSync(path.join(env.UPLOADS_DIR, 'receipt-files', file.filename)) }
}

describe('issuing', () => {
  it('issues numbered receipts for the final gifts that asked, and renders each as a PDF with every mention of its Cerfa', async () => {
    // Other files' final gifts share this database: their receipts are issued first, so that what follows counts this project's only.
    await issueDueReceipts(payload)
    const structure = await issuer()
    const project = await createProjectIn(payload, 'collecting', { structure: structure.id, stopAtOptimum: false })
    const person = await givePaid(payload, project.id, 12_345, {
      firstName: 'Léa',
      lastName: 'Durand',
      address: '3 rue des Lilas',
      postcode: '95100',
      city: 'Argenteuil',
    })
    const company = await givePaid(payload, project.id, 60_000, {
      donorType: 'company',
      companyName: 'Boulangerie du Centre',
      legalForm: 'SARL',
      siren: '732829320',
    })
    const noReceipt = await givePaid(payload, project.id, 5_000, { wantsReceipt: false })
    expect(await issueDueReceipts(payload)).toMatchObject({ issued: 0 })
    await succeed(project.id)
    await issueDueReceipts(payload)

    const [first] = await receiptsOf(person)
    const [second] = await receiptsOf(company)
    await renderDueReceipts(payload, { receiptIds: [first.id, second.id] })
    expect(first).toMatchObject({
      number: `${structure.issuerCode}-${year}-000001`,
      status: 'live',
      form: 'cerfa_11580',
      amountCents: 12_345,
    })
    expect(second).toMatchObject({ number: `${structure.issuerCode}-${year}-000002`, form: 'cerfa_16216' })
    expect(await receiptsOf(noReceipt)).toEqual([])

    const text = (await pdfText((await fileOf(first.id)).data)).replace(/\s+/g, ' ')
    for (const mention of [
      'Cerfa n° 11580*05',
      `Numéro d’ordre du reçu : ${first.number}`,
      structure.name,
      'W952001234',
      '12 rue de la République, 95100 Argenteuil',
      'Soutenir les projets éducatifs de l’école',
      'Nom : Durand',
      'Prénoms : Léa',
      '3 rue des Lilas, 95100 Argenteuil, France',
      '123,45 €',
      'cent vingt-trois euros et quarante-cinq centimes',
      'Date du versement ou du don',
      'article 200 du code général des impôts',
      'Déclaration de don manuel',
      'Numéraire',
      'Carte bancaire',
      'Claire Fontaine, Présidente',
    ]) {
      expect(text).toContain(mention)
    }
    const companyText = (await pdfText((await fileOf(second.id)).data)).replace(/\s+/g, ' ')
    for (const mention of [
      'Cerfa n° 16216*02',
      'article 238 bis du code général des impôts',
      'Dénomination : Boulangerie du Centre',
      'Forme juridique : SARL',
      'SIREN : 732829320',
      'six cents euros',
    ]) {
      expect(companyText).toContain(mention)
    }
  })

  it('numbers 500 concurrent issuances for one issuer 1 to 500, with no gap and no duplicate', async () => {
    const structure = await issuer()
    const project = await createProjectIn(payload, 'succeeded', { structure: structure.id })
    const { rows } = await sqlQuery(
      payload,
      `INSERT INTO donations (reference, project_id, amount_cents, status, source, donor_type, identity_first_name, identity_last_name, identity_email, wants_receipt, payment_method, provider, paid_at)
       SELECT 'CONC-' || $1 || '-' || n, $2, 1000 + n, 'paid', 'donor', 'individual', 'Donateur', 'N' || n, 'conc' || n || '@example.org', true, 'card', 'test', now()
       FROM generate_series(1, 500) n RETURNING id`,
      [project.id, project.id],
    )
    const results = await Promise.all(rows.map((r) => issueReceipt(payload, r.id)))
    expect(results.every((r) => r.outcome === 'issued')).toBe(true)
    const numbers = await sqlQuery(
      payload,
      'SELECT sequence, number FROM fiscal_receipts WHERE issuer_id = $1 ORDER BY sequence',
      [structure.id],
    )
    expect(numbers.rows.map((r) => Number(r.sequence))).toEqual(Array.from({ length: 500 }, (_, i) => i + 1))
    expect(new Set(numbers.rows.map((r) => r.number)).size).toBe(500)
  })

  it('issues a batch in one transaction, two issuers each numbered in the gifts’ order, and refuses in it what is not final; two batches racing issue each gift once', async () => {
    const [a, b] = [await issuer(), await issuer()]
    const [projectA, projectB] = [
      await createProjectIn(payload, 'collecting', { structure: a.id }),
      await createProjectIn(payload, 'collecting', { structure: b.id }),
    ]
    const collecting = await createProjectIn(payload, 'collecting', { structure: a.id })
    const gifts = [
      await givePaid(payload, projectB.id, 2_000, { wantsReceipt: true }),
      await givePaid(payload, projectA.id, 3_000, { wantsReceipt: true }),
      await givePaid(payload, projectA.id, 4_000, { wantsReceipt: true }),
      await givePaid(payload, projectB.id, 5_000, { wantsReceipt: true }),
    ]
    const notFinal = await givePaid(payload, collecting.id, 6_000, { wantsReceipt: true })
    await succeed(projectA.id)
    await succeed(projectB.id)
    const batch = [notFinal, ...gifts].reverse()
    const [first, second] = await Promise.all([issueReceipts(payload, batch), issueReceipts(payload, batch)])
    // Each gift issued by exactly one of the two batches; the other says it already has its receipt.
    for (const id of gifts) {
      const both = [first[batch.indexOf(id)], second[batch.indexOf(id)]]
      expect(both.filter((r) => r.outcome === 'issued')).toHaveLength(1)
      expect(both.filter((r) => r.outcome === 'refused' && r.reason.includes('déjà un reçu'))).toHaveLength(1)
    }
    expect(first[batch.indexOf(notFinal)]).toEqual({
      outcome: 'refused',
      reason: expect.stringContaining('pas définitif'),
    })
    const numbered = async (structureId: number) =>
      (
        await sqlQuery(
          payload,
          'SELECT donation_id, sequence FROM fiscal_receipts WHERE issuer_id = $1 ORDER BY sequence',
          [structureId],
        )
      ).rows.map((r) => [Number(r.donation_id), Number(r.sequence)])
    expect(await numbered(a.id)).toEqual([
      [gifts[1], 1],
      [gifts[2], 2],
    ])
    expect(await numbered(b.id)).toEqual([
      [gifts[0], 1],
      [gifts[3], 2],
    ])
    expect(await receiptsOf(notFinal)).toEqual([])
  })

  it('refuses a gift that is not final, a refunded gift, a second receipt, and a structure not eligible; nothing is written', async () => {
    const structure = await issuer()
    const collecting = await createProjectIn(payload, 'collecting', { structure: structure.id })
    const early = await givePaid(payload, collecting.id, 3_000)
    expect(await issueReceipt(payload, early)).toEqual({
      outcome: 'refused',
      reason: expect.stringContaining('pas définitif'),
    })

    const done = await createProjectIn(payload, 'collecting', { structure: structure.id })
    const gift = await givePaid(payload, done.id, 3_000)
    const refunded = await givePaid(payload, done.id, 3_000)
    await sqlQuery(payload, `UPDATE donations SET status = 'refunded' WHERE id = $1`, [refunded])
    await succeed(done.id)
    expect(await issueReceipt(payload, refunded)).toEqual({
      outcome: 'refused',
      reason: expect.stringContaining('remboursé'),
    })
    expect((await issueReceipt(payload, gift)).outcome).toBe('issued')
    expect(await issueReceipt(payload, gift)).toEqual({
      outcome: 'refused',
      reason: expect.stringContaining('déjà un reçu'),
    })

    const notEligible = await issuer({ eligibleForReceipts: false, issuerCode: null })
    const other = await createProjectIn(payload, 'collecting', { structure: notEligible.id })
    const otherGift = await givePaid(payload, other.id, 3_000)
    await succeed(other.id)
    expect(await issueReceipt(payload, otherGift)).toEqual({
      outcome: 'refused',
      reason: expect.stringContaining('pas habilitée'),
    })
    expect([...(await receiptsOf(early)), ...(await receiptsOf(refunded)), ...(await receiptsOf(otherGift))]).toEqual(
      [],
    )
    expect(await receiptsOf(gift)).toHaveLength(1)
  })

  it('flags a company gift whose counterpart is worth more than the allowance, without a number', async () => {
    const structure = await issuer()
    const project = await createProjectIn(payload, 'collecting', {
      structure: structure.id,
      counterparts: [{ label: 'Logo sur le car', estimatedValueCents: 30_000 }],
    })
    const gift = await givePaid(payload, project.id, 100_000, {
      donorType: 'company',
      companyName: 'Transports Martin',
      legalForm: 'SAS',
      siren: '552100554',
      counterpart: 'Logo sur le car',
    })
    await succeed(project.id)
    expect(await issueReceipt(payload, gift)).toMatchObject({ outcome: 'flagged', number: null })
    expect((await receiptsOf(gift))[0]).toMatchObject({
      status: 'flagged',
      note: expect.stringContaining('contrepartie'),
    })
  })

  it('lets the manager issue a flagged receipt once the counterpart is checked, or issue none', async () => {
    const structure = await issuer()
    const project = await createProjectIn(payload, 'collecting', {
      structure: structure.id,
      counterparts: [{ label: 'Logo sur le car', estimatedValueCents: 30_000 }],
    })
    const company = {
      donorType: 'company',
      companyName: 'Transports Martin',
      legalForm: 'SAS',
      siren: '552100554',
      counterpart: 'Logo sur le car',
    } as const
    const checked = await givePaid(payload, project.id, 100_000, company)
    const excessive = await givePaid(payload, project.id, 80_000, company)
    await succeed(project.id)
    expect(await issueDueReceipts(payload)).toMatchObject({ flagged: 2 })
    const [flagged] = await receiptsOf(checked)
    const [other] = await receiptsOf(excessive)
    const token = await tokenFor(payload, (await manager(structure.id)).email)

    // Bad input, on its field; another structure's manager; nothing changes.
    const noReason = await rest('POST', `/fiscal-receipts/${flagged.id}/resolve`, {
      token,
      body: { decision: 'issue' },
    })
    expect(noReason.status).toBe(400)
    expect(noReason.json.errors?.[0]).toMatchObject({
      data: { errors: [{ path: 'reason', message: 'Indiquez ce que vous avez vérifié.' }] },
    })
    expect(
      (
        await rest('POST', `/fiscal-receipts/${flagged.id}/resolve`, {
          token,
          body: { decision: 'maybe', reason: 'Logo vérifié' },
        })
      ).json.errors?.[0],
    ).toMatchObject({ data: { errors: [{ path: 'decision' }] } })
    const stranger = await tokenFor(payload, (await manager((await issuer()).id)).email)
    expect(
      (
        await rest('POST', `/fiscal-receipts/${flagged.id}/resolve`, {
          token: stranger,
          body: { decision: 'issue', reason: 'Logo jamais posé' },
        })
      ).status,
    ).toBe(404)
    expect(
      (
        await rest('POST', `/fiscal-receipts/${flagged.id}/resolve`, {
          body: { decision: 'issue', reason: 'Logo jamais posé' },
        })
      ).status,
    ).toBe(401)
    expect((await receiptsOf(checked))[0]).toMatchObject({ status: 'flagged', number: null })

    // Issued: the next number of the issuer's year, then rendered like any receipt.
    const issued = await rest('POST', `/fiscal-receipts/${flagged.id}/resolve`, {
      token,
      body: { decision: 'issue', reason: 'Le donateur a renoncé au logo sur le car.' },
    })
    expect(issued.json.doc).toEqual({
      id: flagged.id,
      status: 'live',
      number: `${structure.issuerCode}-${year}-000001`,
    })
    expect((await receiptsOf(checked))[0]).toMatchObject({
      status: 'live',
      sequence: 1,
      note: 'Contrepartie vérifiée : Le donateur a renoncé au logo sur le car.',
    })
    await renderDueReceipts(payload, { receiptIds: [flagged.id] })
    expect(await pdfText((await fileOf(flagged.id)).data)).toContain(`${structure.issuerCode}-${year}-000001`)
    expect(
      (
        await rest('POST', `/fiscal-receipts/${flagged.id}/resolve`, {
          token,
          body: { decision: 'decline', reason: 'erreur' },
        })
      ).status,
    ).toBe(409)

    // Declined: no receipt for that gift, and the job does not issue one later.
    expect(
      (
        await rest('POST', `/fiscal-receipts/${other.id}/resolve`, {
          token,
          body: { decision: 'decline', reason: 'Logo posé : 300 € pour un don de 800 €.' },
        })
      ).json.doc,
    ).toMatchObject({ status: 'declined', number: null })
    await issueDueReceipts(payload)
    expect(await receiptsOf(excessive)).toEqual([expect.objectContaining({ status: 'declined', number: null })])
    const declaration = await rest('GET', `/fiscal-receipts/declaration?year=${year}`, { token })
    expect(declaration.json.issuers).toEqual([expect.objectContaining({ count: 1, totalCents: 100_000 })])
  })

  it('prints the signatory’s signature image, a tagged figure, and keeps it while a receipt shows it', async () => {
    const structure = await issuer()
    const signature = await uploadSignature(structure.id)
    await payload.update({
      collection: 'structures',
      id: structure.id,
      data: { signatory: { name: 'Claire Fontaine', role: 'Présidente', signature: signature.id } },
      depth: 0,
    })
    const project = await createProjectIn(payload, 'collecting', { structure: structure.id })
    const gift = await givePaid(payload, project.id, 2_000)
    await succeed(project.id)
    await issueReceipt(payload, gift)
    const [receipt] = await receiptsOf(gift)
    expect(receipt.issuerSnapshot?.signature).toBe(signature.id)
    clearCache()
    await renderDueReceipts(payload, { receiptIds: [receipt.id] })
    expect(await pdfFigures((await fileOf(receipt.id)).data)).toEqual({
      images: 1,
      alternatives: ['Signature de Claire Fontaine, Présidente'],
    })
    // A receipt without a signature image has none.
    const plain = (
      await receiptsOf(
        await (async () => {
          const other = await createProjectIn(payload, 'collecting', { structure: (await issuer()).id })
          const g = await givePaid(payload, other.id, 2_000)
          await succeed(other.id)
          await issueReceipt(payload, g)
          return g
        })(),
      )
    )[0]
    await renderDueReceipts(payload, { receiptIds: [plain.id] })
    expect((await pdfFigures((await fileOf(plain.id)).data)).images).toBe(0)

    // Printed on a receipt: kept.
    await expect(payload.delete({ collection: 'structure-signatures', id: signature.id })).rejects.toMatchObject({
      status: 409,
    })
  })

  it('refuses a signature that is not a PNG or JPEG image, or that belongs to another structure', async () => {
    const structure = await issuer()
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    await expect(uploadSignature(structure.id, svg, 'signature.png')).rejects.toMatchObject({
      data: { errors: [{ path: 'file', message: 'Seules les images PNG ou JPEG sont acceptées pour une signature.' }] },
    })
    const othersSignature = await uploadSignature((await issuer()).id)
    await expect(
      payload.update({
        collection: 'structures',
        id: structure.id,
        data: { signatory: { signature: othersSignature.id } },
        depth: 0,
      }),
    ).rejects.toMatchObject({
      data: {
        errors: [{ path: 'signatory.signature', message: 'Choisissez une signature déposée pour cette structure.' }],
      },
    })
    expect(
      (await payload.findByID({ collection: 'structures', id: structure.id, depth: 0 })).signatory?.signature ?? null,
    ).toBeNull()
  })

  it('issues a gift moved to the solidarity fund from the fund’s holder', async () => {
    const holder = await issuer()
    await payload.updateGlobal({ slug: 'solidarity-fund-settings', data: { holder: holder.id } })
    const project = await createProjectIn(payload, 'collecting', { structure: (await issuer()).id })
    const gift = await givePaid(payload, project.id, 4_000)
    await sqlQuery(payload, `UPDATE donations SET status = 'reallocated' WHERE id = $1`, [gift])
    await payload.update({
      collection: 'projects',
      id: project.id,
      data: { status: 'failed' },
      context: { [TRANSITION_CONTEXT]: true },
      depth: 0,
    })
    expect(await issueReceipt(payload, gift)).toMatchObject({
      outcome: 'issued',
      number: expect.stringContaining(`${holder.issuerCode}-`),
    })
    // The shared database's fund holder goes back to none (the demo seed sets its own).
    await payload.updateGlobal({ slug: 'solidarity-fund-settings', data: { holder: null } })
  })
})

describe('cancel and re-issue', () => {
  it('keeps the cancelled number, links both ways, and leaves one live receipt per gift', async () => {
    const structure = await issuer()
    const project = await createProjectIn(payload, 'collecting', { structure: structure.id })
    const gift = await givePaid(payload, project.id, 7_000)
    await succeed(project.id)
    await issueReceipt(payload, gift)
    const [original] = await receiptsOf(gift)
    const token = await tokenFor(payload, (await manager(structure.id)).email)

    expect(
      (
        await rest('POST', `/fiscal-receipts/${original.id}/reissue`, {
          token,
          body: { donor: { address: '5 rue Neuve' } },
        })
      ).json.errors?.[0],
    ).toMatchObject({ data: { errors: [{ path: 'reason' }] } })
    const response = await rest('POST', `/fiscal-receipts/${original.id}/reissue`, {
      token,
      body: {
        reason: 'Adresse corrigée à la demande du donateur',
        donor: { address: '5 rue Neuve', city: 'Cergy', postcode: '95000' },
      },
    })
    expect(response.status).toBe(200)
    const [cancelled, replacement] = await receiptsOf(gift)
    expect(cancelled).toMatchObject({
      id: original.id,
      number: original.number,
      status: 'cancelled',
      replacedBy: replacement.id,
      note: 'Adresse corrigée à la demande du donateur',
    })
    expect(replacement).toMatchObject({
      status: 'live',
      replaces: original.id,
      number: `${structure.issuerCode}-${year}-000002`,
      donor: { address: '5 rue Neuve', city: 'Cergy', postcode: '95000', lastName: 'Martin' },
    })
    expect(
      (await rest('POST', `/fiscal-receipts/${original.id}/reissue`, { token, body: { reason: 'encore' } })).status,
    ).toBe(409)
    await renderDueReceipts(payload, { receiptIds: [replacement.id] })
    expect(await pdfText((await fileOf(replacement.id)).data)).toContain(
      `Ce reçu annule et remplace le reçu n° ${original.number}.`,
    )

    // The declaration counts the live receipt only.
    const declaration = await rest('GET', `/fiscal-receipts/declaration?year=${year}`, { token })
    expect(declaration.json).toEqual({
      year,
      issuers: [expect.objectContaining({ issuerCode: structure.issuerCode, count: 1, totalCents: 7_000 })],
    })
  })
})

describe('who sees receipts', () => {
  it('a manager of A cannot read, list, download, export or declare B’s receipts; a donor sees only their own', async () => {
    const [a, b] = [await issuer(), await issuer()]
    const donor = await createUser(payload, ['donor'])
    const projectA = await createProjectIn(payload, 'collecting', { structure: a.id })
    const projectB = await createProjectIn(payload, 'collecting', { structure: b.id })
    const giftA = await givePaid(payload, projectA.id, 2_000, { email: donor.email })
    const giftB = await givePaid(payload, projectB.id, 3_000)
    await succeed(projectA.id)
    await succeed(projectB.id)
    await issueReceipt(payload, giftA)
    await issueReceipt(payload, giftB)
    const [receiptA] = await receiptsOf(giftA)
    const [receiptB] = await receiptsOf(giftB)
    await renderDueReceipts(payload, { receiptIds: [receiptA.id, receiptB.id] })
    const fileB = await fileOf(receiptB.id)
    const managerA = await tokenFor(payload, (await manager(a.id)).email)

    const listed = await rest('GET', '/fiscal-receipts?limit=1000&depth=0', { token: managerA })
    expect((listed.json.docs as { id: number }[]).map((r) => r.id)).toEqual([receiptA.id])
    expect((await rest('GET', `/fiscal-receipts/${receiptB.id}`, { token: managerA })).status).toBe(404)
    expect(
      (await restResponse('GET', `/receipt-files/file/${fileB.filename}`, { token: managerA })).status,
    ).toBeGreaterThanOrEqual(403)
    expect((await restResponse('GET', `/receipt-files/file/${fileB.filename}`)).status).toBeGreaterThanOrEqual(401)
    const viaGraphql = await graphql(
      `
        {
          FiscalReceipts(limit: 100) {
            docs {
              id
            }
          }
        }
      `,
      managerA,
    )
    expect(viaGraphql.data?.FiscalReceipts).toEqual({ docs: [{ id: receiptA.id }] })
    const exported = await (
      await restResponse('GET', `/fiscal-receipts/export?format=csv&year=${year}`, { token: managerA })
    ).text()
    expect(exported).toContain(String(receiptA.number))
    expect(exported).not.toContain(String(receiptB.number))
    const declared = await rest('GET', `/fiscal-receipts/declaration?year=${year}`, { token: managerA })
    expect((declared.json.issuers as { issuerCode: string }[]).map((i) => i.issuerCode)).toEqual([a.issuerCode])
    expect(
      (await rest('POST', `/fiscal-receipts/${receiptB.id}/reissue`, { token: managerA, body: { reason: 'essai' } }))
        .status,
    ).toBe(404)
    expect((await rest('POST', `/donations/${giftB}/receipt`, { token: managerA })).status).toBe(404)
    expect(
      (
        await rest('POST', `/fiscal-receipts/${receiptB.id}/resolve`, {
          token: managerA,
          body: { decision: 'issue', reason: 'essai' },
        })
      ).status,
    ).toBe(404)

    // Signature images: the structure's own managers and admins only; only admins upload.
    const signatureB = await uploadSignature(b.id)
    expect((await rest('GET', `/structure-signatures/${signatureB.id}`, { token: managerA })).status).toBe(404)
    expect(
      (await restResponse('GET', `/structure-signatures/file/${signatureB.filename}`, { token: managerA })).status,
    ).toBeGreaterThanOrEqual(403)
    expect(
      (await restResponse('GET', `/structure-signatures/file/${signatureB.filename}`)).status,
    ).toBeGreaterThanOrEqual(401)
    const managerOfB = await manager(b.id)
    expect(
      (
        await restResponse('GET', `/structure-signatures/file/${signatureB.filename}`, {
          token: await tokenFor(payload, managerOfB.email),
        })
      ).status,
    ).toBe(200)
    const asManagerOfB = {
      user: await payload.findByID({ collection: 'users', id: managerOfB.id, depth: 0 }),
      overrideAccess: false,
    } as const
    await expect(
      payload.delete({ collection: 'structure-signatures', id: signatureB.id, ...asManagerOfB }),
    ).rejects.toMatchObject({ status: 403 })
    const bytes = await png()
    await expect(
      payload.create({
        collection: 'structure-signatures',
        data: { structure: b.id },
        file: { data: bytes, mimetype: 'image/png', name: 'mine.png', size: bytes.length },
        ...asManagerOfB,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.find({
        collection: 'structure-signatures',
        user: await payload.findByID({ collection: 'users', id: donor.id, depth: 0 }),
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })

    const donorToken = await tokenFor(payload, donor.email)
    const mine = await rest('GET', '/fiscal-receipts?limit=1000&depth=0', { token: donorToken })
    expect((mine.json.docs as { id: number }[]).map((r) => r.id)).toEqual([receiptA.id])
    expect(
      (await restResponse('GET', `/receipt-files/file/${(await fileOf(receiptA.id)).filename}`, { token: donorToken }))
        .status,
    ).toBe(200)
    expect(
      (await restResponse('GET', `/receipt-files/file/${fileB.filename}`, { token: donorToken })).status,
    ).toBeGreaterThanOrEqual(403)
    expect((await rest('GET', `/fiscal-receipts/export?year=${year}`, { token: donorToken })).status).toBe(403)
    expect((await rest('GET', '/fiscal-receipts?limit=1')).status).toBe(403)

    // The donor's yearly statement holds their receipts of the year, and no one else's.
    const statement = await yearlyStatement(
      payload,
      await payload.findByID({ collection: 'users', id: donor.id, depth: 0 }),
      year,
    )
    const text = await pdfText(statement!)
    expect(text).toContain(String(receiptA.number))
    expect(text).not.toContain(String(receiptB.number))
    expect(
      await yearlyStatement(payload, await payload.findByID({ collection: 'users', id: donor.id, depth: 0 }), year - 1),
    ).toBeNull()
  })

  it('refuses a year that is not a year, and answers a manager’s request to issue with the rule’s reason', async () => {
    const structure = await issuer()
    const token = await tokenFor(payload, (await manager(structure.id)).email)
    const bad = await rest('GET', '/fiscal-receipts/declaration?year=20x6', { token })
    expect(bad.status).toBe(400)
    expect(bad.json.errors?.[0].message).toBe('Indiquez une année sur quatre chiffres, par exemple 2026.')
    expect((await rest('GET', '/fiscal-receipts/export?year=99', { token })).status).toBe(400)
    const project = await createProjectIn(payload, 'collecting', { structure: structure.id })
    const gift = await givePaid(payload, project.id, 2_500)
    const early = await rest('POST', `/donations/${gift}/receipt`, { token })
    expect(early.status).toBe(409)
    expect(early.json.errors?.[0].message).toContain('pas définitif')
    await succeed(project.id)
    expect((await rest('POST', `/donations/${gift}/receipt`, { token })).status).toBe(200)
    expect(
      (await rest('POST', `/donations/${gift}/receipt`, { token: await tokenFor(payload, admin.email) })).status,
    ).toBe(409)
  })
})
