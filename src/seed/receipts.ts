import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { sqlQuery } from '@/services/db/sql-transaction'
import { reissueReceipt } from '@/services/receipts/issue-receipt'
import { issueDueReceipts, renderDueReceipts } from '@/services/receipts/receipt-jobs'

/**
 * One company gift of a succeeded demo campaign asked for a counterpart worth 40 % of it (more than
 * the 25 % tolerated): its receipt waits for the manager's check, as a real one would.
 */
async function offerDemoCounterpart(payload: Payload) {
  const gift = // SQL text: demo data only (the seed), reaching rows by their demo references.
    (
      await sqlQuery(
        payload,
        `SELECT d.id, d.project_id, d.amount_cents::bigint AS amount FROM donations d JOIN projects p ON p.id = d.project_id
       WHERE d.reference LIKE 'DEMO-%' AND d.donor_type = 'company' AND d.status = 'paid' AND d.wants_receipt AND p.status = 'succeeded' ORDER BY d.id LIMIT 1`,
      )
    ).rows[0]
  if (!gift) return
  const label = 'Logo de l’entreprise sur l’affiche du spectacle'
  // SQL text: demo data only (the seed), reaching rows by their demo references.
  await sqlQuery(
    payload,
    `INSERT INTO projects_counterparts (_order, _parent_id, id, label, estimated_value_cents) VALUES (1, $1, $2, $3, $4)`,
    [gift.project_id, randomBytes(12).toString('hex'), label, Math.round(Number(gift.amount) * 0.4)],
  )
  // SQL text: demo data only (the seed), reaching rows by their demo references.
  await sqlQuery(payload, 'UPDATE donations SET counterpart = $1 WHERE id = $2', [label, gift.id])
}

/**
 * The demo's tax receipts, once: those of the final demo gifts that asked (succeeded campaigns by
 * OCCE 95, gifts moved to the fund by its holder), one cancelled and re-issued with a corrected
 * address, one flagged for its counterpart, all rendered as PDFs.
 */
export async function seedReceipts(payload: Payload): Promise<number> {
  // SQL text: demo data only (the seed), reaching rows by their demo references.
  const done = await sqlQuery(
    payload,
    `SELECT 1 FROM fiscal_receipts r JOIN donations d ON d.id = r.donation_id WHERE d.reference LIKE 'DEMO-%' LIMIT 1`,
  )
  if (done.rowCount) return 0
  await offerDemoCounterpart(payload)
  const { issued, flagged } = await issueDueReceipts(payload)
  // SQL text: demo data only (the seed), reaching rows by their demo references.
  const first = (
    await sqlQuery(
      payload,
      `SELECT r.id FROM fiscal_receipts r JOIN donations d ON d.id = r.donation_id WHERE r.status = 'live' AND d.reference LIKE 'DEMO-%' ORDER BY r.id LIMIT 1`,
    )
  ).rows[0]
  if (first)
    await reissueReceipt(payload, first.id, {
      reason: 'Adresse corrigée à la demande du donateur',
      donor: { address: '8 avenue de la Gare', postcode: '95000', city: 'Cergy' },
    })
  while ((await renderDueReceipts(payload)) > 0);
  return issued + flagged + (first ? 1 : 0)
}
