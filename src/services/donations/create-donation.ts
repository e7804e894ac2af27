import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import type { GiftInput } from '@/domain/donations/gift-form'
import { CHECKOUT_VALIDITY_MINUTES, TRANSFER_VALIDITY_DAYS, giftProblem, needsAdminApproval } from '@/domain/donations/rules'
import { env } from '@/env'
import { inSqlTransaction, sqlQuery } from '@/services/db/sql-transaction'
import { type PaymentProvider, paymentProvider } from '@/services/payments/provider'

import { transferInstructions } from './transfer-instructions'

export type CreateResult =
  | { ok: true; donationId: number; reference: string; checkoutUrl: string | null; awaitingApproval: boolean }
  | { ok: false; errors: Record<string, string> }

/** A reference a donor can quote (no 0/O or 1/I to misread). */
export const reference = () => `DON-${[...randomBytes(8)].map((b) => 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[b % 32]).join('')}`

/**
 * Records a gift as pending, with the project's row locked so that gifts being paid never add up
 * past the optimum (each holds its place until paid, failed or expired), then opens the payment.
 * Gifts above 10,000 € wait for an admin before any payment is asked. A bank transfer holds its
 * place TRANSFER_VALIDITY_DAYS days; the donor is e-mailed the account and the reference to quote.
 */
export async function createDonation(
  payload: Payload,
  { projectId, gift, userId, now = new Date(), provider = paymentProvider() }: { projectId: number; gift: GiftInput; userId?: number | null; now?: Date; provider?: PaymentProvider },
): Promise<CreateResult> {
  const byTransfer = gift.paymentMethod === 'transfer'
  if (byTransfer && !env.bankTransfer) return { ok: false, errors: { paymentMethod: 'Le paiement par virement n’est pas proposé : choisissez la carte ou le prélèvement SEPA.' } }
  const expiresAt = new Date(now.getTime() + (byTransfer ? TRANSFER_VALIDITY_DAYS * 1440 : CHECKOUT_VALIDITY_MINUTES) * 60_000)
  const awaitingApproval = needsAdminApproval(gift.amountCents)
  const created = await inSqlTransaction(payload, async (db) => {
    const project = (
      await db.query(
        `SELECT p.status, p.title, p.slug, p.stop_at_optimum, p.optimum_goal_cents::bigint AS optimum, p.collected_cents::bigint AS collected,
                (SELECT coalesce(sum(d.amount_cents), 0)::bigint FROM donations d WHERE d.project_id = p.id AND d.status = 'pending') AS reserved
         FROM projects p WHERE p.id = $1 FOR UPDATE`,
        [projectId],
      )
    ).rows[0]
    if (!project) return { ok: false as const, errors: { project: 'Projet introuvable.' } }
    const problem = giftProblem(gift.amountCents, {
      status: project.status,
      stopAtOptimum: project.stop_at_optimum,
      optimumGoalCents: project.optimum === null ? null : Number(project.optimum),
      collectedCents: Number(project.collected),
      reservedCents: Number(project.reserved),
    })
    if (problem) return { ok: false as const, errors: { [problem.path === 'amountCents' ? 'amount' : '_form']: problem.message } }
    const ref = reference()
    const { rows } = await db.query(
      `INSERT INTO donations (reference, project_id, amount_cents, status, source, donor_id, donor_type,
         identity_first_name, identity_last_name, identity_email, identity_address, identity_postcode, identity_city, identity_country,
         identity_company_name, identity_legal_form, identity_siren, display, hide_amount, wants_receipt, wants_news, message, counterpart,
         failure_choice, payment_method, provider, expires_at, awaiting_approval)
       VALUES ($1, $2, $3, 'pending', 'donor', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26)
       RETURNING id`,
      [ref, projectId, gift.amountCents, userId ?? null, gift.donorType, gift.firstName, gift.lastName, gift.email, gift.address, gift.postcode, gift.city, gift.country,
        gift.companyName ?? null, gift.legalForm ?? null, gift.siren ?? null, gift.display, gift.hideAmount, gift.wantsReceipt, gift.wantsNews, gift.message ?? null,
        gift.counterpart ?? null, gift.failureChoice, gift.paymentMethod, byTransfer ? 'transfer' : provider.name, expiresAt, awaitingApproval],
    )
    return { ok: true as const, donationId: rows[0].id as number, reference: ref, title: project.title as string, slug: project.slug as string }
  })
  if (!created.ok) return created
  if (awaitingApproval) return { ok: true, donationId: created.donationId, reference: created.reference, checkoutUrl: null, awaitingApproval }
  if (byTransfer) {
    await payload.jobs.queue({
      task: 'sendEmail',
      input: { to: gift.email, subject: `Votre don au projet « ${created.title} » : les coordonnées du virement`, text: `Bonjour ${gift.firstName},\n\nMerci pour votre don au projet « ${created.title} ».\n\n${transferInstructions(created.reference, gift.amountCents, expiresAt)}` },
    })
    return { ok: true, donationId: created.donationId, reference: created.reference, checkoutUrl: null, awaitingApproval: false }
  }
  // Outside the transaction: no lock is held while the payment provider answers.
  const session = await provider.startCheckout({
    donationId: created.donationId,
    reference: created.reference,
    amountCents: gift.amountCents,
    email: gift.email,
    method: gift.paymentMethod as 'card' | 'sepa_debit',
    projectTitle: created.title,
    projectSlug: created.slug,
    expiresAt,
  })
  await sqlQuery(payload, 'UPDATE donations SET provider_session_id = $1 WHERE id = $2', [session.sessionId, created.donationId])
  return { ok: true, donationId: created.donationId, reference: created.reference, checkoutUrl: session.url, awaitingApproval: false }
}
