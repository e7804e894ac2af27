import type { Payload } from 'payload'

import { FUND_ACCOUNT } from '@/domain/donations/solidarity-fund'
import { inSqlTransaction } from '@/services/db/sql-transaction'

import { executeRefunds } from './settle-campaigns'

export type ChoiceResult = 'reallocated' | 'refund_requested' | 'closed'

/**
 * The donor of a failed campaign decides, before the deadline, what becomes of a gift they had not
 * decided about: moved to the fund at once (status, ledger row, one transaction), or refunded (the
 * refund is made right after, as by the outcomes job). `closed` once decided, settled or too late.
 */
export async function chooseFailedGiftFate(payload: Payload, donationId: number, choice: 'refund' | 'solidarity', now = new Date()): Promise<ChoiceResult> {
  const result = await inSqlTransaction(payload, async (db): Promise<ChoiceResult> => {
    const { rows } = await db.query(
      `SELECT d.project_id, d.amount_cents::bigint AS amount FROM donations d JOIN projects p ON p.id = d.project_id
       WHERE d.id = $1 AND d.status = 'paid' AND d.refund_requested_at IS NULL AND d.choice_deadline > $2 AND p.status IN ('failed', 'archived')
       FOR UPDATE OF d`,
      [donationId, now],
    )
    const gift = rows[0]
    if (!gift) return 'closed'
    if (choice === 'refund') {
      await db.query(`UPDATE donations SET failure_choice = 'refund', refund_requested_at = $1, updated_at = now() WHERE id = $2`, [now, donationId])
      return 'refund_requested'
    }
    await db.query(`UPDATE donations SET failure_choice = 'solidarity', status = 'reallocated', settled_at = $1, updated_at = now() WHERE id = $2`, [now, donationId])
    await db.query(`INSERT INTO ledger_entries (kind, amount_cents, from_account, to_account, project_id, donation_id) VALUES ('reallocation', $1, $2, $3, $4, $5)`, [
      gift.amount, `project:${gift.project_id}`, FUND_ACCOUNT, gift.project_id, donationId,
    ])
    return 'reallocated'
  })
  if (result === 'refund_requested') await executeRefunds(payload, { donationIds: [donationId] })
  return result
}
