import type { Payload } from 'payload'

import { sqlQuery } from '@/services/db/sql-transaction'

export type Query = (text: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>

/** Gifts whose money counts in their project's total (paid once, whatever happened next). */
const COUNTED = `d.status IN ('paid', 'refunded', 'reallocated') AND NOT d.overflow`
// History imported from the former platform is outside the ledger (it records the money this portal moved).
const SCOPE = `($1::int[] IS NULL OR p.id = ANY($1)) AND NOT coalesce(p.imported, false)`

/**
 * The invariants of the money, each a query returning the rows that break it, with a French
 * sentence naming the first imbalance. `projectIds` limits the per-project and per-gift checks
 * (tests share one database with fixtures); the fund and the refunds account are always checked.
 */
const CHECKS: { name: string; sql: string; describe: (row: Record<string, unknown>) => string }[] = [
  {
    name: 'project totals',
    // SQL text: the ledger's reconciliation reads the raw tables on purpose, independently of the store that writes them (aggregates with FILTER).
    sql: `SELECT p.id, p.collected_cents::bigint AS total, p.donor_count AS donors,
            coalesce(sum(d.amount_cents) FILTER (WHERE ${COUNTED}), 0)::bigint AS gifts,
            count(*) FILTER (WHERE ${COUNTED} AND d.source = 'donor')::int AS gift_donors
          FROM projects p LEFT JOIN donations d ON d.project_id = p.id WHERE ${SCOPE}
          GROUP BY p.id HAVING p.collected_cents <> coalesce(sum(d.amount_cents) FILTER (WHERE ${COUNTED}), 0)
             OR coalesce(p.donor_count, 0) <> count(*) FILTER (WHERE ${COUNTED} AND d.source = 'donor')`,
    describe: (r) =>
      `projet ${r.id} : total ${r.total} c et ${r.donors} donateurs, mais ses dons payés font ${r.gifts} c et ${r.gift_donors} donateurs`,
  },
  {
    name: 'project accounts',
    // A project's account holds its paid gifts until it is settled: zero once paid out, or once every gift of a failed campaign is refunded or reallocated.
    // SQL text: the ledger's reconciliation reads the raw tables on purpose, independently of the store that writes them (aggregates with FILTER).
    sql: `SELECT * FROM (SELECT p.id, p.status, coalesce(l.balance, 0)::bigint AS balance,
            CASE WHEN EXISTS (SELECT 1 FROM payouts po WHERE po.project_id = p.id) THEN 0
                 ELSE coalesce((SELECT sum(d.amount_cents) FROM donations d WHERE d.project_id = p.id AND d.status = 'paid' AND NOT d.overflow), 0) END::bigint AS expected
          FROM projects p
          LEFT JOIN (SELECT account, sum(amount) AS balance FROM (
              SELECT to_account AS account, amount_cents AS amount FROM ledger_entries UNION ALL SELECT from_account, -amount_cents FROM ledger_entries) m
            WHERE account LIKE 'project:%' GROUP BY account) l ON l.account = 'project:' || p.id
          WHERE ${SCOPE}) a WHERE balance <> expected`,
    describe: (r) =>
      `projet ${r.id} (${r.status}) : son compte au grand livre est de ${r.balance} c, il devrait être de ${r.expected} c`,
  },
  {
    name: 'gift movements',
    // SQL text: the ledger's reconciliation reads the raw tables on purpose, independently of the store that writes them (aggregates with FILTER).
    sql: `SELECT d.id, d.status, d.source,
            count(l.id) FILTER (WHERE l.kind IN ('gift_in', 'fund_topup_out', 'sponsor_topup'))::int AS ins,
            count(l.id) FILTER (WHERE l.kind = 'refund')::int AS refunds,
            count(l.id) FILTER (WHERE l.kind = 'reallocation')::int AS reallocations,
            bool_and(l.amount_cents = d.amount_cents) AS same_amounts
          FROM donations d JOIN projects p ON p.id = d.project_id LEFT JOIN ledger_entries l ON l.donation_id = d.id
          WHERE ${SCOPE} GROUP BY d.id
          HAVING count(l.id) FILTER (WHERE l.kind IN ('gift_in', 'fund_topup_out', 'sponsor_topup')) <> CASE WHEN d.status IN ('paid', 'refunded', 'reallocated') THEN 1 ELSE 0 END
             OR count(l.id) FILTER (WHERE l.kind = 'refund') <> CASE WHEN d.status = 'refunded' THEN 1 ELSE 0 END
             OR count(l.id) FILTER (WHERE l.kind = 'reallocation') <> CASE WHEN d.status = 'reallocated' THEN 1 ELSE 0 END
             OR NOT coalesce(bool_and(l.amount_cents = d.amount_cents), true)`,
    describe: (r) =>
      `don ${r.id} (${r.status}) : ${r.ins} entrée(s), ${r.refunds} remboursement(s), ${r.reallocations} réaffectation(s) au grand livre${r.same_amounts === false ? ', montants différents du don' : ''}`,
  },
  {
    name: 'payouts',
    // SQL text: the ledger's reconciliation reads the raw tables on purpose, independently of the store that writes them (aggregates with FILTER).
    sql: `SELECT * FROM (SELECT po.project_id, po.collected_cents::bigint AS collected, po.commission_cents::bigint AS commission, po.payout_cents::bigint AS payout,
            coalesce((SELECT sum(amount_cents) FROM ledger_entries l WHERE l.project_id = po.project_id AND l.kind = 'commission'), 0)::bigint AS ledger_commission,
            coalesce((SELECT sum(amount_cents) FROM ledger_entries l WHERE l.project_id = po.project_id AND l.kind = 'payout'), 0)::bigint AS ledger_payout
          FROM payouts po JOIN projects p ON p.id = po.project_id WHERE ${SCOPE}) v
          WHERE commission + payout <> collected OR commission <> ledger_commission OR payout <> ledger_payout`,
    describe: (r) =>
      `versement du projet ${r.project_id} : collecté ${r.collected} c, commission ${r.commission} c (grand livre ${r.ledger_commission} c), versement ${r.payout} c (grand livre ${r.ledger_payout} c)`,
  },
  {
    name: 'programme budgets',
    // SQL text: the ledger's reconciliation reads the raw tables on purpose, independently of the store that writes them (aggregates with FILTER).
    sql: `SELECT * FROM (SELECT g.id, g.name, g.budget_cents::bigint AS budget, g.reserved_cents::bigint AS reserved,
            coalesce((SELECT sum(d.amount_cents) FROM donations d WHERE d.programme_id = g.id AND d.status = 'paid'), 0)::bigint AS top_ups
          FROM programmes g WHERE g.funding = 'sponsor') b
          WHERE reserved <> top_ups OR reserved > coalesce(budget, 0)`,
    describe: (r) =>
      `programme ${r.id} (${r.name}) : ${r.reserved} c engagés pour ${r.top_ups} c d’abondements, budget ${r.budget} c`,
  },
  {
    name: 'solidarity fund',
    // SQL text: the ledger's reconciliation reads the raw tables on purpose, independently of the store that writes them (aggregates with FILTER).
    sql: `SELECT id, running FROM (
            SELECT id, sum(CASE WHEN to_account = 'fund' THEN amount_cents ELSE -amount_cents END) OVER (ORDER BY id) AS running
            FROM ledger_entries WHERE to_account = 'fund' OR from_account = 'fund') f
          WHERE running < 0 ORDER BY id LIMIT 1`,
    describe: (r) => `fonds solidaire : le solde devient négatif (${r.running} c) à l’écriture ${r.id}`,
  },
  {
    name: 'refunds due',
    // SQL text: the ledger's reconciliation reads the raw tables on purpose, independently of the store that writes them (aggregates with FILTER).
    sql: `SELECT balance, expected FROM (SELECT
            coalesce((SELECT sum(CASE WHEN to_account = 'refunds-due' THEN amount_cents ELSE -amount_cents END) FROM ledger_entries WHERE 'refunds-due' IN (to_account, from_account)), 0)::bigint AS balance,
            coalesce((SELECT sum(amount_cents) FROM donations WHERE overflow AND status = 'paid'), 0)::bigint AS expected) r
          WHERE balance <> expected`,
    describe: (r) =>
      `compte des remboursements dus : ${r.balance} c au grand livre, ${r.expected} c de dons à rembourser`,
  },
  {
    name: 'amounts',
    // SQL text: the ledger's reconciliation reads the raw tables on purpose, independently of the store that writes them (aggregates with FILTER).
    sql: `SELECT id, kind, amount_cents FROM ledger_entries WHERE amount_cents < 0 OR (amount_cents = 0 AND kind NOT IN ('commission', 'payout')) LIMIT 1`,
    describe: (r) => `écriture ${r.id} (${r.kind}) : montant ${r.amount_cents} c`,
  },
]

/** Every imbalance found, in the order of the checks (empty when the ledger is sound). */
export async function checkLedger(query: Query, { projectIds }: { projectIds?: number[] } = {}): Promise<string[]> {
  const problems: string[] = []
  for (const check of CHECKS) {
    const usesScope = check.sql.includes('$1')
    const { rows } = await query(check.sql, usesScope ? [projectIds ? `{${projectIds.join(',')}}` : null] : [])
    problems.push(...rows.map(check.describe))
  }
  return problems
}

export const checkPayloadLedger = (payload: Payload, options?: { projectIds?: number[] }) =>
  checkLedger((text, params) => sqlQuery(payload, text, params), options)
