import { APIError, type Payload } from 'payload'
import type { PoolClient } from 'pg'

import { parisDate } from '@/domain/projects/campaign-window'
import { amountInWords } from '@/domain/receipts/amount-in-words'
import { type ReceiptDecision, decideReceipt } from '@/domain/receipts/decision'
import { formatReceiptNumber } from '@/domain/receipts/numbering'
import { inSqlTransaction } from '@/services/db/sql-transaction'

export const PAYMENT_METHOD_LABELS: Record<string, string> = {
  card: 'Carte bancaire',
  sepa_debit: 'Prélèvement SEPA',
  transfer: 'Virement',
}

export type IssueResult =
  { outcome: 'issued' | 'flagged'; receiptId: number; number: string | null } | { outcome: 'refused'; reason: string }

type DonorSnapshot = {
  firstName?: string | null
  lastName?: string | null
  companyName?: string | null
  legalForm?: string | null
  siren?: string | null
  address?: string | null
  postcode?: string | null
  city?: string | null
  country?: string | null
}

/** The gifts as a receipt needs them, locked in id order; and what the rules decide for each. */
async function lockGifts(
  db: PoolClient,
  donationIds: readonly number[],
): Promise<Map<number, { gift: Record<string, unknown>; decision: ReceiptDecision }>> {
  // SQL text: receipts are not moved to a typed store yet (README, "Architecture"); numbering under the issuer's row lock.
  const { rows } = await db.query(
    `SELECT d.*, p.status AS project_status, p.structure_id AS project_structure_id, s.eligible_for_receipts AS structure_eligible,
       (SELECT c.estimated_value_cents FROM projects_counterparts c WHERE c._parent_id = p.id AND c.label = d.counterpart LIMIT 1) AS counterpart_value,
       f.holder_id AS fund_holder_id, fh.eligible_for_receipts AS fund_holder_eligible
     FROM donations d JOIN projects p ON p.id = d.project_id LEFT JOIN structures s ON s.id = p.structure_id
     LEFT JOIN solidarity_fund_settings f ON true LEFT JOIN structures fh ON fh.id = f.holder_id
     WHERE d.id = ANY($1::int[]) ORDER BY d.id FOR UPDATE OF d`,
    [`{${donationIds.join(',')}}`],
  )
  const locked = new Map<number, { gift: Record<string, unknown>; decision: ReceiptDecision }>()
  for (const gift of rows) {
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
      projectStructure: gift.project_structure_id
        ? { id: gift.project_structure_id, eligible: Boolean(gift.structure_eligible) }
        : null,
      fundHolder: gift.fund_holder_id
        ? { id: gift.fund_holder_id, eligible: Boolean(gift.fund_holder_eligible) }
        : null,
    })
    locked.set(Number(gift.id), { gift, decision })
  }
  return locked
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
  const sequence = Number(
    (
      await db.query(
        'SELECT coalesce(max(sequence), 0) + 1 AS next FROM fiscal_receipts WHERE issuer_id = $1 AND year = $2',
        [issuerId, year],
      )
    ).rows[0].next,
  )
  return { issuer, year, sequence, number: formatReceiptNumber(issuer.issuer_code, year, sequence) }
}

/** The issuer's details as the receipt prints them, in the order of the `issuer_snapshot_*` columns. */
const ISSUER_SNAPSHOT_COLUMNS =
  'issuer_snapshot_name, issuer_snapshot_legal_id, issuer_snapshot_address, issuer_snapshot_purpose, issuer_snapshot_signatory_name, issuer_snapshot_signatory_role, issuer_snapshot_signature_id'
const issuerSnapshot = (issuer: Record<string, unknown>) => [
  issuer.name,
  issuer.legal_id,
  issuer.address,
  issuer.purpose,
  issuer.signatory_name,
  issuer.signatory_role,
  issuer.signatory_signature_id ?? null,
]

type NewReceipt = {
  gift: Record<string, unknown>
  form: string
  status: 'live' | 'flagged'
  donor: DonorSnapshot
  replaces?: number
  note?: string
}
const RECEIPT_COLUMNS = `number, status, form, issuer_id, year, sequence, issued_at, donation_id, amount_cents, amount_in_words, gift_date, payment_method,
  donor_user_id, donor_email, donor_name, donor_first_name, donor_last_name, donor_company_name, donor_legal_form, donor_siren, donor_address, donor_postcode, donor_city, donor_country,
  replaces_id, note, ${ISSUER_SNAPSHOT_COLUMNS}`
const RECEIPT_COLUMN_COUNT = RECEIPT_COLUMNS.split(',').length

/**
 * Writes receipts of one issuer in `db`'s transaction, in the given order: the issuer's row is
 * locked, the next sequences of its year allocated one after the other to the live ones, and the
 * receipts inserted in one statement with the issuer's and the donors' details as they are now.
 * The unique constraints (number; issuer, year, sequence; one live receipt per gift) are the last
 * guard against a duplicate.
 */
async function insertReceipts(
  db: PoolClient,
  issuerId: number,
  receipts: NewReceipt[],
  now: Date,
): Promise<{ id: number; number: string | null }[]> {
  if (!receipts.length) return []
  const {
    issuer,
    year,
    sequence: first,
  } = await allocate(
    db,
    issuerId,
    now,
    receipts.some((r) => r.status === 'live'),
  )
  let next = first ?? 0
  const values: unknown[] = []
  const numbers: (string | null)[] = []
  for (const { gift, form, status, donor, replaces, note } of receipts) {
    const sequence = status === 'live' ? next++ : null
    const number = sequence === null ? null : formatReceiptNumber(issuer.issuer_code, year, sequence)
    numbers.push(number)
    const amount = Number(gift.amount_cents)
    const donorName = donor.companyName || [donor.firstName, donor.lastName].filter(Boolean).join(' ')
    values.push(
      number,
      status,
      form,
      issuerId,
      year,
      sequence,
      now,
      gift.id,
      amount,
      amountInWords(amount),
      gift.paid_at ?? now,
      PAYMENT_METHOD_LABELS[String(gift.payment_method)] ?? 'Virement',
      gift.donor_id ?? null,
      gift.identity_email ? String(gift.identity_email).toLowerCase() : null,
      donorName,
      donor.firstName ?? null,
      donor.lastName ?? null,
      donor.companyName ?? null,
      donor.legalForm ?? null,
      donor.siren ?? null,
      donor.address ?? null,
      donor.postcode ?? null,
      donor.city ?? null,
      donor.country ?? null,
      replaces ?? null,
      note ?? null,
      ...issuerSnapshot(issuer),
    )
  }
  const rowsSql = receipts
    .map(
      (_, i) =>
        `(${Array.from({ length: RECEIPT_COLUMN_COUNT }, (_, j) => `$${i * RECEIPT_COLUMN_COUNT + j + 1}`).join(', ')})`,
    )
    .join(',\n')
  // Matched by gift (one receipt each per statement): RETURNING promises no order.
  // SQL text: receipts are not moved to a typed store yet (README, "Architecture"); numbering under the issuer's row lock.
  const { rows } = await db.query(
    `INSERT INTO fiscal_receipts (${RECEIPT_COLUMNS}) VALUES ${rowsSql} RETURNING id, donation_id`,
    values,
  )
  const idOf = new Map(rows.map((r) => [Number(r.donation_id), Number(r.id)]))
  return receipts.map((r, i) => ({ id: idOf.get(Number(r.gift.id))!, number: numbers[i] }))
}

/** One receipt (`insertReceipts`). */
export async function insertReceipt(
  db: PoolClient,
  { issuerId, now, ...receipt }: NewReceipt & { issuerId: number; now: Date },
): Promise<{ id: number; number: string | null }> {
  return (await insertReceipts(db, issuerId, [receipt], now))[0]
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

/** Gifts issued per transaction (a wave of closed campaigns has thousands of receipts to number). */
export const RECEIPTS_PER_TRANSACTION = 500

/**
 * Issues the tax receipts of gifts (at most RECEIPTS_PER_TRANSACTION), in one transaction with the
 * gifts' rows locked: each is refused (with the reason) when the money is not final, the gift
 * refunded, the issuer not eligible, or the gift already has a receipt; flagged without a number
 * when its counterpart is worth too much; issued otherwise, each issuer's numbers following the
 * gifts' order. Results in the order of `donationIds`.
 */
export async function issueReceipts(
  payload: Payload,
  donationIds: readonly number[],
  now = new Date(),
): Promise<IssueResult[]> {
  if (!donationIds.length) return []
  return inSqlTransaction(payload, async (db): Promise<IssueResult[]> => {
    const locked = await lockGifts(db, donationIds)
    // SQL text: receipts are not moved to a typed store yet (README, "Architecture"); numbering under the issuer's row lock.
    const { rows: existing } = await db.query(
      `SELECT donation_id, number FROM fiscal_receipts WHERE donation_id = ANY($1::int[]) AND status IN ('live', 'flagged')`,
      [`{${donationIds.join(',')}}`],
    )
    const existingOf = new Map(existing.map((r) => [Number(r.donation_id), r.number as string | null]))
    const results = new Map<number, IssueResult>()
    const byIssuer = new Map<number, { donationId: number; receipt: NewReceipt }[]>()
    for (const donationId of [...new Set(donationIds)].sort((a, b) => a - b)) {
      const entry = locked.get(donationId)
      if (!entry) {
        results.set(donationId, { outcome: 'refused', reason: 'Don introuvable.' })
        continue
      }
      if (existingOf.has(donationId)) {
        const number = existingOf.get(donationId)
        results.set(donationId, {
          outcome: 'refused',
          reason: number
            ? `Ce don a déjà un reçu fiscal (n° ${number}).`
            : 'Ce don attend déjà la vérification de sa contrepartie.',
        })
        continue
      }
      const { gift, decision } = entry
      if (decision.action === 'refuse') {
        results.set(donationId, { outcome: 'refused', reason: decision.reason })
        continue
      }
      const receipt: NewReceipt = {
        gift,
        form: decision.form,
        status: decision.action === 'flag' ? 'flagged' : 'live',
        donor: snapshotOf(gift),
        note: decision.action === 'flag' ? decision.reason : undefined,
      }
      byIssuer.set(decision.issuerId, [...(byIssuer.get(decision.issuerId) ?? []), { donationId, receipt }])
    }
    // Issuers locked in id order: two batches never wait for each other's issuer in a cycle.
    for (const [issuerId, items] of [...byIssuer].sort(([a], [b]) => a - b)) {
      const written = await insertReceipts(
        db,
        issuerId,
        items.map((item) => item.receipt),
        now,
      )
      items.forEach(({ donationId, receipt }, i) =>
        results.set(donationId, {
          outcome: receipt.status === 'live' ? 'issued' : 'flagged',
          receiptId: written[i].id,
          number: written[i].number,
        }),
      )
    }
    return donationIds.map((id) => results.get(id)!)
  })
}

/** The tax receipt of one gift (`issueReceipts`). */
export async function issueReceipt(payload: Payload, donationId: number, now = new Date()): Promise<IssueResult> {
  return (await issueReceipts(payload, [donationId], now))[0]
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
export async function reissueReceipt(
  payload: Payload,
  receiptId: number,
  { reason, donor }: { reason: string; donor: DonorSnapshot },
  now = new Date(),
) {
  return inSqlTransaction(payload, async (db) => {
    // SQL text: receipts are not moved to a typed store yet (README, "Architecture"); numbering under the issuer's row lock.
    const old = (await db.query(`SELECT * FROM fiscal_receipts WHERE id = $1 FOR UPDATE`, [receiptId])).rows[0]
    if (!old || old.status !== 'live') throw new APIError('Seul un reçu valide peut être annulé et remplacé.', 409)
    // SQL text: receipts are not moved to a typed store yet (README, "Architecture"); numbering under the issuer's row lock.
    const gift = (await db.query('SELECT * FROM donations WHERE id = $1 FOR UPDATE', [old.donation_id])).rows[0]
    // SQL text: receipts are not moved to a typed store yet (README, "Architecture"); numbering under the issuer's row lock.
    await db.query(`UPDATE fiscal_receipts SET status = 'cancelled', note = $1, updated_at = now() WHERE id = $2`, [
      reason,
      receiptId,
    ])
    const current: DonorSnapshot = {
      firstName: old.donor_first_name,
      lastName: old.donor_last_name,
      companyName: old.donor_company_name,
      legalForm: old.donor_legal_form,
      siren: old.donor_siren,
      address: old.donor_address,
      postcode: old.donor_postcode,
      city: old.donor_city,
      country: old.donor_country,
    }
    const next = await insertReceipt(db, {
      gift,
      issuerId: old.issuer_id,
      form: old.form,
      status: 'live',
      now,
      donor: { ...current, ...donor },
      replaces: receiptId,
      note: `Annule et remplace le reçu n° ${old.number}.`,
    })
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
export async function resolveFlaggedReceipt(
  payload: Payload,
  receiptId: number,
  { decision, reason }: FlagDecision,
  now = new Date(),
) {
  return inSqlTransaction(
    payload,
    async (db): Promise<{ id: number; status: 'live' | 'declined'; number: string | null }> => {
      // SQL text: receipts are not moved to a typed store yet (README, "Architecture"); numbering under the issuer's row lock.
      const flagged = (
        await db.query('SELECT id, status, issuer_id FROM fiscal_receipts WHERE id = $1 FOR UPDATE', [receiptId])
      ).rows[0]
      if (!flagged || flagged.status !== 'flagged')
        throw new APIError('Seul un reçu en attente de vérification peut être émis ou écarté.', 409)
      if (decision === 'decline') {
        // SQL text: receipts are not moved to a typed store yet (README, "Architecture"); numbering under the issuer's row lock.
        await db.query(`UPDATE fiscal_receipts SET status = 'declined', note = $1, updated_at = now() WHERE id = $2`, [
          `Sans reçu, contrepartie excessive : ${reason}`,
          receiptId,
        ])
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
    },
  )
}
