import pLimit from 'p-limit'
import type { Payload } from 'payload'

import { cached } from '@/services/cache/memory-cache'
import { sqlQuery } from '@/services/db/sql-transaction'
import { readStoredFile } from '@/services/media/stored-file'

import { RECEIPTS_PER_TRANSACTION, issueReceipts } from './issue-receipt'
import { type ReceiptForPdf, receiptPdf } from './receipt-pdf'

const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : new Date().toISOString())

/** A `fiscal_receipts` row of RECEIPT_ROWS, and its signature image if it has one → what the PDF prints. */
export function receiptForPdf(row: Record<string, unknown>, signature: Buffer | null = null): ReceiptForPdf {
  const text = (key: string) => (row[key] as string | null) ?? null
  return {
    number: String(row.number),
    form: row.form as ReceiptForPdf['form'],
    issuedAt: iso(row.issued_at),
    amountCents: Number(row.amount_cents),
    amountInWords: String(row.amount_in_words),
    giftDate: iso(row.gift_date),
    paymentMethod: String(row.payment_method),
    donor: {
      firstName: text('donor_first_name'),
      lastName: text('donor_last_name'),
      companyName: text('donor_company_name'),
      legalForm: text('donor_legal_form'),
      siren: text('donor_siren'),
      address: text('donor_address'),
      postcode: text('donor_postcode'),
      city: text('donor_city'),
      country: text('donor_country'),
    },
    issuer: {
      name: text('issuer_snapshot_name'),
      legalId: text('issuer_snapshot_legal_id'),
      address: text('issuer_snapshot_address'),
      purpose: text('issuer_snapshot_purpose'),
      signatoryName: text('issuer_snapshot_signatory_name'),
      signatoryRole: text('issuer_snapshot_signatory_role'),
      signature,
    },
    replaces: text('replaces_number'),
  }
}

const RENDER_CONCURRENCY = 4
const SIGNATURE_CACHE_SECONDS = 3600

/** The receipts with what their PDF prints: the replaced receipt's number, the signature's file. */
// SQL text: the receipts' rendering queue (SKIP LOCKED batches), not yet typed.
export const RECEIPT_ROWS = `SELECT r.*, o.number AS replaces_number, sg.filename AS signature_filename
  FROM fiscal_receipts r LEFT JOIN fiscal_receipts o ON o.id = r.replaces_id LEFT JOIN structure_signatures sg ON sg.id = r.issuer_snapshot_signature_id`

/** A signature image's bytes, kept in memory: a signature upload is never replaced, so every receipt of an issuer reads it once. */
const signatureImage = (filename: string) =>
  cached(`receipt-signature:${filename}`, { tags: [], ttlSeconds: SIGNATURE_CACHE_SECONDS }, () =>
    readStoredFile('structure-signatures', filename),
  )

/** Rows of RECEIPT_ROWS → what each PDF prints, with its signature image. */
export async function receiptsForPdf(rows: Record<string, unknown>[]): Promise<ReceiptForPdf[]> {
  return Promise.all(
    rows.map(async (row) =>
      receiptForPdf(row, row.signature_filename ? await signatureImage(String(row.signature_filename)) : null),
    ),
  )
}

/** Renders the PDF of each receipt that has none yet (or of the given ones), and stores it privately; never one the retention job deleted. */
export async function renderDueReceipts(
  payload: Payload,
  { receiptIds, limit = 200 }: { receiptIds?: number[]; limit?: number } = {},
): Promise<number> {
  // SQL text: the receipts' rendering queue (SKIP LOCKED batches), not yet typed.
  const { rows } = await sqlQuery(
    payload,
    `${RECEIPT_ROWS} WHERE r.file_id IS NULL AND r.file_deleted_at IS NULL AND r.number IS NOT NULL AND ($2::int[] IS NULL OR r.id = ANY($2)) ORDER BY r.id LIMIT $1`,
    [limit, receiptIds ? `{${receiptIds.join(',')}}` : null],
  )
  // A few at a time: while one PDF is being written out or stored, the next is rendered.
  const render = async (row: Record<string, unknown>) => {
    const [receipt] = await receiptsForPdf([row])
    const pdf = await receiptPdf(receipt)
    const file = await payload.create({
      collection: 'receipt-files',
      data: {
        issuer: row.issuer_id as number,
        donorUser: row.donor_user_id as number | null,
        donorEmail: row.donor_email as string | null,
      },
      file: { data: pdf, mimetype: 'application/pdf', name: `${row.number}-recu.pdf`, size: pdf.length },
      depth: 0,
    })
    // SQL text: the receipts' rendering queue (SKIP LOCKED batches), not yet typed.
    await sqlQuery(payload, 'UPDATE fiscal_receipts SET file_id = $1 WHERE id = $2 AND file_id IS NULL', [
      file.id,
      row.id,
    ])
  }
  // One receipt that cannot be rendered (e.g. its signature image unreadable) is logged and retried next run; the others go on.
  let rendered = 0
  for (let i = 0; i < rows.length; i += RENDER_CONCURRENCY) {
    const batch = rows.slice(i, i + RENDER_CONCURRENCY)
    const results = await Promise.allSettled(batch.map(render))
    results.forEach((result, j) => {
      if (result.status === 'fulfilled') rendered++
      else
        payload.logger.error(
          { err: result.reason, receipt: batch[j].number },
          'Reçu fiscal non rendu : nouvel essai au prochain passage.',
        )
    })
  }
  return rendered
}

/** Issuers at work at the same time: each issuer's receipts are still numbered one after the other, in the gifts' order. */
const ISSUERS_AT_ONCE = 4
const DUE_PAGE = 5000

/**
 * The gifts whose money became final and whose donor asked for a receipt, without one yet: paid
 * gifts of succeeded campaigns, and gifts moved to the solidarity fund. Issued in transactions of
 * up to RECEIPTS_PER_TRANSACTION gifts of one issuer (the rules decide again on the locked gifts).
 * A gift whose flagged receipt a manager declined gets none. Gifts imported from the former
 * platform never get one here: it issued their receipts. Issuers are served side by side (a wave
 * of closed campaigns has thousands of receipts to number), each one's gifts in order; every due
 * gift is served in one call (pages of DUE_PAGE, in gift order).
 */
export async function issueDueReceipts(
  payload: Payload,
  now = new Date(),
): Promise<{ issued: number; flagged: number }> {
  const counts = { issued: 0, flagged: 0 }
  const limit = pLimit(ISSUERS_AT_ONCE)
  for (let after = 0; ;) {
    // SQL text: the receipts' rendering queue (SKIP LOCKED batches), not yet typed.
    const { rows } = await sqlQuery(
      payload,
      `SELECT d.id, CASE WHEN d.status = 'reallocated' THEN f.holder_id ELSE p.structure_id END AS issuer
       FROM donations d JOIN projects p ON p.id = d.project_id LEFT JOIN solidarity_fund_settings f ON true
       WHERE d.wants_receipt AND d.source = 'donor' AND NOT d.imported AND d.id > $1
         AND ((d.status = 'paid' AND NOT d.overflow AND p.status IN ('succeeded', 'funds_released', 'realised', 'archived')) OR d.status = 'reallocated')
         AND NOT EXISTS (SELECT 1 FROM fiscal_receipts r WHERE r.donation_id = d.id AND r.status IN ('live', 'flagged', 'declined'))
       ORDER BY d.id LIMIT ${DUE_PAGE}`,
      [after],
    )
    if (!rows.length) break
    after = Number(rows[rows.length - 1].id)
    const byIssuer = new Map<string, number[]>()
    for (const { id, issuer } of rows) {
      const ids = byIssuer.get(String(issuer)) ?? []
      byIssuer.set(String(issuer), ids)
      ids.push(Number(id))
    }
    await Promise.all(
      [...byIssuer.values()].map((ids) =>
        limit(async () => {
          for (let i = 0; i < ids.length; i += RECEIPTS_PER_TRANSACTION) {
            for (const result of await issueReceipts(payload, ids.slice(i, i + RECEIPTS_PER_TRANSACTION), now)) {
              if (result.outcome === 'issued') counts.issued++
              else if (result.outcome === 'flagged') counts.flagged++
            }
          }
        }),
      ),
    )
    if (rows.length < DUE_PAGE) break
  }
  return counts
}
