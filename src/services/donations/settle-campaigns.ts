import pLimit from 'p-limit'
import type { Payload } from 'payload'
import type { PoolClient } from 'pg'

import { settlement } from '@/domain/donations/commission'
import { DEFAULT_FAILURE_CHOICE, type GiftFate, choiceDeadline, giftFate } from '@/domain/donations/failure-choice'
import { type Outcome, decideOutcome } from '@/domain/donations/outcome'
import { FUND_ACCOUNT } from '@/domain/donations/solidarity-fund'
import { SITE_KINDS } from '@/domain/sites/kinds'
import { campaignSucceededMail, refundDoneMail } from '@/emails/donors'
import type { Mail } from '@/emails/mail'
import { campaignClosedOwnerMail } from '@/emails/teachers'
import { env } from '@/env'
import { inSqlTransaction, sqlQuery } from '@/services/db/sql-transaction'
import { type PaymentProvider, providerNamed, stripeProvider, testProvider } from '@/services/payments/provider'
import { invalidateProjects, transitionSystemInSql, transitionSystemMany } from '@/services/projects/transition-many'
import { siteOfKind } from '@/services/sites/registry'

import { campaignFailedMail } from './choice-link'

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

/** The `sendEmail` jobs of many e-mails in one statement, in `db`'s transaction (the rows `payload.jobs.queue` writes, without a round trip each). */
async function queueMails(db: PoolClient, mails: QueuedMail[]): Promise<void> {
  if (mails.length)
    await db.query(
      `INSERT INTO payload_jobs (task_slug, queue, input) SELECT 'sendEmail', 'default', m FROM jsonb_array_elements($1::jsonb) AS m`,
      [JSON.stringify(mails)],
    )
}

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
  const moved = await inSqlTransaction(payload, async (db) => {
    const { rows: projects } = await db.query(
      `SELECT p.id, p.title, p.collected_cents::bigint AS collected, p.minimum_goal_cents::bigint AS minimum, p.structure_id, s.stripe_account_id, u.email AS owner_email
       FROM projects p LEFT JOIN structures s ON s.id = p.structure_id LEFT JOIN users u ON u.id = p.owner_id
       WHERE p.id = ANY($1::int[]) AND p.status = 'settling' ORDER BY p.id FOR UPDATE OF p`,
      [idArray(projectIds)],
    )
    if (!projects.length) return []
    // Top-ups of programmes paid only on success do not help reach the minimum.
    const { rows } = await db.query(
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
    const payouts: {
      project_id: number
      structure_id: number | null
      collected: number
      commission: number
      payout: number
      status: 'pending' | 'manual'
    }[] = []
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
          project_id: projectId,
          structure_id: project.structure_id ?? null,
          collected: collectedCents,
          commission: money.commissionCents,
          payout: money.payoutCents,
          status: payable ? 'pending' : 'manual',
        })
      }
      mail(project.owner_email ?? null, campaignClosedOwnerMail(project.title, outcome, { collectedCents, ...money }))
    }

    if (fates.refund.length)
      await db.query(`UPDATE donations SET refund_requested_at = $2, updated_at = now() WHERE id = ANY($1::int[])`, [
        idArray(fates.refund),
        now,
      ])
    if (payouts.length) {
      await db.query(
        `WITH v AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS v(project_id int, structure_id int, collected bigint, commission bigint, payout bigint, status text)),
         payout AS (
           INSERT INTO payouts (project_id, structure_id, collected_cents, commission_cents, payout_cents, status)
           SELECT project_id, structure_id, collected, commission, payout, status::enum_payouts_status FROM v
         )
         INSERT INTO ledger_entries (kind, amount_cents, from_account, to_account, project_id)
         SELECT e.kind::enum_ledger_entries_kind, e.amount, 'project:' || v.project_id, e.to_account, v.project_id
         FROM v CROSS JOIN LATERAL (VALUES ('commission', v.commission, 'platform'), ('payout', v.payout, 'structure:' || coalesce(v.structure_id::text, 'none'))) AS e(kind, amount, to_account)`,
        [JSON.stringify(payouts)],
      )
    }
    const toFund = [...fates.reallocate, ...fates.return_to_fund]
    if (toFund.length) {
      await db.query(
        `WITH moved AS (
           UPDATE donations SET status = 'reallocated', settled_at = $2, updated_at = now() WHERE id = ANY($1::int[]) AND status = 'paid' RETURNING id, amount_cents, project_id
         )
         INSERT INTO ledger_entries (kind, amount_cents, from_account, to_account, project_id, donation_id)
         SELECT 'reallocation', amount_cents, 'project:' || project_id, $3, project_id, id FROM moved`,
        [idArray(toFund), now, FUND_ACCOUNT],
      )
    }
    if (fates.return_to_programme.length) {
      await db.query(
        `WITH returned AS (
           UPDATE donations d SET status = 'refunded', settled_at = $2, updated_at = now() FROM programmes g
           WHERE d.id = ANY($1::int[]) AND d.status = 'paid' AND g.id = d.programme_id RETURNING d.id, d.amount_cents, d.project_id, g.id AS programme_id, g.sponsor_id
         ), budgets AS (
           UPDATE programmes g SET reserved_cents = g.reserved_cents - r.total FROM (SELECT programme_id, sum(amount_cents) AS total FROM returned GROUP BY programme_id) r WHERE g.id = r.programme_id
         )
         INSERT INTO ledger_entries (kind, amount_cents, from_account, to_account, project_id, donation_id)
         SELECT 'refund', amount_cents, 'project:' || project_id, 'sponsor:' || sponsor_id, project_id, id FROM returned`,
        [idArray(fates.return_to_programme), now],
      )
    }
    if (fates.ask.length)
      await db.query(`UPDATE donations SET choice_deadline = $2, updated_at = now() WHERE id = ANY($1::int[])`, [
        idArray(fates.ask),
        deadline,
      ])
    await queueMails(db, mails)
    const query = (text: string, params?: unknown[]) => db.query(text, params)
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
  const { rowCount } = await sqlQuery(
    payload,
    `UPDATE donations SET failure_choice = $1, refund_requested_at = $2, updated_at = now()
     WHERE status = 'paid' AND failure_choice IS NULL AND refund_requested_at IS NULL AND choice_deadline < $2`,
    [DEFAULT_FAILURE_CHOICE, now],
  )
  return rowCount ?? 0
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
  return inSqlTransaction(payload, async (db) => {
    const { rows } = await db.query(
      `WITH v AS (SELECT * FROM unnest($1::int[], $2::text[]) AS v(id, refund_id)),
       done AS (
         UPDATE donations d SET status = 'refunded', refund_id = v.refund_id, settled_at = now(), updated_at = now() FROM v WHERE d.id = v.id AND d.status = 'paid'
         RETURNING d.id, d.amount_cents, d.project_id, d.overflow, d.reference, d.identity_email, d.identity_first_name
       ), ledger AS (
         INSERT INTO ledger_entries (kind, amount_cents, from_account, to_account, project_id, donation_id)
         SELECT 'refund', amount_cents, CASE WHEN overflow THEN 'refunds-due' ELSE 'project:' || project_id END, 'donor', project_id, id FROM done
       )
       SELECT done.*, p.title FROM done JOIN projects p ON p.id = done.project_id`,
      [idArray(refunds.map((r) => r.id)), `{${refunds.map((r) => JSON.stringify(r.refundId)).join(',')}}`],
    )
    if (notify) {
      await queueMails(
        db,
        rows
          .filter((r) => r.identity_email)
          .map((r) => ({
            to: r.identity_email,
            ...refundDoneMail({
              id: Number(r.id),
              firstName: r.identity_first_name,
              amountCents: Number(r.amount_cents),
              reference: r.reference,
              title: r.title,
            }),
          })),
      )
    }
    return rows.length
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
