import type { Payload } from 'payload'

import { type PublicDonor, publicDonor } from '@/domain/donations/public-donor'
import { sqlQuery } from '@/services/db/sql-transaction'

/** The paid gifts of a project as the public may see them (donors' choices applied), newest first. */
export async function publicDonors(payload: Payload, projectId: number, limit = 100): Promise<PublicDonor[]> {
  // SQL text: a read of a project's public donors list, not a write.
  const { rows } = await sqlQuery(
    payload,
    `SELECT display, hide_amount, donor_type, identity_first_name, identity_last_name, identity_company_name, amount_cents::bigint AS amount, paid_at
     FROM donations WHERE project_id = $1 AND status = 'paid' AND source = 'donor' AND NOT overflow ORDER BY paid_at DESC LIMIT $2`,
    [projectId, limit],
  )
  return rows.map((r) =>
    publicDonor({
      display: r.display,
      hideAmount: r.hide_amount,
      donorType: r.donor_type,
      firstName: r.identity_first_name,
      lastName: r.identity_last_name,
      companyName: r.identity_company_name,
      amountCents: Number(r.amount),
      paidAt: new Date(r.paid_at).toISOString(),
    }),
  )
}

/** Addresses of the donors of a project who asked for its news (one per address). */
export async function newsRecipients(payload: Payload, projectId: number): Promise<string[]> {
  // SQL text: a read of a project's public donors list, not a write.
  const { rows } = await sqlQuery(
    payload,
    `SELECT DISTINCT lower(identity_email) AS email FROM donations WHERE project_id = $1 AND status = 'paid' AND wants_news AND identity_email IS NOT NULL`,
    [projectId],
  )
  return rows.map((r) => r.email as string)
}
