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
  if ((await payload.count({ collection: 'fiscal-receipts' })).totalDocs > 0) return 0
  const { issued, flagged } = await issueDueReceipts(payload)
  const first = (await sqlQuery(payload, `SELECT id FROM fiscal_receipts WHERE status = 'live' ORDER BY id LIMIT 1`)).rows[0]
  if (first) await reissueReceipt(payload, first.id, { reason: 'Adresse corrigée à la demande du donateur', donor: { address: '8 avenue de la Gare', postcode: '95000', city: 'Cergy' } })
  while ((await renderDueReceipts(payload)) > 0);
  return issued + flagged + (first ? 1 : 0)
}
