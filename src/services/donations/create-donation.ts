import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import type { GiftInput } from '@/domain/donations/gift-form'
import { decideGift, holdEndsAt, needsAdminApproval } from '@/domain/donations/rules'
import { SITE_KINDS } from '@/domain/sites/kinds'
import { transferDetailsMail } from '@/emails/donors'
import { env } from '@/env'
import { drizzleOf, inDbTransaction } from '@/services/db/drizzle'
import { type PaymentProvider, paymentProvider } from '@/services/payments/provider'
import { siteOfKind } from '@/services/sites/registry'

import { liveHolds } from './holds'
import { insertPendingGift, lockProjectForGift, setCheckout } from './store'

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
export const reference = () =>
  `DON-${[...randomBytes(8)].map((b) => 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[b % 32]).join('')}`

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
  {
    projectId,
    gift,
    userId,
    now = new Date(),
    provider = paymentProvider(),
  }: { projectId: number; gift: GiftInput; userId?: number | null; now?: Date; provider?: PaymentProvider },
): Promise<CreateResult> {
  if (!Number.isSafeInteger(projectId) || projectId <= 0 || projectId > MAX_ROW_ID) return NOT_FOUND
  const byTransfer = gift.paymentMethod === 'transfer'
  if (byTransfer && !env.bankTransfer)
    return {
      ok: false,
      errors: {
        paymentMethod: 'Le paiement par virement n’est pas proposé : choisissez la carte ou le prélèvement SEPA.',
      },
    }
  const expiresAt = holdEndsAt(gift.paymentMethod, now)
  const awaitingApproval = needsAdminApproval(gift.amountCents)
  const holder = gift.email.trim().toLowerCase()
  const created = await inDbTransaction(payload, async (db) => {
    // The lock first, alone: a statement's snapshot is taken when it starts, before any wait.
    const project = await lockProjectForGift(db, projectId)
    if (!project) return NOT_FOUND
    const holds = await liveHolds(db, projectId, now)
    const decision = decideGift(
      gift.amountCents,
      {
        status: project.status,
        stopAtOptimum: project.stopAtOptimum,
        optimumGoalCents: project.optimumGoalCents,
        collectedCents: Number(project.collectedCents),
        holds,
      },
      holder,
    )
    if (!decision.ok) return { ok: false as const, errors: { [FORM_FIELD[decision.path]]: decision.message } }
    const ref = reference()
    const donationId = await insertPendingGift(db, {
      reference: ref,
      project: projectId,
      amountCents: gift.amountCents,
      source: 'donor',
      donor: userId ?? null,
      donorType: gift.donorType,
      identity_firstName: gift.firstName,
      identity_lastName: gift.lastName,
      identity_email: gift.email,
      identity_address: gift.address ?? null,
      identity_postcode: gift.postcode ?? null,
      identity_city: gift.city ?? null,
      identity_country: gift.country ?? null,
      identity_companyName: gift.companyName ?? null,
      identity_legalForm: gift.legalForm ?? null,
      identity_siren: gift.siren ?? null,
      display: gift.display,
      hideAmount: gift.hideAmount,
      wantsReceipt: gift.wantsReceipt,
      wantsNews: gift.wantsNews,
      message: gift.message ?? null,
      counterpart: gift.counterpart ?? null,
      failureChoice: gift.failureChoice,
      paymentMethod: gift.paymentMethod,
      provider: byTransfer ? 'transfer' : provider.name,
      expiresAt: expiresAt.toISOString(),
      awaitingApproval,
      provisional: decision.provisional,
    })
    return {
      ok: true as const,
      donationId,
      reference: ref,
      title: project.title,
      slug: project.slug,
      provisional: decision.provisional,
    }
  })
  if (!created.ok) return created
  if (awaitingApproval)
    return {
      ok: true,
      donationId: created.donationId,
      reference: created.reference,
      checkoutUrl: null,
      awaitingApproval,
    }
  if (byTransfer) {
    await payload.jobs.queue({
      task: 'sendEmail',
      input: {
        to: gift.email,
        ...transferDetailsMail(
          {
            firstName: gift.firstName,
            amountCents: gift.amountCents,
            reference: created.reference,
            title: created.title,
          },
          { account: env.bankTransfer, expiresAt, provisional: created.provisional },
        ),
      },
    })
    return {
      ok: true,
      donationId: created.donationId,
      reference: created.reference,
      checkoutUrl: null,
      awaitingApproval: false,
    }
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
  await setCheckout(drizzleOf(payload), created.donationId, {
    sessionId: session.sessionId,
    expiresAt: session.expiresAt,
  })
  return {
    ok: true,
    donationId: created.donationId,
    reference: created.reference,
    checkoutUrl: session.url,
    awaitingApproval: false,
  }
}
