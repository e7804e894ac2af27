import { sql } from '@payloadcms/db-postgres'
import { type Payload, type PayloadRequest, ValidationError } from 'payload'

import { roomFor } from '@/domain/donations/holds'
import { FUND_ACCOUNT, grantProblem, topUpProblem } from '@/domain/donations/solidarity-fund'
import type { FundMovement } from '@/payload-types'
import { reqQuery, reqSql } from '@/services/db/req-sql'
import { sqlQuery } from '@/services/db/sql-transaction'

import { reference } from './create-donation'
import { liveHolds } from './holds'

/** Every movement out of the fund takes this lock (after the project's row), so two top-ups never spend one balance twice. */
export const FUND_LOCK = sql`SELECT pg_advisory_xact_lock(hashtext('solidarity-fund'))`

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
export async function applyFundMovement(req: PayloadRequest, data: Partial<FundMovement>): Promise<Partial<FundMovement>> {
  const { payload } = req
  const run = await reqSql(payload, req)
  const amount = Number(data.amountCents)
  const stored = { ...data, donation: null, createdBy: req.user?.id ?? null }
  if (data.kind === 'grant') {
    const problem = grantProblem(amount, data.partner)
    if (problem) refuse(problem.path, problem.message)
    await run(sql`INSERT INTO ledger_entries (kind, amount_cents, from_account, to_account) VALUES ('fund_grant_in', ${amount}, ${`partner:${data.partner!.trim()}`}, ${FUND_ACCOUNT})`)
    return { ...stored, project: null }
  }
  const projectId = typeof data.project === 'object' ? data.project?.id : data.project
  // Locks in the order every writer takes them: the project, then the fund. The project's row is
  // locked alone, then the gifts being paid are read (a new snapshot: none committed meanwhile is missed).
  const project = projectId
    ? (await run(sql`SELECT status, courte_echelle, optimum_goal_cents::bigint AS optimum, collected_cents::bigint AS collected FROM projects WHERE id = ${projectId} FOR UPDATE`)).rows[0]
    : undefined
  const holds = project ? await liveHolds(await reqQuery(payload, req), Number(projectId), new Date()) : []
  await run(FUND_LOCK)
  const balance = Number((await run(sql.raw(BALANCE))).rows[0].balance)
  const problem = topUpProblem(
    amount,
    balance,
    project
      ? {
          status: String(project.status),
          courteEchelle: Boolean(project.courte_echelle),
          optimumGoalCents: project.optimum === null ? null : Number(project.optimum),
          collectedCents: Number(project.collected),
          // What gifts being paid hold, as any new donor sees it (README, "Gifts at the optimum").
          reservedCents: project.optimum === null ? 0 : roomFor(Number(project.optimum), Number(project.collected), holds, null).heldCents,
        }
      : null,
  )
  if (problem) refuse(problem.path, problem.message)
  const { rows } = await run(sql`
    WITH gift AS (
      INSERT INTO donations (reference, project_id, amount_cents, status, source, donor_type, payment_method, provider, paid_at, display, hide_amount)
      VALUES (${reference()}, ${projectId}, ${amount}, 'paid', 'solidarity', 'individual', 'internal', 'internal', now(), 'anonymous', false) RETURNING id
    ), total AS (
      UPDATE projects SET collected_cents = collected_cents + ${amount}, updated_at = now() WHERE id = ${projectId}
    ), ledger AS (
      INSERT INTO ledger_entries (kind, amount_cents, from_account, to_account, project_id, donation_id)
      SELECT 'fund_topup_out', ${amount}, ${FUND_ACCOUNT}, ${`project:${projectId}`}, ${projectId}, id FROM gift
    )
    SELECT id FROM gift`)
  return { ...stored, partner: null, project: projectId, donation: rows[0].id as number }
}
