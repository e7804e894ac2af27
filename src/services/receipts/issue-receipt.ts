import { APIError, type Payload } from 'payload'
import type { PoolClient } from 'pg'

import { parisDate } from '@/domain/projects/campaign-window'
import { amountInWords } from '@/domain/receipts/amount-in-words'
import { type ReceiptDecision, decideReceipt } from '@/domain/receipts/decision'
import { formatReceiptNumber } from '@/domain/receipts/numbering'
import { inSqlTransaction } from '@/services/db/sql-transaction'

export const PAYMENT_METHOD_LABELS: Record<string, string> = { card: 'Carte bancaire', sepa_debit: 'Prélèvement SEPA', transfer: 'Virement' }

export type IssueResult = { outcome: 'issued' | 'flagged'; receiptId: number; number: string | null } | { outcome: 'refused'; reason: string }

type DonorSnapshot = { firstName?: string | null; lastName?: string | null; companyName?: string | null; legalForm?: string | null; siren?: string | null; address?: string | null; postcode?: string | null; city?: string | null; country?: string | null }

/** The gift as a receipt needs it, locked; and what the rules decide for it. */
async function lockGift(db: PoolClient, donationId: number): Promise<{ gift: Record<string, unknown>; decision: ReceiptDecision } | null> {
  // SQL text: receipts are not moved to a typed store yet (README, "Architecture"); numbering under the issuer's row lock.
  const { rows } = await db.query(
    `SELECT d.*, p.status AS project_status, p.structure_id AS project_structure_id, s.eligible_for_receipts AS structure_eligible,
       (SELECT c.estimated_value_cents FROM projects_counterparts c WHERE c._parent_id = p.id AND c.label = d.counterpart LIMIT 1) AS counterpart_value,
       f.holder_id AS fund_holder_id, fh.eligible_for_receipts AS fund_holder_eligible
     FROM donations d JOIN projects p ON p.id = d.project_id LEFT JOIN structures s ON s.id = p.structure_id
     LEFT JOIN solidarity_fund_settings f ON true LEFT JOIN structures fh ON fh.id = f.holder_id
     WHERE d.id = $1 FOR UPDATE OF d`,
    [donationId],
  )
  const gift = rows[0]
  if (!gift) return null
  const decision = decideReceipt({
    imported: Boolean(gift.imported),
    status: gift.status,
    source: gift.source,
    wantsReceipt: gift.wants_receipt,
    overflow: gift.overflow,
    donorType: gift.donor_type,
    amountCents: Number(gift.amount_cents),
    counterpartValueCents: gift.counterpart_value === null ? null : Number(gift.counterpart_value),
    projectStatus: gift.project_status,
    projectStructure: gift.project_structure_id ? { id: gift.project_structure_id, eligible: Boolean(gift.structure_eligible) } : null,
    fundHolder: gift.fund_holder_id ? { id: gift.fund_holder_id, eligible: Boolean(gift.fund_holder_eligible) } : null,
  })
  return { gift, decision }
}

/**
 * The issuer's row locked until the transaction ends (concurrent issuances queue for it), and,
 * for a live receipt, the next sequence of its calendar year (Paris) with its number.
 */
async function allocate(db: PoolClient, issuerId: number, now: Date, live: boolean) {
  // SQL text: receipts are not moved to a typed store yet (README, "Architecture"); numbering under the issuer's row lock.
  const issuer = (await db.query('SELECT * FROM structures WHERE id = $1 FOR UPDATE', [issuerId])).rows[0]
  const year = Number(parisDate(now).slice(0, 4))
  if (!live) return { issuer, year, sequence: null, number: null }
  // SQL text: receipts are not moved to a typed store yet (README, "Architecture"); numbering under the issuer's row lock.
  const sequence = Number((await db.query('SELECT coalesce(max(sequence), 0) + 1 AS next FROM fiscal_receipts WHERE issuer_id = $1 AND year = $2', [issuerId, year])).rows[0].next)
  return { issuer, year, sequence, number: formatReceiptNumber(issuer.issuer_code, year, sequence) }
}

/** The issuer's details as the receipt prints them, in the order of the `issuer_snapshot_*` columns. */
const ISSUER_SNAPSHOT_COLUMNS = 'issuer_snapshot_name, issuer_snapshot_legal_id, issuer_snapshot_address, issuer_snapshot_purpose, issuer_snapshot_signatory_name, issuer_snapshot_signatory_role, issuer_snapshot_signature_id'
const issuerSnapshot = (issuer: Record<string, unknown>) => [issuer.name, issuer.legal_id, issuer.address, issuer.purpose, issuer.signatory_name, issuer.signatory_role, issuer.signatory_signature_id ?? null]

/**
 * Writes one receipt in `db`'s transaction: the issuer's row is locked, the next sequence of its
 * year allocated, and the receipt inserted with the issuer's and the donor's details as they are
 * now. The unique constraints (number; issuer, year, sequence; one live receipt per gift) are the
 * last guard against a duplicate.
 */
export async function insertReceipt(
  db: PoolClient,
  { gift, issuerId, form, status, now, donor, replaces, note }: { gift: Record<string, unknown>; issuerId: number; form: string; status: 'live' | 'flagged'; now: Date; donor: DonorSnapshot; replaces?: number; note?: string },
): Promise<{ id: number; number: string | null }> {
  const { issuer, year, sequence, number } = await allocate(db, issuerId, now, status === 'live')
  const amount = Number(gift.amount_cents)
  const donorName = donor.companyName || [donor.firstName, donor.lastName].filter(Boolean).join(' ')
  // SQL text: receipts are not moved to a typed store yet (README, "Architecture"); numbering under the issuer's row lock.
  const { rows } = await db.query(
    `INSERT INTO fiscal_receipts (number, status, form, issuer_id, year, sequence, issued_at, donation_id, amount_cents, amount_in_words, gift_date, payment_method,
       donor_user_id, donor_email, donor_name, donor_first_name, donor_last_name, donor_company_name, donor_legal_form, donor_siren, donor_address, donor_postcode, donor_city, donor_country,
       replaces_id, note, ${ISSUER_SNAPSHOT_COLUMNS})
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33) RETURNING id`,
    [number, status, form, issuerId, year, sequence, now, gift.id, amount, amountInWords(amount), gift.paid_at ?? now, PAYMENT_METHOD_LABELS[String(gift.payment_method)] ?? 'Virement',
      gift.donor_id ?? null, gift.identity_email ? String(gift.identity_email).toLowerCase() : null, donorName, donor.firstName ?? null, donor.lastName ?? null, donor.companyName ?? null, donor.legalForm ?? null,
      donor.siren ?? null, donor.address ?? null, donor.postcode ?? null, donor.city ?? null, donor.country ?? null,
      replaces ?? null, note ?? null, ...issuerSnapshot(issuer)],
  )
  return { id: rows[0].id, number }
}

const snapshotOf = (gift: Record<string, unknown>): DonorSnapshot => ({
  firstName: gift.identity_first_name as string,
  lastName: gift.identity_last_name as string,
  companyName: gift.donor_type === 'company' ? (gift.identity_company_name as string) : null,
  legalForm: gift.donor_type === 'company' ? (gift.identity_legal_form as string) : null,
  siren: gift.donor_type === 'company' ? (gift.identity_siren as string) : null,
  address: gift.identity_address as string,
  postcode: gift.identity_postcode as string,
  city: gift.identity_city as string,
  country: gift.identity_country as string,
})

/**
 * Issues the tax receipt of one gift, in one transaction with the gift's row locked: refused (with
 * the reason) when the money is not final, the gift refunded, the issuer not eligible, or the gift
 * already has a receipt; flagged without a number when its counterpart is worth too much.
 */
export async function issueReceipt(payload: Payload, donationId: number, now = new Date()): Promise<IssueResult> {
  return inSqlTransaction(payload, async (db): Promise<IssueResult> => {
    const locked = await lockGift(db, donationId)
    if (!locked) return { outcome: 'refused', reason: 'Don introuvable.' }
    // SQL text: receipts are not moved to a typed store yet (README, "Architecture"); numbering under the issuer's row lock.
    const existing = (await db.query(`SELECT number, status FROM fiscal_receipts WHERE donation_id = $1 AND status IN ('live', 'flagged') LIMIT 1`, [donationId])).rows[0]
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
  return inSqlTransaction(payload, async (db) => {
    // SQL text: receipts are not moved to a typed store yet (README, "Architecture"); numbering under the issuer's row lock.
    const old = (await db.query(`SELECT * FROM fiscal_receipts WHERE id = $1 FOR UPDATE`, [receiptId])).rows[0]
    if (!old || old.status !== 'live') throw new APIError('Seul un reçu valide peut être annulé et remplacé.', 409)
    // SQL text: receipts are not moved to a typed store yet (README, "Architecture"); numbering under the issuer's row lock.
    const gift = (await db.query('SELECT * FROM donations WHERE id = $1 FOR UPDATE', [old.donation_id])).rows[0]
    // SQL text: receipts are not moved to a typed store yet (README, "Architecture"); numbering under the issuer's row lock.
    await db.query(`UPDATE fiscal_receipts SET status = 'cancelled', note = $1, updated_at = now() WHERE id = $2`, [reason, receiptId])
    const current: DonorSnapshot = {
      firstName: old.donor_first_name, lastName: old.donor_last_name, companyName: old.donor_company_name, legalForm: old.donor_legal_form, siren: old.donor_siren,
      address: old.donor_address, postcode: old.donor_postcode, city: old.donor_city, country: old.donor_country,
    }
    const next = await insertReceipt(db, { gift, issuerId: old.issuer_id, form: old.form, status: 'live', now, donor: { ...current, ...donor }, replaces: receiptId, note: `Annule et remplace le reçu n° ${old.number}.` })
    // SQL text: receipts are not moved to a typed store yet (README, "Architecture"); numbering under the issuer's row lock.
    await db.query('UPDATE fiscal_receipts SET replaced_by_id = $1 WHERE id = $2', [next.id, receiptId])
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
  return inSqlTransaction(payload, async (db): Promise<{ id: number; status: 'live' | 'declined'; number: string | null }> => {
    // SQL text: receipts are not moved to a typed store yet (README, "Architecture"); numbering under the issuer's row lock.
    const flagged = (await db.query('SELECT id, status, issuer_id FROM fiscal_receipts WHERE id = $1 FOR UPDATE', [receiptId])).rows[0]
    if (!flagged || flagged.status !== 'flagged') throw new APIError('Seul un reçu en attente de vérification peut être émis ou écarté.', 409)
    if (decision === 'decline') {
      // SQL text: receipts are not moved to a typed store yet (README, "Architecture"); numbering under the issuer's row lock.
      await db.query(`UPDATE fiscal_receipts SET status = 'declined', note = $1, updated_at = now() WHERE id = $2`, [`Sans reçu, contrepartie excessive : ${reason}`, receiptId])
      return { id: receiptId, status: 'declined', number: null }
    }
    const { issuer, year, sequence, number } = await allocate(db, flagged.issuer_id, now, true)
    // SQL text: receipts are not moved to a typed store yet (README, "Architecture"); numbering under the issuer's row lock.
    await db.query(
      `UPDATE fiscal_receipts SET status = 'live', number = $1, year = $2, sequence = $3, issued_at = $4, note = $5, updated_at = now(),
         (${ISSUER_SNAPSHOT_COLUMNS}) = ($7, $8, $9, $10, $11, $12, $13) WHERE id = $6`,
      [number, year, sequence, now, `Contrepartie vérifiée : ${reason}`, receiptId, ...issuerSnapshot(issuer)],
    )
    return { id: receiptId, status: 'live', number }
  })
}
