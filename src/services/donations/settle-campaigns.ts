import pLimit from 'p-limit'
import type { Payload } from 'payload'

import { settlement } from '@/domain/donations/commission'
import { DEFAULT_FAILURE_CHOICE, type GiftFate, choiceDeadline, giftFate } from '@/domain/donations/failure-choice'
import { type Outcome, decideOutcome } from '@/domain/donations/outcome'
import { FUND_ACCOUNT } from '@/domain/donations/solidarity-fund'
import { SITE_KINDS } from '@/domain/sites/kinds'
import { campaignSucceededMail, refundDoneMail } from '@/emails/donors'
import type { Mail } from '@/emails/mail'
import { campaignClosedOwnerMail } from '@/emails/teachers'
import { env } from '@/env'
import { payouts as payoutRows } from '@/payload-generated-schema'
import { drizzleOf, inDbTransaction, queryOn } from '@/services/db/drizzle'
import { sqlQuery } from '@/services/db/sql-transaction'
import { queueEmails } from '@/services/email/deliver-queued'
import { type PaymentProvider, providerNamed, stripeProvider, testProvider } from '@/services/payments/provider'
import { invalidateProjects, transitionSystemInSql, transitionSystemMany } from '@/services/projects/transition-many'
import { siteOfKind } from '@/services/sites/registry'

import { campaignFailedMail } from './choice-link'
import {
  addLedgerEntries,
  applyDefaultChoice,
  askFailureChoice,
  reallocateGifts,
  recordGiftRefunds,
  requestRefunds,
  returnTopUps,
} from './store'

/**
 * Tests replace the providers (e.g. one that dies half-way); otherwise each gift's own, and Stripe
 * or the test provider for payouts. `notify: false` (the demo seed) sends no e-mail.
 */
export type OutcomeOptions = { now?: Date; provider?: PaymentProvider; notify?: boolean }

type PaidGift = {
  id: number
  projectId: number
  source: 'donor' | 'sponsor' | 'solidarity'
  failureChoice: 'refund' | 'solidarity' | null
  overflow: boolean
  amountCents: number
  reference: string
  email: string | null
  firstName: string | null
}
type QueuedMail = Mail & { to: string }

/** Campaigns settled in one transaction (a wave of 1,000 closings: ten transactions). */
const SETTLE_BATCH = 100
/** Gifts refunded, or payouts transferred, per transaction; and calls to the provider in flight meanwhile. */
const MONEY_BATCH = 500
const PROVIDER_CALLS_AT_ONCE = 8

const idArray = (ids: readonly number[]) => `{${ids.join(',')}}`

/**
 * Closes the `settling` campaigns among `projectIds` whose payments are all known, in one
 * transaction holding their rows' locks (taken in id order): for each, decides success or failure,
 * writes what follows in the ledger (commission and payout; or reallocations to the fund, top-ups
 * back to their programme), marks the gifts to refund and the donors to ask, queues the e-mails and
 * moves the project to `succeeded` or `failed`, each step one statement for the whole set. A
 * campaign with a payment still pending waits; one no longer settling (another run closed it) is
 * left alone and absent from the result. Refunds and transfers, which call the payment provider,
 * come after, each on its own (`executeRefunds`, `executePayouts`).
 */
export async function settleCampaigns(
  payload: Payload,
  projectIds: readonly number[],
  { now = new Date(), notify = true, provider }: OutcomeOptions = {},
): Promise<Map<number, Outcome>> {
  const outcomes = new Map<number, Outcome>()
  if (!projectIds.length) return outcomes
  // The donors' links lead to the crowdfunding site (read before the transaction: the list of sites is cached).
  const site = await siteOfKind(payload, SITE_KINDS.projets)
  const moved = await inDbTransaction(payload, async (db) => {
    const query = queryOn(db)
    // SQL text: a read under the campaigns' row locks (FOR UPDATE OF one table of a join, in id order), not a write.
    const { rows: projects } = await query(
      `SELECT p.id, p.title, p.collected_cents::bigint AS collected, p.minimum_goal_cents::bigint AS minimum, p.structure_id, s.stripe_account_id, u.email AS owner_email
       FROM projects p LEFT JOIN structures s ON s.id = p.structure_id LEFT JOIN users u ON u.id = p.owner_id
       WHERE p.id = ANY($1::int[]) AND p.status = 'settling' ORDER BY p.id FOR UPDATE OF p`,
      [idArray(projectIds)],
    )
    if (!projects.length) return []
    // Top-ups of programmes paid only on success do not help reach the minimum.
    // SQL text: a read under the campaigns' row locks (their gifts, with a programme's rule), not a write.
    const { rows } = await query(
      `SELECT d.id, d.project_id, d.status, d.source, d.failure_choice, d.overflow, d.amount_cents::bigint AS amount, d.reference, d.identity_email, d.identity_first_name,
         (d.status = 'paid' AND g.id IS NOT NULL AND NOT g.counts_toward_minimum) AS not_counting
       FROM donations d LEFT JOIN programmes g ON g.id = d.programme_id
       WHERE d.project_id = ANY($1::int[]) AND d.status IN ('pending', 'paid') ORDER BY d.id`,
      [idArray(projects.map((p) => Number(p.id)))],
    )
    const giftsOf = new Map<number, { paid: PaidGift[]; pending: number; notCounting: number }>()
    for (const r of rows) {
      const entry = giftsOf.get(Number(r.project_id)) ?? { paid: [], pending: 0, notCounting: 0 }
      giftsOf.set(Number(r.project_id), entry)
      if (r.status === 'pending') {
        entry.pending++
        continue
      }
      if (r.not_counting) entry.notCounting += Number(r.amount)
      entry.paid.push({
        id: Number(r.id),
        projectId: Number(r.project_id),
        source: r.source,
        failureChoice: r.failure_choice ?? null,
        overflow: Boolean(r.overflow),
        amountCents: Number(r.amount),
        reference: String(r.reference),
        email: r.identity_email ?? null,
        firstName: r.identity_first_name ?? null,
      })
    }

    const mails: QueuedMail[] = []
    const mail = (to: string | null, message: Mail) => {
      if (notify && to) mails.push({ to, ...message })
    }
    const fates: Record<GiftFate, number[]> = {
      refund: [],
      reallocate: [],
      return_to_fund: [],
      return_to_programme: [],
      ask: [],
      keep: [],
    }
    const payouts: (typeof payoutRows.$inferInsert & { project: number })[] = []
    const closed = { succeeded: [] as number[], failed: [] as number[] }
    const deadline = choiceDeadline(now)
    for (const project of projects) {
      const projectId = Number(project.id)
      const collectedCents = Number(project.collected)
      const { paid, pending, notCounting } = giftsOf.get(projectId) ?? { paid: [], pending: 0, notCounting: 0 }
      const outcome = decideOutcome({
        paidCents: collectedCents - notCounting,
        minimumGoalCents: Number(project.minimum ?? 0),
        pendingCount: pending,
      })
      outcomes.set(projectId, outcome)
      if (outcome === 'wait') continue
      closed[outcome].push(projectId)
      for (const gift of paid) {
        const fate = giftFate(gift, outcome)
        fates[fate].push(gift.id)
        if (gift.source !== 'donor') continue
        if (outcome === 'succeeded') {
          if (fate === 'keep') mail(gift.email, campaignSucceededMail({ ...gift, title: project.title }))
        } else if (!gift.overflow)
          mail(gift.email, campaignFailedMail({ ...gift, title: project.title }, fate, deadline, site))
      }
      const money = settlement(collectedCents)
      if (outcome === 'succeeded') {
        // Paid out by transfer to the structure's connected account (or the given or test provider); by bank transfer otherwise.
        const payable = Boolean(provider) || env.usesTestPayments || Boolean(project.stripe_account_id)
        payouts.push({
          project: projectId,
          structure: project.structure_id ?? null,
          collectedCents,
          commissionCents: money.commissionCents,
          payoutCents: money.payoutCents,
          status: payable ? 'pending' : 'manual',
        })
      }
      mail(project.owner_email ?? null, campaignClosedOwnerMail(project.title, outcome, { collectedCents, ...money }))
    }

    await requestRefunds(db, fates.refund, now)
    // Each payout's row lands with its commission and payout entries, in one statement.
    await addLedgerEntries(
      db,
      payouts.flatMap((p) => [
        {
          kind: 'commission' as const,
          amountCents: p.commissionCents,
          fromAccount: `project:${p.project}`,
          toAccount: 'platform',
          project: p.project,
        },
        {
          kind: 'payout' as const,
          amountCents: p.payoutCents,
          fromAccount: `project:${p.project}`,
          toAccount: `structure:${p.structure ?? 'none'}`,
          project: p.project,
        },
      ]),
      payouts.length ? [db.$with('payouts_written').as(db.insert(payoutRows).values(payouts))] : [],
    )
    await reallocateGifts(db, [...fates.reallocate, ...fates.return_to_fund], { at: now, fundAccount: FUND_ACCOUNT })
    await returnTopUps(db, fates.return_to_programme, { at: now })
    await askFailureChoice(db, fates.ask, deadline)
    await queueEmails(db, mails)
    return [
      ...(await transitionSystemInSql(query, closed.succeeded, 'settling', 'succeeded', now)),
      ...(await transitionSystemInSql(query, closed.failed, 'settling', 'failed', now)),
    ]
  })
  if (moved.length) invalidateProjects()
  return outcomes
}

/** One campaign (`settleCampaigns`): its outcome, or null when it is no longer settling. */
export async function settleCampaign(
  payload: Payload,
  projectId: number,
  options: OutcomeOptions = {},
): Promise<Outcome | null> {
  return (await settleCampaigns(payload, [projectId], options)).get(projectId) ?? null
}

/** Gifts of failed campaigns whose donor did not choose in time: the default (a refund) applies. */
export async function applyChoiceDefaults(payload: Payload, now = new Date()): Promise<number> {
  return applyDefaultChoice(drizzleOf(payload), DEFAULT_FAILURE_CHOICE, now)
}

/** Calls `call` for each item, a few at a time; the items whose call failed are logged and left for the next run. */
async function eachWithProvider<T, R>(
  payload: Payload,
  items: T[],
  call: (item: T) => Promise<R | null>,
  failure: (item: T) => Record<string, unknown>,
): Promise<R[]> {
  const limit = pLimit(PROVIDER_CALLS_AT_ONCE)
  const results = await Promise.all(
    items.map((item) =>
      limit(async () => {
        try {
          return await call(item)
        } catch (error) {
          payload.logger.error(
            { err: error, ...failure(item) },
            'payment provider call failed: retried at the next run',
          )
          return null
        }
      }),
    ),
  )
  return results.filter((result): result is Awaited<R> => result !== null)
}

/**
 * Makes each requested refund once: the provider is called with an idempotency key derived from
 * the gift (a retry after a crash gets the same refund back), a few gifts at a time, then the
 * refunds made are recorded together (`recordRefunds`). Bank transfers are refunded by hand (an
 * admin confirms). Returns how many gifts were refunded.
 */
export async function executeRefunds(
  payload: Payload,
  { provider, donationIds, notify = true }: OutcomeOptions & { donationIds?: number[] } = {},
): Promise<number> {
  let refunded = 0
  for (let after = 0; ;) {
    // SQL text: a read (the refunds requested, by pages in id order), not a write.
    const { rows } = await sqlQuery(
      payload,
      `SELECT d.id, d.provider, d.provider_payment_id, d.amount_cents::bigint AS amount FROM donations d
       WHERE d.status = 'paid' AND d.refund_requested_at IS NOT NULL AND d.provider NOT IN ('transfer', 'internal') AND ($1::int[] IS NULL OR d.id = ANY($1)) AND d.id > $2
       ORDER BY d.id LIMIT ${MONEY_BATCH}`,
      [donationIds ? idArray(donationIds) : null, after],
    )
    if (!rows.length) break
    after = Number(rows[rows.length - 1].id)
    const made = await eachWithProvider(
      payload,
      rows,
      async (gift) => {
        const via = provider ?? providerNamed(gift.provider)
        if (!via) return null
        const { refundId } = await via.refund({
          donationId: gift.id,
          providerPaymentId: gift.provider_payment_id,
          amountCents: Number(gift.amount),
        })
        return { id: Number(gift.id), refundId }
      },
      (gift) => ({ donationId: gift.id }),
    )
    refunded += await recordRefunds(payload, made, { notify })
    if (rows.length < MONEY_BATCH) break
  }
  return refunded
}

/**
 * Refunds made, in our books, in one transaction: each gift still `paid` becomes `refunded` with
 * its ledger row and the donor's e-mail; a gift already refunded is left alone (and not counted).
 */
async function recordRefunds(
  payload: Payload,
  refunds: { id: number; refundId: string }[],
  { notify = true }: { notify?: boolean } = {},
): Promise<number> {
  if (!refunds.length) return 0
  return inDbTransaction(payload, async (db) => {
    const refunded = await recordGiftRefunds(db, refunds)
    if (notify)
      await queueEmails(
        db,
        refunded.filter((gift) => gift.email).map((gift) => ({ to: gift.email!, ...refundDoneMail(gift) })),
      )
    return refunded.length
  })
}

/** The refund of one gift in our books: status, ledger row, e-mail. False when it was already recorded. */
export async function recordRefund(
  payload: Payload,
  gift: { id: number },
  refundId: string,
  options: { notify?: boolean } = {},
): Promise<boolean> {
  return (await recordRefunds(payload, [{ id: gift.id, refundId }], options)) > 0
}

/**
 * Transfers each pending payout once (idempotency key derived from the payout), a few at a time,
 * marks the transferred ones in one statement (only those still pending), then releases the funds
 * of their projects. Projects whose payout is done but still `succeeded` (a crash between the two)
 * are released too.
 */
export async function executePayouts(
  payload: Payload,
  { provider, now = new Date(), projectIds }: OutcomeOptions & { projectIds?: number[] } = {},
): Promise<number> {
  let transferred = 0
  const via = provider ?? (env.usesTestPayments ? testProvider : stripeProvider)
  for (let after = 0; ;) {
    // SQL text: a read (the pending payouts, by pages in id order), not a write.
    const { rows } = await sqlQuery(
      payload,
      `SELECT po.id, po.project_id, po.payout_cents::bigint AS amount, s.stripe_account_id FROM payouts po LEFT JOIN structures s ON s.id = po.structure_id
       WHERE po.status = 'pending' AND ($1::int[] IS NULL OR po.project_id = ANY($1)) AND po.id > $2 ORDER BY po.id LIMIT ${MONEY_BATCH}`,
      [projectIds ? idArray(projectIds) : null, after],
    )
    if (!rows.length) break
    after = Number(rows[rows.length - 1].id)
    const made = await eachWithProvider(
      payload,
      rows,
      async (payout) => ({
        id: Number(payout.id),
        transferId: (
          await via.transfer({
            payoutId: payout.id,
            projectId: payout.project_id,
            amountCents: Number(payout.amount),
            destination: payout.stripe_account_id ?? '',
          })
        ).transferId,
      }),
      (payout) => ({ payoutId: payout.id }),
    )
    if (made.length) {
      // SQL text: the payouts' own table (outside the donations aggregate), the transfers made marked in one statement.
      const { rowCount } = await sqlQuery(
        payload,
        `UPDATE payouts po SET status = 'transferred', stripe_transfer_id = v.transfer_id, paid_at = $3, updated_at = now()
         FROM unnest($1::int[], $2::text[]) AS v(id, transfer_id) WHERE po.id = v.id AND po.status = 'pending'`,
        [idArray(made.map((m) => m.id)), `{${made.map((m) => JSON.stringify(m.transferId)).join(',')}}`, now],
      )
      transferred += rowCount ?? 0
    }
    if (rows.length < MONEY_BATCH) break
  }
  await releasePaidProjects(payload, now)
  return transferred
}

/** Moves to `funds_released` the succeeded projects whose payout is done. */
export async function releasePaidProjects(payload: Payload, now = new Date()): Promise<void> {
  // SQL text: a read (the projects whose payout is done), not a write.
  const { rows } = await sqlQuery(
    payload,
    `SELECT po.project_id FROM payouts po JOIN projects p ON p.id = po.project_id WHERE po.status IN ('transferred', 'paid_manually') AND p.status = 'succeeded'`,
  )
  const ids = rows.map((r) => Number(r.project_id))
  for (let i = 0; i < ids.length; i += 500)
    await transitionSystemMany(payload, ids.slice(i, i + 500), 'succeeded', 'funds_released', now)
}

/** The outcomes job: settle what can be (a set of campaigns per transaction), apply the choices' defaults, then refund and pay out. */
export async function runOutcomes(payload: Payload, options: OutcomeOptions = {}) {
  const now = options.now ?? new Date()
  // SQL text: a read (the campaigns to settle), not a write.
  const { rows } = await sqlQuery(payload, `SELECT id FROM projects WHERE status = 'settling' ORDER BY id`)
  const ids = rows.map((r) => Number(r.id))
  const counts = { succeeded: 0, failed: 0, waiting: 0, defaults: 0, refunded: 0, transferred: 0 }
  for (let i = 0; i < ids.length; i += SETTLE_BATCH) {
    for (const outcome of (
      await settleCampaigns(payload, ids.slice(i, i + SETTLE_BATCH), { ...options, now })
    ).values()) {
      if (outcome === 'wait') counts.waiting++
      else counts[outcome]++
    }
  }
  counts.defaults = await applyChoiceDefaults(payload, now)
  counts.refunded = await executeRefunds(payload, options)
  counts.transferred = await executePayouts(payload, { ...options, now })
  return counts
}
