import { sql } from '@payloadcms/db-postgres'
import { type Payload, type PayloadRequest, ValidationError } from 'payload'

import { roomFor } from '@/domain/donations/holds'
import { FUND_ACCOUNT, grantProblem, topUpProblem } from '@/domain/donations/solidarity-fund'
import type { FundMovement } from '@/payload-types'
import { reqDb } from '@/services/db/drizzle'
import { sqlQuery } from '@/services/db/sql-transaction'

import { reference } from './create-donation'
import { liveHolds } from './holds'
import { addLedgerEntry, insertPaidTopUp, lockProjectForGift } from './store'

// SQL text: the fund's advisory lock and its balance as one filtered aggregate of the ledger.
/** Every movement out of the fund takes this lock (after the project's row), so two top-ups never spend one balance twice. */
export const FUND_LOCK = sql`SELECT pg_advisory_xact_lock(hashtext('solidarity-fund'))`

// SQL text: the fund's advisory lock and its balance as one filtered aggregate of the ledger.
const BALANCE = `SELECT (coalesce(sum(amount_cents) FILTER (WHERE to_account = 'fund'), 0) - coalesce(sum(amount_cents) FILTER (WHERE from_account = 'fund'), 0))::bigint AS balance
  FROM ledger_entries WHERE from_account = 'fund' OR to_account = 'fund'`

export async function fundBalanceCents(payload: Payload): Promise<number> {
  return Number((await sqlQuery(payload, BALANCE)).rows[0].balance)
}

const refuse = (path: string, message: string): never => {
  throw new ValidationError({ collection: 'fund-movements', errors: [{ path, message }] })
}

/**
 * Applies a fund movement in the transaction that records it (the collection's beforeChange hook):
 * a grant adds a ledger row into the fund; a top-up, under the fund's lock and the project's row
 * lock, checks the balance and the optimum, then writes the top-up gift (source "solidarity",
 * paid), the project's new total and the ledger row. Returns the movement's data to store.
 */
export async function applyFundMovement(
  req: PayloadRequest,
  data: Partial<FundMovement>,
): Promise<Partial<FundMovement>> {
  const { payload } = req
  const db = await reqDb(payload, req)
  const amount = Number(data.amountCents)
  const stored = { ...data, donation: null, createdBy: req.user?.id ?? null }
  if (data.kind === 'grant') {
    const problem = grantProblem(amount, data.partner)
    if (problem) refuse(problem.path, problem.message)
    await addLedgerEntry(db, {
      kind: 'fund_grant_in',
      amountCents: amount,
      fromAccount: `partner:${data.partner!.trim()}`,
      toAccount: FUND_ACCOUNT,
    })
    return { ...stored, project: null }
  }
  const projectId = typeof data.project === 'object' ? data.project?.id : data.project
  // Locks in the order every writer takes them: the project, then the fund. The project's row is
  // locked alone, then the gifts being paid are read (a new snapshot: none committed meanwhile is missed).
  const project = projectId ? await lockProjectForGift(db, projectId) : undefined
  const holds = project ? await liveHolds(db, Number(projectId), new Date()) : []
  // SQL text: an advisory lock, and the fund's balance as one filtered aggregate of the ledger.
  await db.execute(FUND_LOCK)
  const balance = Number((await db.execute<{ balance: string }>(sql.raw(BALANCE))).rows[0].balance)
  const problem = topUpProblem(
    amount,
    balance,
    project
      ? {
          status: String(project.status),
          courteEchelle: Boolean(project.courteEchelle),
          optimumGoalCents: project.optimumGoalCents,
          collectedCents: Number(project.collectedCents),
          // What gifts being paid hold, as any new donor sees it (README, "Gifts at the optimum").
          reservedCents:
            project.optimumGoalCents === null
              ? 0
              : roomFor(project.optimumGoalCents, Number(project.collectedCents), holds, null).heldCents,
        }
      : null,
  )
  if (problem) refuse(problem.path, problem.message)
  const donation = await insertPaidTopUp(
    db,
    {
      reference: reference(),
      project: projectId!,
      amountCents: amount,
      source: 'solidarity',
      donorType: 'individual',
      paymentMethod: 'internal',
      provider: 'internal',
      paidAt: sql`now()`,
      display: 'anonymous',
      hideAmount: false,
    },
    { kind: 'fund_topup_out', from: FUND_ACCOUNT },
  )
  return { ...stored, partner: null, project: projectId, donation }
}
