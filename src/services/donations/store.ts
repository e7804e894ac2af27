import { type SQL, type WithSubquery, and, eq, inArray, isNull, sql } from '@payloadcms/db-postgres/drizzle'
import type { AnyPgColumn } from '@payloadcms/db-postgres/drizzle/pg-core'

import { type DonationStatus, assertDonationMove } from '@/domain/donations/status'
import { donations, ledger_entries, payment_events, programmes, projects } from '@/payload-generated-schema'
import { type Db, column, runNamed } from '@/services/db/drizzle'

/**
 * The donations aggregate's store: the only writer of gifts' rows, of projects' paid totals and donor
 * counts, and of ledger rows (README, "Architecture"). Every statement is written against Payload's
 * generated schema (a renamed field fails `tsc`) in the caller's transaction (`db`), and every status
 * it writes is a move the donation state machine allows (`assertDonationMove`): a refused move is an
 * error, never a silent write.
 */

type LedgerKind = typeof ledger_entries.$inferInsert.kind
type NewGift = Omit<typeof donations.$inferInsert, 'id' | 'status' | 'paidAt' | 'createdAt' | 'updatedAt'> & {
  paidAt?: string | SQL
}

const now = sql`now()`
const iso = (date: Date) => date.toISOString()

/** The project's row, locked until the transaction ends, with what a new gift is decided on. */
export async function lockProjectForGift(db: Db, projectId: number) {
  const [project] = await db
    .select({
      status: projects.status,
      courteEchelle: projects.courteEchelle,
      title: projects.title,
      slug: projects.slug,
      stopAtOptimum: projects.stopAtOptimum,
      optimumGoalCents: projects.optimumGoalCents,
      collectedCents: projects.collectedCents,
    })
    .from(projects)
    .where(eq(projects.id, projectId))
    .for('update')
  return project
}

/** The project's row, locked alone in its statement (README, "Gifts at the optimum"). */
export async function lockProject(db: Db, projectId: number): Promise<void> {
  await db.select({ id: projects.id }).from(projects).where(eq(projects.id, projectId)).for('update')
}

/** A new gift, `pending` (every gift starts there). Returns its id. */
export async function insertPendingGift(db: Db, gift: NewGift): Promise<number> {
  const [row] = await db
    .insert(donations)
    .values({ ...gift, status: 'pending' })
    .returning({ id: donations.id })
  return row.id
}

/** A top-up or a fund's gift: its row (already `paid`), the project's total and its ledger row, in the caller's transaction. */
export async function insertPaidTopUp(
  db: Db,
  gift: NewGift & { project: number; amountCents: number },
  ledger: { kind: LedgerKind; from: string },
): Promise<number> {
  const [row] = await db
    .insert(donations)
    .values({ ...gift, status: 'paid' })
    .returning({ id: donations.id })
  await db
    .update(projects)
    .set({ collectedCents: sql`${projects.collectedCents} + ${gift.amountCents}`, updatedAt: now })
    .where(eq(projects.id, gift.project))
  await addLedgerEntry(db, {
    kind: ledger.kind,
    amountCents: gift.amountCents,
    fromAccount: ledger.from,
    toAccount: `project:${gift.project}`,
    project: gift.project,
    donation: row.id,
  })
  return row.id
}

/** One ledger row (a fund's grant, a refund, a reallocation…). */
export async function addLedgerEntry(
  db: Db,
  entry: Omit<typeof ledger_entries.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>,
): Promise<void> {
  await db.insert(ledger_entries).values(entry)
}

/** The checkout the payment provider opened for a gift (and when its hold ends, or which provider). */
export async function setCheckout(
  db: Db,
  donationId: number,
  checkout: { sessionId: string; expiresAt?: Date; provider?: typeof donations.$inferInsert.provider },
): Promise<void> {
  await db
    .update(donations)
    .set({
      providerSessionId: checkout.sessionId,
      ...(checkout.expiresAt ? { expiresAt: iso(checkout.expiresAt) } : {}),
      ...(checkout.provider ? { provider: checkout.provider } : {}),
    })
    .where(eq(donations.id, donationId))
}

/**
 * A gift waiting for an admin, accepted while its campaign collects: its hold now ends at `expiresAt`.
 * Undefined when it was not waiting, or the campaign closed.
 */
export async function approvePendingGift(
  db: Db,
  donationId: number,
  { adminId, at, expiresAt }: { adminId: number; at: Date; expiresAt: Date },
) {
  const [gift] = await db
    .update(donations)
    .set({
      awaitingApproval: false,
      approvedAt: iso(at),
      approvedBy: adminId,
      expiresAt: iso(expiresAt),
      updatedAt: now,
    })
    .from(projects)
    .where(
      and(
        eq(donations.id, donationId),
        eq(projects.id, donations.project),
        eq(donations.status, 'pending'),
        eq(donations.awaitingApproval, true),
        eq(projects.status, 'collecting'),
      ),
    )
    .returning({
      id: donations.id,
      reference: donations.reference,
      amountCents: donations.amountCents,
      email: donations.identity_email,
      firstName: donations.identity_firstName,
      paymentMethod: donations.paymentMethod,
      title: projects.title,
      slug: projects.slug,
    })
  return gift
}

/** The event id under its unique constraint: the new event's row, or null when it was already recorded (a second delivery). */
export async function recordPaymentEvent(
  db: Db,
  event: { eventId: string; provider: string; type: string; donationId: number },
): Promise<number | null> {
  // Prepared once per connection (named): planned once, not per gift.
  const [row] = await db
    .insert(payment_events)
    .values({ eventId: event.eventId, provider: event.provider, type: event.type, donation: event.donationId })
    .onConflictDoNothing({ target: payment_events.eventId })
    .returning({ id: payment_events.id })
    .prepare('payment-event-record')
    .execute()
  return row?.id ?? null
}

export async function setEventOutcome(db: Db, eventRow: number, outcome: string): Promise<void> {
  await db.update(payment_events).set({ outcome }).where(eq(payment_events.id, eventRow))
}

/** The gift a payment event is about, locked until the transaction ends. */
export async function lockGiftForPayment(db: Db, donationId: number) {
  const [gift] = await db
    .select({
      project: donations.project,
      status: donations.status,
      amountCents: donations.amountCents,
      source: donations.source,
      email: donations.identity_email,
      provisional: donations.provisional,
      awaitingApproval: donations.awaitingApproval,
      expiresAt: donations.expiresAt,
    })
    .from(donations)
    .where(eq(donations.id, donationId))
    .for('update')
    .prepare('payment-event-gift')
    .execute()
  return gift
}

/** A pending gift keeps its place until `expiresAt` (a debit on its way). */
export async function extendHold(db: Db, donationId: number, expiresAt: Date): Promise<void> {
  await db
    .update(donations)
    .set({ expiresAt: iso(expiresAt), updatedAt: now })
    .where(eq(donations.id, donationId))
}

/** A gift moves from `from` (read under its row lock) to `to`, a move the state machine allows. */
export async function moveGift(db: Db, donationId: number, from: DonationStatus, to: DonationStatus): Promise<void> {
  assertDonationMove(from, to)
  await db
    .update(donations)
    .set({ status: to, updatedAt: now })
    .where(and(eq(donations.id, donationId), eq(donations.status, from)))
}

/**
 * A payment, in one statement under the project's row lock: the project's total and donor count grow
 * only if the gift fits under the optimum (beside `othersFirmCents`, the places other gifts firmly hold,
 * for a gift without a guaranteed one); otherwise it is kept aside (`overflow`, owed back). Then the
 * gift becomes `paid`, its ledger row and the event's outcome are written. Prepared once per connection.
 */
export async function countPayment(
  db: Db,
  p: {
    donationId: number
    from: DonationStatus
    eventRow: number
    projectId: number
    amountCents: number
    at: Date
    providerPaymentId: string | null
    ledgerFrom: string
    donorCount: 0 | 1
    othersFirmCents: number
  },
): Promise<{ overflow: boolean; status: string | null; stopAtOptimum: boolean | null; atOptimum: boolean | null }> {
  assertDonationMove(p.from, 'paid')
  const d = donations
  const { rows } = await runNamed<{
    overflow: boolean
    status: string | null
    stop_at_optimum: boolean | null
    at_optimum: boolean | null
  }>(
    // SQL text: data-modifying CTEs (one statement, one round trip) that Drizzle's builders cannot compose; every identifier comes from the generated schema.
    db,
    'payment-event-paid',
    sql`WITH counted AS (
       UPDATE ${projects} SET ${column(projects.collectedCents)} = ${projects.collectedCents} + ${p.amountCents}, ${column(projects.donorCount)} = ${projects.donorCount} + ${p.donorCount}, ${column(projects.updatedAt)} = now()
       WHERE ${projects.id} = ${p.projectId} AND (NOT coalesce(${projects.stopAtOptimum}, false) OR ${projects.optimumGoalCents} IS NULL OR ${projects.collectedCents} + ${p.amountCents} + ${p.othersFirmCents} <= ${projects.optimumGoalCents})
       RETURNING ${projects.status} AS status, ${projects.stopAtOptimum} AS stop_at_optimum, ${projects.collectedCents} >= ${projects.optimumGoalCents} AS at_optimum
     ), result AS (SELECT NOT EXISTS (SELECT 1 FROM counted) AS overflow
     ), gift AS (
       UPDATE ${d} SET ${column(d.status)} = 'paid', ${column(d.paidAt)} = ${iso(p.at)}, ${column(d.providerPaymentId)} = coalesce(${p.providerPaymentId}, ${d.providerPaymentId}), ${column(d.overflow)} = (SELECT overflow FROM result), ${column(d.updatedAt)} = now()
       WHERE ${d.id} = ${p.donationId}
     ), ledger AS (
       INSERT INTO ${ledger_entries} (${column(ledger_entries.kind)}, ${column(ledger_entries.amountCents)}, ${column(ledger_entries.fromAccount)}, ${column(ledger_entries.toAccount)}, ${column(ledger_entries.project)}, ${column(ledger_entries.donation)})
       SELECT 'gift_in', ${p.amountCents}, ${p.ledgerFrom}, CASE WHEN overflow THEN 'refunds-due' ELSE ${`project:${p.projectId}`} END, ${p.projectId}, ${p.donationId} FROM result
     ), event AS (
       UPDATE ${payment_events} SET ${column(payment_events.outcome)} = CASE WHEN (SELECT overflow FROM result) THEN 'overflow' ELSE 'applied' END WHERE ${payment_events.id} = ${p.eventRow}
     )
     SELECT r.overflow, c.status, c.stop_at_optimum, c.at_optimum FROM result r LEFT JOIN counted c ON true`,
  )
  const row = rows[0]
  return { overflow: row.overflow, status: row.status, stopAtOptimum: row.stop_at_optimum, atOptimum: row.at_optimum }
}

/** Whether the project, after its top-ups, stops at its optimum and reached it. */
export async function projectAtOptimum(db: Db, projectId: number) {
  const [project] = await db
    .select({
      status: projects.status,
      stopAtOptimum: projects.stopAtOptimum,
      atOptimum: sql<boolean>`${projects.collectedCents} >= ${projects.optimumGoalCents}`,
    })
    .from(projects)
    .where(eq(projects.id, projectId))
  return project
}

/**
 * Gifts whose payment never came: pending past `before` become `expired` (a set-based move, from
 * `pending` only); those waiting for an admin once their campaign no longer collects. Returns how many.
 */
export async function expirePendingGifts(db: Db, before: Date): Promise<number> {
  assertDonationMove('pending', 'expired')
  const { rowCount } = await db
    .update(donations)
    .set({ status: 'expired', updatedAt: now })
    .from(projects)
    .where(
      and(
        eq(projects.id, donations.project),
        eq(donations.status, 'pending'),
        sql`((NOT ${donations.awaitingApproval} AND ${donations.expiresAt} < ${iso(before)}) OR (${donations.awaitingApproval} AND ${projects.status} <> 'collecting'))`,
      ),
    )
  return rowCount ?? 0
}

/** A paid gift of a failed campaign, undecided and within its deadline, locked: what its donor may still decide about. */
export async function lockUndecidedFailedGift(db: Db, donationId: number, at: Date) {
  const [gift] = await db
    .select({ project: donations.project, amountCents: donations.amountCents })
    .from(donations)
    .innerJoin(projects, eq(projects.id, donations.project))
    .where(
      and(
        eq(donations.id, donationId),
        eq(donations.status, 'paid'),
        isNull(donations.refundRequestedAt),
        sql`${donations.choiceDeadline} > ${iso(at)}`,
        inArray(projects.status, ['failed', 'archived']),
      ),
    )
    .for('update', { of: donations })
  return gift
}

/** The donor chose a refund: it is requested (made by `executeRefunds`). */
export async function requestRefund(db: Db, donationId: number, at: Date): Promise<void> {
  await db
    .update(donations)
    .set({ failureChoice: 'refund', refundRequestedAt: iso(at), updatedAt: now })
    .where(eq(donations.id, donationId))
}

/** A paid gift of a failed campaign moves to the solidarity fund: its status and its ledger row. */
export async function reallocateGift(
  db: Db,
  gift: { id: number; projectId: number; amountCents: number },
  { at, fundAccount, choice }: { at: Date; fundAccount: string; choice?: 'solidarity' },
): Promise<void> {
  assertDonationMove('paid', 'reallocated')
  await db
    .update(donations)
    .set({ status: 'reallocated', settledAt: iso(at), updatedAt: now, ...(choice ? { failureChoice: choice } : {}) })
    .where(and(eq(donations.id, gift.id), eq(donations.status, 'paid')))
  await addLedgerEntry(db, {
    kind: 'reallocation',
    amountCents: gift.amountCents,
    fromAccount: `project:${gift.projectId}`,
    toAccount: fundAccount,
    project: gift.projectId,
    donation: gift.id,
  })
}

/** What a refund's e-mail tells its donor. */
export type RefundedGift = {
  id: number
  amountCents: number
  reference: string
  email: string | null
  firstName: string | null
  title: string
}

/**
 * Refunds made, in one statement for them all: each gift still `paid` becomes `refunded` with its
 * refund's id and its ledger row (out of what is owed back for a gift kept aside, of its project
 * otherwise). Returns the gifts refunded, with what their donors are told; one already recorded is
 * left alone and absent.
 */
export async function recordGiftRefunds(
  db: Db,
  refunds: readonly { id: number; refundId: string }[],
): Promise<RefundedGift[]> {
  if (!refunds.length) return []
  assertDonationMove('paid', 'refunded')
  const d = donations
  const l = ledger_entries
  const made = JSON.stringify(refunds.map((r) => ({ id: r.id, refund_id: r.refundId })))
  const { rows } = await db.execute<{
    id: number
    amount_cents: string
    reference: string
    email: string | null
    first_name: string | null
    title: string
  }>(
    // SQL text: data-modifying CTEs (one statement, one round trip) that Drizzle's builders cannot compose; every identifier comes from the generated schema.
    sql`WITH v AS (SELECT * FROM jsonb_to_recordset(${made}::jsonb) AS v(id int, refund_id text)
    ), done AS (
      UPDATE ${d} SET ${column(d.status)} = 'refunded', ${column(d.refundId)} = v.refund_id, ${column(d.settledAt)} = now(), ${column(d.updatedAt)} = now()
      FROM v WHERE ${d.id} = v.id AND ${d.status} = 'paid'
      RETURNING ${d.id} AS id, ${d.amountCents} AS amount_cents, ${d.project} AS project_id, ${d.overflow} AS overflow, ${d.reference} AS reference, ${d.identity_email} AS email, ${d.identity_firstName} AS first_name
    ), ledger AS (
      INSERT INTO ${l} (${column(l.kind)}, ${column(l.amountCents)}, ${column(l.fromAccount)}, ${column(l.toAccount)}, ${column(l.project)}, ${column(l.donation)})
      SELECT 'refund', amount_cents, CASE WHEN overflow THEN 'refunds-due' ELSE 'project:' || project_id END, 'donor', project_id, id FROM done
    )
    SELECT done.id, done.amount_cents, done.reference, done.email, done.first_name, ${projects.title} AS title FROM done JOIN ${projects} ON ${projects.id} = done.project_id`,
  )
  return rows.map((r) => ({
    id: Number(r.id),
    amountCents: Number(r.amount_cents),
    reference: r.reference,
    email: r.email,
    firstName: r.first_name,
    title: r.title,
  }))
}

/** `column = ANY(ids)`: one bound parameter however many ids (a set of campaigns has thousands of gifts). */
const isAnyOf = (c: AnyPgColumn, ids: readonly number[]) => sql`${c} = ANY(${`{${ids.join(',')}}`}::int[])`

/** The gifts' refunds are requested (made by `executeRefunds`). */
export async function requestRefunds(db: Db, donationIds: readonly number[], at: Date): Promise<void> {
  if (!donationIds.length) return
  await db
    .update(donations)
    .set({ refundRequestedAt: iso(at), updatedAt: now })
    .where(isAnyOf(donations.id, donationIds))
}

/** The donors of failed campaigns are asked what to do with their gifts, until `deadline`. */
export async function askFailureChoice(db: Db, donationIds: readonly number[], deadline: Date): Promise<void> {
  if (!donationIds.length) return
  await db
    .update(donations)
    .set({ choiceDeadline: iso(deadline), updatedAt: now })
    .where(isAnyOf(donations.id, donationIds))
}

/**
 * Gifts of failed campaigns whose donor did not choose in time: `choice` applies and, a refund, is
 * requested. Returns how many.
 */
export async function applyDefaultChoice(db: Db, choice: 'refund' | 'solidarity', at: Date): Promise<number> {
  const { rowCount } = await db
    .update(donations)
    .set({ failureChoice: choice, refundRequestedAt: iso(at), updatedAt: now })
    .where(
      and(
        eq(donations.status, 'paid'),
        isNull(donations.failureChoice),
        isNull(donations.refundRequestedAt),
        sql`${donations.choiceDeadline} < ${iso(at)}`,
      ),
    )
  return rowCount ?? 0
}

/**
 * Ledger rows written together, in one statement (the commissions and payouts of a set of
 * campaigns); `alongside`, writes that must land with them (the payouts' rows those entries
 * record), go in the same statement as its `WITH` queries.
 */
export async function addLedgerEntries(
  db: Db,
  entries: Omit<typeof ledger_entries.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>[],
  alongside: WithSubquery[] = [],
): Promise<void> {
  if (!entries.length) return
  await (alongside.length ? db.with(...alongside) : db).insert(ledger_entries).values(entries)
}

/**
 * Paid gifts of failed campaigns move to the solidarity fund, in one statement for them all: their
 * status (from `paid` only) and their ledger rows, each out of its own project.
 */
export async function reallocateGifts(
  db: Db,
  donationIds: readonly number[],
  { at, fundAccount }: { at: Date; fundAccount: string },
): Promise<void> {
  if (!donationIds.length) return
  assertDonationMove('paid', 'reallocated')
  const d = donations
  const l = ledger_entries
  // SQL text: data-modifying CTEs (one statement, one round trip) that Drizzle's builders cannot compose; every identifier comes from the generated schema.
  await db.execute(sql`
    WITH moved AS (
      UPDATE ${d} SET ${column(d.status)} = 'reallocated', ${column(d.settledAt)} = ${iso(at)}, ${column(d.updatedAt)} = now()
      WHERE ${isAnyOf(d.id, donationIds)} AND ${d.status} = 'paid' RETURNING ${d.id} AS id, ${d.amountCents} AS amount_cents, ${d.project} AS project_id
    )
    INSERT INTO ${l} (${column(l.kind)}, ${column(l.amountCents)}, ${column(l.fromAccount)}, ${column(l.toAccount)}, ${column(l.project)}, ${column(l.donation)})
    SELECT 'reallocation', amount_cents, 'project:' || project_id, ${fundAccount}, project_id, id FROM moved`)
}

/**
 * Failed campaigns' top-ups go back to their programmes, in one statement for them all: their status
 * (from `paid` only, to `refunded`), the programmes' reserved budgets and the ledger rows from each
 * gift's project back to its sponsor.
 */
export async function returnTopUps(db: Db, donationIds: readonly number[], { at }: { at: Date }): Promise<void> {
  if (!donationIds.length) return
  assertDonationMove('paid', 'refunded')
  const d = donations
  const g = programmes
  const l = ledger_entries
  // SQL text: data-modifying CTEs (one statement, one round trip) that Drizzle's builders cannot compose; every identifier comes from the generated schema.
  await db.execute(sql`
    WITH returned AS (
      UPDATE ${d} SET ${column(d.status)} = 'refunded', ${column(d.settledAt)} = ${iso(at)}, ${column(d.updatedAt)} = now() FROM ${g}
      WHERE ${isAnyOf(d.id, donationIds)} AND ${d.status} = 'paid' AND ${g.id} = ${d.programme}
      RETURNING ${d.id} AS id, ${d.amountCents} AS amount_cents, ${d.project} AS project_id, ${g.id} AS programme_id, ${g.sponsor} AS sponsor_id
    ), budgets AS (
      UPDATE ${g} SET ${column(g.reservedCents)} = ${g.reservedCents} - r.total FROM (SELECT programme_id, sum(amount_cents) AS total FROM returned GROUP BY programme_id) r WHERE ${g.id} = r.programme_id
    )
    INSERT INTO ${l} (${column(l.kind)}, ${column(l.amountCents)}, ${column(l.fromAccount)}, ${column(l.toAccount)}, ${column(l.project)}, ${column(l.donation)})
    SELECT 'refund', amount_cents, 'project:' || project_id, 'sponsor:' || sponsor_id, project_id, id FROM returned`)
}

/**
 * The donor's own gift (theirs by account or address), still pending or paid while its campaign can
 * fail (collecting or settling): what happens to it if it does. False when that is no longer possible.
 */
export async function setFailureChoice(
  db: Db,
  donationId: number,
  donor: { id: number; email: string },
  choice: 'refund' | 'solidarity',
): Promise<boolean> {
  const { rowCount } = await db
    .update(donations)
    .set({ failureChoice: choice, updatedAt: now })
    .from(projects)
    .where(
      and(
        eq(donations.id, donationId),
        eq(projects.id, donations.project),
        eq(donations.source, 'donor'),
        sql`(${donations.donor} = ${donor.id} OR lower(${donations.identity_email}) = lower(${donor.email}))`,
        inArray(donations.status, ['pending', 'paid']),
        inArray(projects.status, ['collecting', 'settling']),
      ),
    )
  return Boolean(rowCount)
}
