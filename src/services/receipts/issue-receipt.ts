import { and, eq, inArray, sql } from '@payloadcms/db-postgres/drizzle'
import { alias } from '@payloadcms/db-postgres/drizzle/pg-core'
import { APIError, type Payload } from 'payload'

import { parisDate } from '@/domain/projects/campaign-window'
import { amountInWords } from '@/domain/receipts/amount-in-words'
import { type ReceiptDecision, type ReceiptForm, decideReceipt } from '@/domain/receipts/decision'
import { formatReceiptNumber } from '@/domain/receipts/numbering'
import { donations, fiscal_receipts, projects, projects_counterparts, solidarity_fund_settings, structures } from '@/payload-generated-schema'
import { type Db, inDbTransaction } from '@/services/db/drizzle'

export const PAYMENT_METHOD_LABELS: Record<string, string> = { card: 'Carte bancaire', sepa_debit: 'Prélèvement SEPA', transfer: 'Virement' }

export type IssueResult = { outcome: 'issued' | 'flagged'; receiptId: number; number: string | null } | { outcome: 'refused'; reason: string }

type DonorSnapshot = { firstName?: string | null; lastName?: string | null; companyName?: string | null; legalForm?: string | null; siren?: string | null; address?: string | null; postcode?: string | null; city?: string | null; country?: string | null }

type Gift = typeof donations.$inferSelect
type Issuer = typeof structures.$inferSelect

const fundHolder = alias(structures, 'fh')

/** The gift as a receipt needs it, locked; and what the rules decide for it. */
async function lockGift(db: Db, donationId: number): Promise<{ gift: Gift; decision: ReceiptDecision } | null> {
  const [row] = await db
    .select({
      gift: donations, projectStatus: projects.status, projectStructureId: projects.structure, structureEligible: structures.eligibleForReceipts,
      counterpartValue: sql<string | null>`(SELECT ${projects_counterparts.estimatedValueCents} FROM ${projects_counterparts} WHERE ${projects_counterparts._parentID} = ${projects.id} AND ${projects_counterparts.label} = ${donations.counterpart} LIMIT 1)`,
      fundHolderId: solidarity_fund_settings.holder, fundHolderEligible: fundHolder.eligibleForReceipts,
    })
    .from(donations)
    .innerJoin(projects, eq(projects.id, donations.project))
    .leftJoin(structures, eq(structures.id, projects.structure))
    .leftJoin(solidarity_fund_settings, sql`true`)
    .leftJoin(fundHolder, eq(fundHolder.id, solidarity_fund_settings.holder))
    .where(eq(donations.id, donationId))
    .for('update', { of: donations })
  if (!row) return null
  const { gift } = row
  const decision = decideReceipt({
    imported: Boolean(gift.imported),
    status: gift.status,
    source: gift.source,
    wantsReceipt: Boolean(gift.wantsReceipt),
    overflow: Boolean(gift.overflow),
    donorType: gift.donorType,
    amountCents: gift.amountCents,
    counterpartValueCents: row.counterpartValue === null ? null : Number(row.counterpartValue),
    projectStatus: row.projectStatus,
    projectStructure: row.projectStructureId ? { id: row.projectStructureId, eligible: Boolean(row.structureEligible) } : null,
    fundHolder: row.fundHolderId ? { id: row.fundHolderId, eligible: Boolean(row.fundHolderEligible) } : null,
  })
  return { gift, decision }
}

/**
 * The issuer's row locked until the transaction ends (concurrent issuances queue for it), and,
 * for a live receipt, the next sequence of its calendar year (Paris) with its number.
 */
async function allocate(db: Db, issuerId: number, now: Date, live: boolean) {
  const [issuer] = await db.select().from(structures).where(eq(structures.id, issuerId)).for('update')
  const year = Number(parisDate(now).slice(0, 4))
  if (!live) return { issuer, year, sequence: null, number: null }
  const [next] = await db
    .select({ sequence: sql<string>`coalesce(max(${fiscal_receipts.sequence}), 0) + 1` })
    .from(fiscal_receipts)
    .where(and(eq(fiscal_receipts.issuer, issuerId), eq(fiscal_receipts.year, year)))
  const sequence = Number(next.sequence)
  return { issuer, year, sequence, number: formatReceiptNumber(String(issuer.issuerCode), year, sequence) }
}

/** The issuer's details as the receipt prints them (the `issuerSnapshot` columns). */
const issuerSnapshot = (issuer: Issuer) => ({
  issuerSnapshot_name: issuer.name, issuerSnapshot_legalId: issuer.legalId, issuerSnapshot_address: issuer.address, issuerSnapshot_purpose: issuer.purpose,
  issuerSnapshot_signatoryName: issuer.signatory_name, issuerSnapshot_signatoryRole: issuer.signatory_role, issuerSnapshot_signature: issuer.signatory_signature ?? null,
})

/**
 * Writes one receipt in `db`'s transaction: the issuer's row is locked, the next sequence of its
 * year allocated, and the receipt inserted with the issuer's and the donor's details as they are
 * now. The unique constraints (number; issuer, year, sequence; one live receipt per gift) are the
 * last guard against a duplicate.
 */
async function insertReceipt(
  db: Db,
  { gift, issuerId, form, status, now, donor, replaces, note }: { gift: Gift; issuerId: number; form: ReceiptForm; status: 'live' | 'flagged'; now: Date; donor: DonorSnapshot; replaces?: number; note?: string },
): Promise<{ id: number; number: string | null }> {
  const { issuer, year, sequence, number } = await allocate(db, issuerId, now, status === 'live')
  const amount = gift.amountCents
  const donorName = donor.companyName || [donor.firstName, donor.lastName].filter(Boolean).join(' ')
  const [row] = await db
    .insert(fiscal_receipts)
    .values({
      number, status, form, issuer: issuerId, year, sequence, issuedAt: now.toISOString(), donation: gift.id, amountCents: amount, amountInWords: amountInWords(amount),
      giftDate: gift.paidAt ?? now.toISOString(), paymentMethod: PAYMENT_METHOD_LABELS[String(gift.paymentMethod)] ?? 'Virement',
      donorUser: gift.donor ?? null, donorEmail: gift.identity_email ? gift.identity_email.toLowerCase() : null, donorName,
      donor_firstName: donor.firstName ?? null, donor_lastName: donor.lastName ?? null, donor_companyName: donor.companyName ?? null, donor_legalForm: donor.legalForm ?? null,
      donor_siren: donor.siren ?? null, donor_address: donor.address ?? null, donor_postcode: donor.postcode ?? null, donor_city: donor.city ?? null, donor_country: donor.country ?? null,
      replaces: replaces ?? null, note: note ?? null, ...issuerSnapshot(issuer),
    })
    .returning({ id: fiscal_receipts.id })
  return { id: row.id, number }
}

const snapshotOf = (gift: Gift): DonorSnapshot => ({
  firstName: gift.identity_firstName,
  lastName: gift.identity_lastName,
  companyName: gift.donorType === 'company' ? gift.identity_companyName : null,
  legalForm: gift.donorType === 'company' ? gift.identity_legalForm : null,
  siren: gift.donorType === 'company' ? gift.identity_siren : null,
  address: gift.identity_address,
  postcode: gift.identity_postcode,
  city: gift.identity_city,
  country: gift.identity_country,
})

/**
 * Issues the tax receipt of one gift, in one transaction with the gift's row locked: refused (with
 * the reason) when the money is not final, the gift refunded, the issuer not eligible, or the gift
 * already has a receipt; flagged without a number when its counterpart is worth too much.
 */
export async function issueReceipt(payload: Payload, donationId: number, now = new Date()): Promise<IssueResult> {
  return inDbTransaction(payload, async (db): Promise<IssueResult> => {
    const locked = await lockGift(db, donationId)
    if (!locked) return { outcome: 'refused', reason: 'Don introuvable.' }
    const [existing] = await db
      .select({ number: fiscal_receipts.number })
      .from(fiscal_receipts)
      .where(and(eq(fiscal_receipts.donation, donationId), inArray(fiscal_receipts.status, ['live', 'flagged'])))
      .limit(1)
    if (existing) return { outcome: 'refused', reason: existing.number ? `Ce don a déjà un reçu fiscal (n° ${existing.number}).` : 'Ce don attend déjà la vérification de sa contrepartie.' }
    const { gift, decision } = locked
    if (decision.action === 'refuse') return { outcome: 'refused', reason: decision.reason }
    const status = decision.action === 'flag' ? 'flagged' : 'live'
    const receipt = await insertReceipt(db, { gift, issuerId: decision.issuerId, form: decision.form, status, now, donor: snapshotOf(gift), note: decision.action === 'flag' ? decision.reason : undefined })
    return { outcome: status === 'live' ? 'issued' : 'flagged', receiptId: receipt.id, number: receipt.number }
  })
}

/** The same for an explicit request (a manager's or an admin's): a refusal is a 409 with its reason. */
export async function issueReceiptOrFail(payload: Payload, donationId: number, now = new Date()) {
  const result = await issueReceipt(payload, donationId, now)
  if (result.outcome === 'refused') throw new APIError(result.reason, 409)
  return result
}

/**
 * Cancels a live receipt and issues its replacement (e.g. a corrected address) in one transaction:
 * the cancelled receipt keeps its number and links to the new one, which links back; the gift
 * keeps exactly one live receipt.
 */
export async function reissueReceipt(payload: Payload, receiptId: number, { reason, donor }: { reason: string; donor: DonorSnapshot }, now = new Date()) {
  return inDbTransaction(payload, async (db) => {
    const [old] = await db.select().from(fiscal_receipts).where(eq(fiscal_receipts.id, receiptId)).for('update')
    if (!old || old.status !== 'live') throw new APIError('Seul un reçu valide peut être annulé et remplacé.', 409)
    const [gift] = await db.select().from(donations).where(eq(donations.id, old.donation)).for('update')
    await db.update(fiscal_receipts).set({ status: 'cancelled', note: reason, updatedAt: sql`now()` }).where(eq(fiscal_receipts.id, receiptId))
    const current: DonorSnapshot = {
      firstName: old.donor_firstName, lastName: old.donor_lastName, companyName: old.donor_companyName, legalForm: old.donor_legalForm, siren: old.donor_siren,
      address: old.donor_address, postcode: old.donor_postcode, city: old.donor_city, country: old.donor_country,
    }
    const next = await insertReceipt(db, { gift, issuerId: old.issuer, form: old.form, status: 'live', now, donor: { ...current, ...donor }, replaces: receiptId, note: `Annule et remplace le reçu n° ${old.number}.` })
    await db.update(fiscal_receipts).set({ replacedBy: next.id }).where(eq(fiscal_receipts.id, receiptId))
    return next
  })
}

export type FlagDecision = { decision: 'issue' | 'decline'; reason: string }

/**
 * A manager's decision on a receipt flagged for its counterpart, in one transaction with the
 * receipt's row locked:
 * - `issue`: the counterpart was checked (not given, or worth less than estimated): the receipt
 *   takes the next number of its issuer's year, is dated now with the issuer's current details,
 *   and is rendered by the jobs queue like any other;
 * - `decline`: the counterpart breaks the allowance: this gift gets no receipt, and the job never
 *   issues one for it.
 * The reason is kept on the receipt either way.
 */
export async function resolveFlaggedReceipt(payload: Payload, receiptId: number, { decision, reason }: FlagDecision, now = new Date()) {
  return inDbTransaction(payload, async (db): Promise<{ id: number; status: 'live' | 'declined'; number: string | null }> => {
    const [flagged] = await db.select({ status: fiscal_receipts.status, issuer: fiscal_receipts.issuer }).from(fiscal_receipts).where(eq(fiscal_receipts.id, receiptId)).for('update')
    if (!flagged || flagged.status !== 'flagged') throw new APIError('Seul un reçu en attente de vérification peut être émis ou écarté.', 409)
    if (decision === 'decline') {
      await db.update(fiscal_receipts).set({ status: 'declined', note: `Sans reçu, contrepartie excessive : ${reason}`, updatedAt: sql`now()` }).where(eq(fiscal_receipts.id, receiptId))
      return { id: receiptId, status: 'declined', number: null }
    }
    const { issuer, year, sequence, number } = await allocate(db, flagged.issuer, now, true)
    await db
      .update(fiscal_receipts)
      .set({ status: 'live', number, year, sequence, issuedAt: now.toISOString(), note: `Contrepartie vérifiée : ${reason}`, updatedAt: sql`now()`, ...issuerSnapshot(issuer) })
      .where(eq(fiscal_receipts.id, receiptId))
    return { id: receiptId, status: 'live', number }
  })
}
