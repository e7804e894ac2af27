import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { GiftInput } from '@/domain/donations/gift-form'
import { env } from '@/env'
import type { Donation, FiscalReceipt } from '@/payload-types'
import { eraseAccount } from '@/services/accounts/erase-account'
import { closePayload } from '@/services/db/close-payload'
import { sqlQuery } from '@/services/db/sql-transaction'
import { issueReceipt } from '@/services/receipts/issue-receipt'
import { renderDueReceipts } from '@/services/receipts/receipt-jobs'
import { applyRetention } from '@/services/retention/apply-retention'

import { createProjectIn, createUser, testPayload, unique } from '../helpers/factories'
import { givePaid } from '../helpers/gifts'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

afterAll(async () => {
  await closePayload(payload)
})

const NOW = new Date()
/** The same instant, `years` calendar years earlier. */
const yearsAgo = (years: number) => {
  const date = new Date(NOW)
  date.setUTCFullYear(date.getUTCFullYear() - years)
  return date
}

const donationOf = (id: number): Promise<Donation> => payload.findByID({ collection: 'donations', id, depth: 0 })
const receiptOf = async (donation: number): Promise<FiscalReceipt> =>
  (await payload.find({ collection: 'fiscal-receipts', where: { donation: { equals: donation } }, depth: 0 })).docs[0]
const pdfPath = (filename: string) => path.join(env.UPLOADS_DIR, 'receipt-files', filename)
const ledgerOf = async (ids: number[]) =>
  (
    await sqlQuery(payload, 'SELECT * FROM ledger_entries WHERE donation_id = ANY($1::int[]) ORDER BY id', [
      `{${ids.join(',')}}`,
    ])
  ).rows

/** Every row these gifts touch (gifts, receipts, receipt files, ledger), to prove what a run changed or not. */
const snapshot = async (ids: number[]) => ({
  donations: (
    await sqlQuery(payload, 'SELECT * FROM donations WHERE id = ANY($1::int[]) ORDER BY id', [`{${ids.join(',')}}`])
  ).rows,
  receipts: (
    await sqlQuery(payload, 'SELECT * FROM fiscal_receipts WHERE donation_id = ANY($1::int[]) ORDER BY id', [
      `{${ids.join(',')}}`,
    ])
  ).rows,
  files: (
    await sqlQuery(
      payload,
      'SELECT f.* FROM receipt_files f JOIN fiscal_receipts r ON r.file_id = f.id WHERE r.donation_id = ANY($1::int[]) ORDER BY f.id',
      [`{${ids.join(',')}}`],
    )
  ).rows,
  ledger: await ledgerOf(ids),
})

type Seeded = Record<
  'erasedOld' | 'erasedCompanyOld' | 'erasedBoundary' | 'erasedRecent' | 'notErasedOld' | 'receiptBoundary',
  number
>

/**
 * Gifts paid to a succeeded campaign, each with its receipt issued and rendered in the year of the
 * gift, then dated `years` ago; some by a donor who then erases their account.
 */
async function seed(): Promise<Seeded> {
  const structure = await payload.create({
    collection: 'structures',
    data: {
      name: unique('Coopérative scolaire'),
      kind: 'other_association',
      legalId: 'W952001234',
      address: '1 place de la Mairie\n95100 Argenteuil',
      purpose: 'Projets de l’école',
      eligibleForReceipts: true,
      issuerCode: `R${Date.now().toString(36).toUpperCase()}`,
      signatory: { name: 'Claire Fontaine', role: 'Présidente' },
    },
    depth: 0,
  })
  const project = await createProjectIn(payload, 'collecting', { structure: structure.id, stopAtOptimum: false })
  const erased = await createUser(payload, ['donor'])
  const other = await createUser(payload, ['donor'])
  const company = {
    donorType: 'company',
    companyName: 'Boulangerie du Centre',
    legalForm: 'SARL',
    siren: '732829320',
  } as const
  const plan: [keyof Seeded, number, string, Partial<GiftInput>][] = [
    ['erasedOld', 12, erased.email, { message: 'Bravo !' }],
    ['erasedCompanyOld', 12, erased.email, company],
    ['erasedBoundary', 11, erased.email, {}],
    ['erasedRecent', 5, erased.email, {}],
    ['notErasedOld', 12, other.email, {}],
    ['receiptBoundary', 6, other.email, {}],
  ]
  const ids = {} as Seeded
  for (const [name, , email, extra] of plan)
    ids[name] = await givePaid(payload, project.id, 5_000, { email, wantsReceipt: true, ...extra })
  await payload.update({
    collection: 'projects',
    id: project.id,
    data: { status: 'succeeded' },
    context: { projectTransition: true },
    depth: 0,
  })
  for (const [name, years] of plan) {
    const at = yearsAgo(years)
    expect(await issueReceipt(payload, ids[name], at)).toMatchObject({ outcome: 'issued' })
    await sqlQuery(payload, 'UPDATE donations SET created_at = $1, paid_at = $1 WHERE id = $2', [
      at.toISOString(),
      ids[name],
    ])
  }
  const receiptIds = await Promise.all(plan.map(async ([name]) => (await receiptOf(ids[name])).id))
  expect(await renderDueReceipts(payload, { receiptIds })).toBe(plan.length)
  expect(await eraseAccount(payload, erased.id)).toEqual({ ok: true })
  return ids
}

describe('the retention job', () => {
  let ids: Seeded
  let all: number[]

  beforeAll(async () => {
    ids = await seed()
    all = Object.values(ids)
  })

  it('in a dry run, lists what is past its retention and changes nothing', async () => {
    const before = await snapshot(all)
    const report = await applyRetention(payload, { dryRun: true, now: NOW })

    expect(
      report.giftIdentities
        .map((g) => g.id)
        .filter((id) => all.includes(id))
        .sort(),
    ).toEqual([ids.erasedOld, ids.erasedCompanyOld].sort())
    const receiptsListed = report.receiptFiles.map((r) => r.receiptId)
    const expectedReceipts = await Promise.all(
      [ids.erasedOld, ids.erasedCompanyOld, ids.erasedBoundary, ids.notErasedOld].map(
        async (id) => (await receiptOf(id)).id,
      ),
    )
    const ownReceipts = await Promise.all(all.map(async (id) => (await receiptOf(id)).id))
    expect(receiptsListed.filter((id) => ownReceipts.includes(id)).sort()).toEqual(expectedReceipts.sort())
    expect(report.giftIdentities.find((g) => g.id === ids.erasedOld)?.keptUntil).toBe(
      `${NOW.getUTCFullYear() - 1}-12-31`,
    )

    expect(await snapshot(all)).toEqual(before)
    for (const file of before.files) expect(fs.existsSync(pdfPath(file.filename))).toBe(true)
  })

  it('for real, anonymises only the expired identities of erased donors and deletes only the expired PDFs; amounts, numbers and the ledger stay', async () => {
    const before = await snapshot(all)
    const filesBefore = new Map(
      await Promise.all(all.map(async (id) => [id, (await snapshot([id])).files[0]?.filename as string] as const)),
    )
    const receiptsBefore = new Map(await Promise.all(all.map(async (id) => [id, await receiptOf(id)] as const)))

    const report = await applyRetention(payload, { now: NOW })
    expect(report.failed).toEqual([])

    // An erased person's gift past 10 years: no name, address, e-mail or message left, on the gift or its receipt.
    const old = await donationOf(ids.erasedOld)
    expect(old.identity).toEqual({
      firstName: null,
      lastName: null,
      email: null,
      address: null,
      postcode: null,
      city: null,
      country: null,
      companyName: null,
      legalForm: null,
      siren: null,
    })
    expect(old.message).toBeNull()
    expect(old.identityAnonymisedAt).toBe(NOW.toISOString())
    const oldReceipt = await receiptOf(ids.erasedOld)
    expect(oldReceipt).toMatchObject({
      donorName: null,
      donorEmail: null,
      donor: { firstName: null, lastName: null, address: null, postcode: null, city: null, country: null },
    })
    // A company keeps its name, legal form, SIREN and commune; its representative goes.
    const company = await donationOf(ids.erasedCompanyOld)
    expect(company.identity).toMatchObject({
      firstName: null,
      lastName: null,
      email: null,
      address: null,
      companyName: 'Boulangerie du Centre',
      legalForm: 'SARL',
      siren: '732829320',
      postcode: '95100',
      city: 'Argenteuil',
    })
    expect(await receiptOf(ids.erasedCompanyOld)).toMatchObject({
      donorName: 'Boulangerie du Centre',
      donorEmail: null,
      donor: { firstName: null, lastName: null, companyName: 'Boulangerie du Centre', siren: '732829320' },
    })

    // Kept: an erased donor's gift of 11 years ago (until 31 December), a recent one, and a donor who did not erase their account.
    for (const id of [ids.erasedBoundary, ids.erasedRecent, ids.notErasedOld, ids.receiptBoundary]) {
      const gift = await donationOf(id)
      expect(gift.identity).toMatchObject({ firstName: 'Damien', lastName: 'Martin', address: '3 rue des Lilas' })
      expect(gift.identityAnonymisedAt ?? null).toBeNull()
      expect((await receiptOf(id)).donor).toMatchObject({ firstName: 'Damien', lastName: 'Martin' })
    }

    // PDFs: those of receipts issued more than 6 years ago are deleted (file and row), the receipt marked; the others stay.
    for (const id of [ids.erasedOld, ids.erasedCompanyOld, ids.erasedBoundary, ids.notErasedOld]) {
      const receipt = await receiptOf(id)
      expect(receipt).toMatchObject({
        file: null,
        fileDeletedAt: NOW.toISOString(),
        number: receiptsBefore.get(id)!.number,
        amountCents: 5_000,
        status: 'live',
        year: receiptsBefore.get(id)!.year,
      })
      expect(fs.existsSync(pdfPath(filesBefore.get(id)!))).toBe(false)
    }
    for (const id of [ids.erasedRecent, ids.receiptBoundary]) {
      const receipt = await receiptOf(id)
      expect(receipt.fileDeletedAt ?? null).toBeNull()
      expect(receipt.file).toBe(receiptsBefore.get(id)!.file)
      expect(fs.existsSync(pdfPath(filesBefore.get(id)!))).toBe(true)
    }

    // Money untouched: amounts, statuses, references and every ledger row.
    const after = await snapshot(all)
    expect(after.ledger).toEqual(before.ledger)
    expect(
      after.donations.map(({ id, amount_cents, status, reference, project_id }) => ({
        id,
        amount_cents,
        status,
        reference,
        project_id,
      })),
    ).toEqual(
      before.donations.map(({ id, amount_cents, status, reference, project_id }) => ({
        id,
        amount_cents,
        status,
        reference,
        project_id,
      })),
    )

    // The receipts job does not render a deleted PDF again.
    await renderDueReceipts(payload, { receiptIds: [(await receiptOf(ids.notErasedOld)).id] })
    expect((await receiptOf(ids.notErasedOld)).file).toBeNull()
  })

  it('run again, changes nothing', async () => {
    const before = await snapshot(all)
    const report = await applyRetention(payload, { now: NOW })
    expect(report.giftIdentities.filter((g) => all.includes(g.id))).toEqual([])
    const ownReceipts = await Promise.all(all.map(async (id) => (await receiptOf(id)).id))
    expect(report.receiptFiles.filter((r) => ownReceipts.includes(r.receiptId))).toEqual([])
    expect(await snapshot(all)).toEqual(before)
  })
})
