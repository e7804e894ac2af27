import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { settlement } from '@/domain/donations/commission'
import { DEFAULT_FAILURE_CHOICE, type GiftFate, choiceDeadline, giftFate } from '@/domain/donations/failure-choice'
import { decideOutcome } from '@/domain/donations/outcome'
import { FUND_ACCOUNT } from '@/domain/donations/solidarity-fund'
import { SITE_KINDS } from '@/domain/sites/kinds'
import { env } from '@/env'
import { drizzleOf, inDbTransaction, reqDb } from '@/services/db/drizzle'
import { sqlQuery } from '@/services/db/sql-transaction'
import { reqSql } from '@/services/db/req-sql'
import { type PaymentProvider, providerNamed, stripeProvider, testProvider } from '@/services/payments/provider'
import { transitionSystemInReq, transitionSystemMany } from '@/services/projects/transition-many'
import { withLockedProject } from '@/services/projects/with-locked-project'
import { siteOfKind } from '@/services/sites/registry'

import { type Mail, campaignClosedOwnerMail, campaignFailedMail, campaignSucceededMail, refundDoneMail } from './outcome-emails'
import { addLedgerEntries, applyDefaultChoice, askFailureChoice, reallocateGifts, recordGiftRefund, requestRefunds, returnTopUps } from './store'


/**
 * Tests replace the providers (e.g. one that dies half-way); otherwise each gift's own, and Stripe
 * or the test provider for payouts. `notify: false` (the demo seed) sends no e-mail.
 */
export type OutcomeOptions = { now?: Date; provider?: PaymentProvider; notify?: boolean }

type PaidGift = { id: number; source: 'donor' | 'sponsor' | 'solidarity'; failureChoice: 'refund' | 'solidarity' | null; overflow: boolean; amountCents: number; reference: string; email: string | null; firstName: string | null }

async function queueMail(payload: Payload, req: PayloadRequest | undefined, to: string | null, mail: Mail) {
  if (to) await payload.jobs.queue({ task: 'sendEmail', input: { to, ...mail }, req })
}

/**
 * Closes one `settling` campaign once no payment is pending, in one transaction on the locked
 * project: decides success or failure, writes what follows in the ledger (commission and payout;
 * or reallocations to the fund), marks the gifts to refund and the donors to ask, queues the
 * e-mails and moves the project to `succeeded` or `failed`. A second run finds the project no
 * longer settling and does nothing. Refunds and transfers, which call the payment provider, come
 * after, each on its own (`executeRefunds`, `executePayouts`).
 */
export async function settleCampaign(payload: Payload, projectId: number, { now = new Date(), notify = true, provider }: OutcomeOptions = {}): Promise<'wait' | 'succeeded' | 'failed' | null> {
  // The donors' links lead to the crowdfunding site (read before the transaction: the list of sites is cached).
  const site = await siteOfKind(payload, SITE_KINDS.projets)
  return withLockedProject(payload, projectId, async (project, req) => {
    // The campaign's e-mails (one per gift, and the owner's), queued together at the end, in this transaction.
    const mails: (Mail & { to: string })[] = []
    const mail = (to: string | null, message: Mail) => {
      if (notify && to) mails.push({ to, ...message })
    }
    if (project.status !== 'settling') return null
    const run = await reqSql(payload, req)
    const db = await reqDb(payload, req)
    const account = `project:${projectId}`
    // SQL text: a read under the project's lock, or a set-based write outside the donations aggregate (payouts, jobs' rows).
    const { rows } = await run(sql`
      SELECT d.id, d.status, d.source, d.failure_choice, d.overflow, d.amount_cents::bigint AS amount, d.reference, d.identity_email, d.identity_first_name
      FROM donations d WHERE d.project_id = ${projectId} AND d.status IN ('pending', 'paid')`)
    const pendingCount = rows.filter((r) => r.status === 'pending').length
    // Top-ups of programmes paid only on success do not help reach the minimum.
    const notCounting = Number(
      // SQL text: a read under the project's lock, or a set-based write outside the donations aggregate (payouts, jobs' rows).
      (await run(sql`SELECT coalesce(sum(d.amount_cents), 0)::bigint AS total FROM donations d JOIN programmes g ON g.id = d.programme_id
        WHERE d.project_id = ${projectId} AND d.status = 'paid' AND NOT g.counts_toward_minimum`)).rows[0].total,
    )
    const outcome = decideOutcome({ paidCents: (project.collectedCents ?? 0) - notCounting, minimumGoalCents: project.minimumGoalCents ?? 0, pendingCount })
    if (outcome === 'wait') return 'wait'
    const gifts: PaidGift[] = rows.map((r) => ({
      id: Number(r.id), source: r.source as PaidGift['source'], failureChoice: (r.failure_choice as PaidGift['failureChoice']) ?? null, overflow: Boolean(r.overflow),
      amountCents: Number(r.amount), reference: String(r.reference), email: (r.identity_email as string) ?? null, firstName: (r.identity_first_name as string) ?? null,
    }))
    const byFate = (fate: GiftFate) => gifts.filter((g) => giftFate(g, outcome) === fate)
    const toRefund = byFate('refund')
    if (toRefund.length) await requestRefunds(db, toRefund.map((g) => g.id), now)

    if (outcome === 'succeeded') {
      const { commissionCents, payoutCents } = settlement(project.collectedCents ?? 0)
      const structureId = typeof project.structure === 'object' ? project.structure?.id : project.structure
      // SQL text: a read under the project's lock, or a set-based write outside the donations aggregate (payouts, jobs' rows).
      const structure = structureId ? (await run(sql`SELECT stripe_account_id FROM structures WHERE id = ${structureId}`)).rows[0] : undefined
      // Paid out by transfer to the structure's connected account (or the given or test provider); by bank transfer otherwise.
      const payable = Boolean(provider) || env.usesTestPayments || Boolean(structure?.stripe_account_id)
      // SQL text: the payout's row (the payouts' own table, outside the donations aggregate).
      await run(sql`
        INSERT INTO payouts (project_id, structure_id, collected_cents, commission_cents, payout_cents, status)
        VALUES (${projectId}, ${structureId ?? null}, ${project.collectedCents ?? 0}, ${commissionCents}, ${payoutCents}, ${payable ? 'pending' : 'manual'})`)
      await addLedgerEntries(db, [
        { kind: 'commission', amountCents: commissionCents, fromAccount: account, toAccount: 'platform', project: projectId },
        { kind: 'payout', amountCents: payoutCents, fromAccount: account, toAccount: `structure:${structureId ?? 'none'}`, project: projectId },
      ])
      for (const gift of byFate('keep')) if (gift.source === 'donor') mail(gift.email, campaignSucceededMail({ ...gift, title: project.title }))
    } else {
      const toFund = [...byFate('reallocate'), ...byFate('return_to_fund')]
      if (toFund.length) await reallocateGifts(db, toFund.map((g) => g.id), { projectId, at: now, fundAccount: FUND_ACCOUNT })
      const toProgramme = byFate('return_to_programme')
      if (toProgramme.length) await returnTopUps(db, toProgramme.map((g) => g.id), { projectId, at: now })
      const deadline = choiceDeadline(now)
      const toAsk = byFate('ask')
      if (toAsk.length) await askFailureChoice(db, toAsk.map((g) => g.id), deadline)
      for (const gift of gifts) {
        const fate = giftFate(gift, outcome)
        if (gift.source === 'donor' && !gift.overflow) mail(gift.email, campaignFailedMail({ ...gift, title: project.title }, fate, deadline, site))
      }
    }
    const ownerId = typeof project.owner === 'object' ? project.owner?.id : project.owner
    // SQL text: a read under the project's lock, or a set-based write outside the donations aggregate (payouts, jobs' rows).
    const owner = ownerId ? (await run(sql`SELECT email FROM users WHERE id = ${ownerId}`)).rows[0] : undefined
    mail((owner?.email as string) ?? null, campaignClosedOwnerMail(project.title, outcome, { collectedCents: project.collectedCents ?? 0, ...settlement(project.collectedCents ?? 0) }))
    if (mails.length) {
      // One statement for the campaign's sendEmail jobs (the rows `payload.jobs.queue` writes, without a round trip each).
      // SQL text: a read under the project's lock, or a set-based write outside the donations aggregate (payouts, jobs' rows).
      await run(sql`INSERT INTO payload_jobs (task_slug, queue, input) SELECT 'sendEmail', 'default', m FROM jsonb_array_elements(${JSON.stringify(mails)}::jsonb) AS m`)
    }
    await transitionSystemInReq(payload, req, projectId, 'settling', outcome, now)
    return outcome
  })
}

/** Gifts of failed campaigns whose donor did not choose in time: the default (a refund) applies. */
export async function applyChoiceDefaults(payload: Payload, now = new Date()): Promise<number> {
  return applyDefaultChoice(drizzleOf(payload), DEFAULT_FAILURE_CHOICE, now)
}

/**
 * Makes each requested refund once: the provider is called with an idempotency key derived from
 * the gift (a retry after a crash gets the same refund back), then the gift becomes `refunded`
 * with its ledger row in one transaction, only if it was still `paid`. Bank transfers are
 * refunded by hand (an admin confirms). Returns how many gifts were refunded.
 */
export async function executeRefunds(payload: Payload, { provider, donationIds, notify = true }: OutcomeOptions & { donationIds?: number[] } = {}): Promise<number> {
  // SQL text: a read under the project's lock, or a set-based write outside the donations aggregate (payouts, jobs' rows).
  const { rows } = await sqlQuery(
    payload,
    `SELECT d.id, d.provider, d.provider_payment_id, d.amount_cents::bigint AS amount, d.project_id, d.overflow, d.reference, d.identity_email, d.identity_first_name, p.title
     FROM donations d JOIN projects p ON p.id = d.project_id
     WHERE d.status = 'paid' AND d.refund_requested_at IS NOT NULL AND d.provider NOT IN ('transfer', 'internal') AND ($1::int[] IS NULL OR d.id = ANY($1))
     ORDER BY d.id LIMIT 500`,
    [donationIds ?? null],
  )
  let refunded = 0
  for (const gift of rows) {
    const via = provider ?? providerNamed(gift.provider)
    if (!via) continue
    let refundId: string
    try {
      ;({ refundId } = await via.refund({ donationId: gift.id, providerPaymentId: gift.provider_payment_id, amountCents: Number(gift.amount) }))
    } catch (error) {
      payload.logger.error({ err: error, donationId: gift.id }, 'refund failed: retried at the next run')
      continue
    }
    if (await recordRefund(payload, gift, refundId, { notify })) refunded++
  }
  return refunded
}

/** The refund of one gift in our books: status, ledger row, e-mail. False when it was already recorded. */
export async function recordRefund(
  payload: Payload,
  gift: { id: number; project_id: number; overflow: boolean; amount: string | number; reference: string; identity_email: string | null; identity_first_name: string | null; title: string },
  refundId: string,
  { notify = true }: { notify?: boolean } = {},
): Promise<boolean> {
  const done = await inDbTransaction(payload, (db) =>
    recordGiftRefund(db, { id: gift.id, projectId: gift.project_id, amountCents: Number(gift.amount), overflow: gift.overflow }, refundId),
  )
  // After the commit: an e-mail lost to a crash here is a lesser harm than a refund made twice.
  if (done && notify) await queueMail(payload, undefined, gift.identity_email, refundDoneMail({ id: gift.id, firstName: gift.identity_first_name, amountCents: Number(gift.amount), reference: gift.reference, title: gift.title }))
  return done
}

/**
 * Transfers each pending payout once (idempotency key derived from the payout), marks it
 * transferred only if it was still pending, then releases the funds of its project. Projects whose
 * payout is done but still `succeeded` (a crash between the two) are released too.
 */
export async function executePayouts(payload: Payload, { provider, now = new Date(), projectIds }: OutcomeOptions & { projectIds?: number[] } = {}): Promise<number> {
  // SQL text: a read under the project's lock, or a set-based write outside the donations aggregate (payouts, jobs' rows).
  const { rows } = await sqlQuery(
    payload,
    `SELECT po.id, po.project_id, po.payout_cents::bigint AS amount, s.stripe_account_id FROM payouts po LEFT JOIN structures s ON s.id = po.structure_id
     WHERE po.status = 'pending' AND ($1::int[] IS NULL OR po.project_id = ANY($1)) ORDER BY po.id LIMIT 200`,
    [projectIds ?? null],
  )
  let transferred = 0
  for (const payout of rows) {
    const via = provider ?? (env.usesTestPayments ? testProvider : stripeProvider)
    try {
      const { transferId } = await via.transfer({ payoutId: payout.id, projectId: payout.project_id, amountCents: Number(payout.amount), destination: payout.stripe_account_id ?? '' })
      // SQL text: a read under the project's lock, or a set-based write outside the donations aggregate (payouts, jobs' rows).
      const { rowCount } = await sqlQuery(payload, `UPDATE payouts SET status = 'transferred', stripe_transfer_id = $1, paid_at = $2, updated_at = now() WHERE id = $3 AND status = 'pending'`, [transferId, now, payout.id])
      transferred += rowCount ?? 0
    } catch (error) {
      payload.logger.error({ err: error, payoutId: payout.id }, 'payout transfer failed: retried at the next run')
    }
  }
  await releasePaidProjects(payload, now)
  return transferred
}

/** Moves to `funds_released` the succeeded projects whose payout is done. */
export async function releasePaidProjects(payload: Payload, now = new Date()): Promise<void> {
  // SQL text: a read under the project's lock, or a set-based write outside the donations aggregate (payouts, jobs' rows).
  const { rows } = await sqlQuery(payload, `SELECT po.project_id FROM payouts po JOIN projects p ON p.id = po.project_id WHERE po.status IN ('transferred', 'paid_manually') AND p.status = 'succeeded'`)
  const ids = rows.map((r) => Number(r.project_id))
  for (let i = 0; i < ids.length; i += 500) await transitionSystemMany(payload, ids.slice(i, i + 500), 'succeeded', 'funds_released', now)
}

/** The outcomes job: settle what can be, apply the choices' defaults, then refund and pay out. */
export async function runOutcomes(payload: Payload, options: OutcomeOptions = {}) {
  const now = options.now ?? new Date()
  // SQL text: a read under the project's lock, or a set-based write outside the donations aggregate (payouts, jobs' rows).
  const { rows } = await sqlQuery(payload, `SELECT id FROM projects WHERE status = 'settling' ORDER BY id`)
  const counts = { succeeded: 0, failed: 0, waiting: 0, defaults: 0, refunded: 0, transferred: 0 }
  for (const { id } of rows) {
    const outcome = await settleCampaign(payload, id, { ...options, now })
    if (outcome === 'wait') counts.waiting++
    else if (outcome) counts[outcome]++
  }
  counts.defaults = await applyChoiceDefaults(payload, now)
  counts.refunded = await executeRefunds(payload, options)
  counts.transferred = await executePayouts(payload, { ...options, now })
  return counts
}
