import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import {
  ANONYMISED_IDENTITY_FIELDS,
  giftRecordsKeptUntil,
  isPastRetention,
  lastGiftYearPastRetention,
  lastReceiptYearPastRetention,
  receiptKeptUntil,
} from '@/domain/accounts/retention'
import { inLocalTransaction } from '@/services/db/local-transaction'
import { reqSql } from '@/services/db/req-sql'
import { inSqlTransaction, sqlQuery } from '@/services/db/sql-transaction'

export type ExpiredGift = {
  id: number
  reference: string
  donorType: 'individual' | 'company'
  giftDate: string
  keptUntil: string
}
export type ExpiredReceiptFile = {
  receiptId: number
  number: string
  year: number
  fileId: number
  filename: string
  keptUntil: string
}
/** What is (or, in a dry run, would be) done; `failed`: the receipts whose PDF could not be deleted this time (logged, retried next run). */
export type RetentionReport = {
  dryRun: boolean
  giftIdentities: ExpiredGift[]
  receiptFiles: ExpiredReceiptFile[]
  failed: string[]
}

const snakeCase = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)

/** `SET` clauses clearing the identity fields the rule removes, on columns named `<prefix><field>` (code constants only). */
const clearing = (prefix: string, donorType: 'individual' | 'company') =>
  ANONYMISED_IDENTITY_FIELDS[donorType].map((field) => `${prefix}${snakeCase(field)} = NULL`).join(', ')

/** Erased donors' gifts whose accounting retention has ended and whose identity is still there. */
async function expiredGifts(payload: Payload, now: Date): Promise<ExpiredGift[]> {
  // SQL text: set-based anonymisation whose cleared columns depend on the donor type (GDPR retention).
  const { rows } = await sqlQuery(
    payload,
    `SELECT id, reference, donor_type, created_at FROM donations
     WHERE donor_erased_at IS NOT NULL AND identity_anonymised_at IS NULL
       AND extract(year FROM created_at AT TIME ZONE 'Europe/Paris') <= $1
     ORDER BY id`,
    [lastGiftYearPastRetention(now)],
  )
  return rows
    .map((row) => {
      const giftDate = new Date(row.created_at).toISOString()
      return {
        id: Number(row.id),
        reference: String(row.reference),
        donorType: row.donor_type,
        giftDate,
        keptUntil: giftRecordsKeptUntil(giftDate),
      }
    })
    .filter((gift) => isPastRetention(gift.keptUntil, now))
}

/** Receipts whose PDF is still stored though its retention has ended. */
async function expiredReceiptFiles(payload: Payload, now: Date): Promise<ExpiredReceiptFile[]> {
  // SQL text: set-based anonymisation whose cleared columns depend on the donor type (GDPR retention).
  const { rows } = await sqlQuery(
    payload,
    `SELECT r.id, r.number, r.year, r.file_id, f.filename FROM fiscal_receipts r JOIN receipt_files f ON f.id = r.file_id
     WHERE r.file_deleted_at IS NULL AND r.year <= $1
     ORDER BY r.id`,
    [lastReceiptYearPastRetention(now)],
  )
  return rows
    .map((row) => ({
      receiptId: Number(row.id),
      number: String(row.number),
      year: Number(row.year),
      fileId: Number(row.file_id),
      filename: String(row.filename),
      keptUntil: receiptKeptUntil(Number(row.year)),
    }))
    .filter((receipt) => isPastRetention(receipt.keptUntil, now))
}

/**
 * Erased donors' identities on their gifts and on the receipts of those gifts, in one transaction:
 * what ANONYMISED_IDENTITY_FIELDS says goes, with the gift's message; amounts, dates, references,
 * receipt numbers and the ledger stay as they are.
 */
async function anonymiseGifts(payload: Payload, gifts: ExpiredGift[], now: Date): Promise<void> {
  await inSqlTransaction(payload, async (db) => {
    for (const donorType of ['individual', 'company'] as const) {
      const ids = `{${gifts
        .filter((gift) => gift.donorType === donorType)
        .map((gift) => gift.id)
        .join(',')}}`
      // SQL text: set-based anonymisation whose cleared columns depend on the donor type (GDPR retention).
      await db.query(
        `UPDATE donations SET ${clearing('identity_', donorType)}, message = NULL, identity_anonymised_at = $2, updated_at = $2
         WHERE id = ANY($1::int[]) AND identity_anonymised_at IS NULL`,
        [ids, now.toISOString()],
      )
      // The receipt's copy: its `donor_*` columns, `donor_email` included; the name printed is then the company's, or none.
      // SQL text: set-based anonymisation whose cleared columns depend on the donor type (GDPR retention).
      await db.query(
        `UPDATE fiscal_receipts SET ${clearing('donor_', donorType)}, donor_name = NULLIF(donor_company_name, ''), updated_at = $2
         WHERE donation_id = ANY($1::int[])`,
        [ids, now.toISOString()],
      )
    }
  })
}

/**
 * Deletes a receipt's PDF (the stored file, on disk or in S3, and its `receipt-files` row) and
 * marks the receipt, in one transaction: the rendering job never renders a marked receipt again.
 * A file already gone from the storage is not an error (Payload deletes what exists).
 */
async function deleteReceiptFile(payload: Payload, receipt: ExpiredReceiptFile, now: Date): Promise<void> {
  await inLocalTransaction(payload, async (req) => {
    const run = await reqSql(payload, req)
    // SQL text: set-based anonymisation whose cleared columns depend on the donor type (GDPR retention).
    await run(
      sql`UPDATE fiscal_receipts SET file_deleted_at = ${now.toISOString()}, updated_at = ${now.toISOString()} WHERE id = ${receipt.receiptId}`,
    )
    await payload.delete({ collection: 'receipt-files', id: receipt.fileId, depth: 0, req })
  })
}

/**
 * The retention job (daily, and `npm run retention`): erased donors' identities on gifts whose
 * accounting retention has ended are anonymised; receipts' PDFs whose retention has ended are
 * deleted. With `dryRun`, reports what would be done and writes nothing. Running it twice changes
 * nothing the second time (the markers exclude what is done).
 */
export async function applyRetention(
  payload: Payload,
  { now = new Date(), dryRun = false }: { now?: Date; dryRun?: boolean } = {},
): Promise<RetentionReport> {
  const report: RetentionReport = {
    dryRun,
    giftIdentities: await expiredGifts(payload, now),
    receiptFiles: await expiredReceiptFiles(payload, now),
    failed: [],
  }
  if (dryRun) return report
  if (report.giftIdentities.length) await anonymiseGifts(payload, report.giftIdentities, now)
  for (const receipt of report.receiptFiles) {
    try {
      await deleteReceiptFile(payload, receipt, now)
    } catch (error) {
      // One file the storage refuses to delete does not stop the others; the receipt stays unmarked and is retried next run.
      payload.logger.error(
        { err: error, receipt: receipt.number },
        'PDF de reçu non supprimé : nouvel essai au prochain passage.',
      )
      report.failed.push(receipt.number)
    }
  }
  return report
}
