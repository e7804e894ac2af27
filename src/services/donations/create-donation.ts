import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import type { GiftInput } from '@/domain/donations/gift-form'
import { decideGift, holdEndsAt, needsAdminApproval } from '@/domain/donations/rules'
import { SITE_KINDS } from '@/domain/sites/kinds'
import { env } from '@/env'
import { inSqlTransaction, sqlQuery } from '@/services/db/sql-transaction'
import { type PaymentProvider, paymentProvider } from '@/services/payments/provider'
import { siteOfKind } from '@/services/sites/registry'

import { liveHolds } from './holds'
import { transferInstructions } from './transfer-instructions'

export type CreateResult =
  | { ok: true; donationId: number; reference: string; checkoutUrl: string | null; awaitingApproval: boolean }
  /** `notFound`: no such project (or no project id at all): the page answers 404. */
  | { ok: false; errors: Record<string, string>; notFound?: true }

/** PostgreSQL's `integer`, the type of row ids: a larger number is no id (and would fail the query). */
const MAX_ROW_ID = 2_147_483_647

/** The giving form's field for each refusal. */
const FORM_FIELD = { amountCents: 'amount', email: 'email', project: '_form' } as const

const NOT_FOUND = { ok: false as const, notFound: true as const, errors: { _form: 'Ce projet est introuvable.' } }

/** A reference a donor can quote (no 0/O or 1/I to misread). */
export const reference = () => `DON-${[...randomBytes(8)].map((b) => 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[b % 32]).join('')}`

/**
 * Records a gift as pending, then opens the payment. The project's row is locked first, in its own
 * statement; the gifts still holding a place are read after it (a new snapshot that sees every gift
 * committed while this one waited for the lock), so concurrent gifts never add up past the
 * optimum. What a pending gift may hold is decided by `decideGift` (src/domain/donations/holds.ts):
 * firm up to half of what is open, provisional above. Gifts above 10,000 € wait for an admin before
 * any payment is asked. A bank transfer holds its place TRANSFER_VALIDITY_DAYS days; the donor is
 * e-mailed the account and the reference to quote.
 */
export async function createDonation(
  payload: Payload,
  { projectId, gift, userId, now = new Date(), provider = paymentProvider() }: { projectId: number; gift: GiftInput; userId?: number | null; now?: Date; provider?: PaymentProvider },
): Promise<CreateResult> {
  if (!Number.isSafeInteger(projectId) || projectId <= 0 || projectId > MAX_ROW_ID) return NOT_FOUND
  const byTransfer = gift.paymentMethod === 'transfer'
  if (byTransfer && !env.bankTransfer) return { ok: false, errors: { paymentMethod: 'Le paiement par virement n’est pas proposé : choisissez la carte ou le prélèvement SEPA.' } }
  const expiresAt = holdEndsAt(gift.paymentMethod, now)
  const awaitingApproval = needsAdminApproval(gift.amountCents)
  const holder = gift.email.trim().toLowerCase()
  const created = await inSqlTransaction(payload, async (db) => {
    // The lock first, alone: a statement's snapshot is taken when it starts, before any wait.
    const project = (
      await db.query(
        'SELECT status, title, slug, stop_at_optimum, optimum_goal_cents::bigint AS optimum, collected_cents::bigint AS collected FROM projects WHERE id = $1 FOR UPDATE',
        [projectId],
      )
    ).rows[0]
    if (!project) return NOT_FOUND
    const holds = await liveHolds((text, params) => db.query(text, params), projectId, now)
    const decision = decideGift(gift.amountCents, {
      status: project.status,
      stopAtOptimum: project.stop_at_optimum,
      optimumGoalCents: project.optimum === null ? null : Number(project.optimum),
      collectedCents: Number(project.collected),
      holds,
    }, holder)
    if (!decision.ok) return { ok: false as const, errors: { [FORM_FIELD[decision.path]]: decision.message } }
    const ref = reference()
    const { rows } = await db.query(
      `INSERT INTO donations (reference, project_id, amount_cents, status, source, donor_id, donor_type,
         identity_first_name, identity_last_name, identity_email, identity_address, identity_postcode, identity_city, identity_country,
         identity_company_name, identity_legal_form, identity_siren, display, hide_amount, wants_receipt, wants_news, message, counterpart,
         failure_choice, payment_method, provider, expires_at, awaiting_approval, provisional)
       VALUES ($1, $2, $3, 'pending', 'donor', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27)
       RETURNING id`,
      [ref, projectId, gift.amountCents, userId ?? null, gift.donorType, gift.firstName, gift.lastName, gift.email, gift.address ?? null, gift.postcode ?? null, gift.city ?? null, gift.country ?? null,
        gift.companyName ?? null, gift.legalForm ?? null, gift.siren ?? null, gift.display, gift.hideAmount, gift.wantsReceipt, gift.wantsNews, gift.message ?? null,
        gift.counterpart ?? null, gift.failureChoice, gift.paymentMethod, byTransfer ? 'transfer' : provider.name, expiresAt, awaitingApproval, decision.provisional],
    )
    return { ok: true as const, donationId: rows[0].id as number, reference: ref, title: project.title as string, slug: project.slug as string, provisional: decision.provisional }
  })
  if (!created.ok) return created
  if (awaitingApproval) return { ok: true, donationId: created.donationId, reference: created.reference, checkoutUrl: null, awaitingApproval }
  if (byTransfer) {
    await payload.jobs.queue({
      task: 'sendEmail',
      input: { to: gift.email, subject: `Votre don au projet « ${created.title} » : les coordonnées du virement`, text: `Bonjour ${gift.firstName},\n\nMerci pour votre don au projet « ${created.title} ».\n\n${transferInstructions(created.reference, gift.amountCents, expiresAt, { provisional: created.provisional })}` },
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
    site: await siteOfKind(payload, SITE_KINDS.projets),
  })
  // The hold ends when the checkout does (Stripe counts its shortest checkout from its own clock).
  await sqlQuery(payload, 'UPDATE donations SET provider_session_id = $1, expires_at = $2 WHERE id = $3', [session.sessionId, session.expiresAt, created.donationId])
  return { ok: true, donationId: created.donationId, reference: created.reference, checkoutUrl: session.url, awaitingApproval: false }
}
