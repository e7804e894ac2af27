import type { Payload } from 'payload'

import { sqlQuery } from '@/services/db/sql-transaction'
import { reissueReceipt } from '@/services/receipts/issue-receipt'
import { issueDueReceipts, renderDueReceipts } from '@/services/receipts/receipt-jobs'

/**
 * The demo's tax receipts, once: those of the final demo gifts that asked (succeeded campaigns by
 * OCCE 95, gifts moved to the fund by its holder), one cancelled and re-issued with a corrected
 * address, all rendered as PDFs.
 */
export async function seedReceipts(payload: Payload): Promise<number> {
  const done = await sqlQuery(payload, `SELECT 1 FROM fiscal_receipts r JOIN donations d ON d.id = r.donation_id WHERE d.reference LIKE 'DEMO-%' LIMIT 1`)
  if (done.rowCount) return 0
  const { issued, flagged } = await issueDueReceipts(payload)
  const first = (await sqlQuery(payload, `SELECT r.id FROM fiscal_receipts r JOIN donations d ON d.id = r.donation_id WHERE r.status = 'live' AND d.reference LIKE 'DEMO-%' ORDER BY r.id LIMIT 1`)).rows[0]
  if (first) await reissueReceipt(payload, first.id, { reason: 'Adresse corrigée à la demande du donateur', donor: { address: '8 avenue de la Gare', postcode: '95000', city: 'Cergy' } })
  while ((await renderDueReceipts(payload)) > 0);
  return issued + flagged + (first ? 1 : 0)
}
