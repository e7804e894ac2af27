import type { Hold } from '@/domain/donations/holds'
import { openAmountCents } from '@/domain/donations/rules'
import { FUND_ACCOUNT } from '@/domain/donations/solidarity-fund'
import { type Criteria, type ProjectFacts, matchCriteria } from '@/domain/sponsors/criteria'
import { type Bounds, gapCloseTopUp, matchTopUp, thresholdTopUp } from '@/domain/sponsors/mechanisms'

import { type Db, pgText, queryOn, runNamed } from '@/services/db/drizzle'
import { reference } from '@/services/donations/create-donation'
import { liveHolds } from '@/services/donations/holds'
import { insertPaidTopUp } from '@/services/donations/store'

type ProgrammeRow = Record<string, unknown> & {
  id: number
  mechanism: string
  funding: string
  sponsor_id: number | null
}

/**
 * The active programmes with the given mechanisms, with their criteria's lists. Cheap when there are
 * none. On every confirmed gift: a named statement (planned once per connection), whose columns are
 * listed so that a later column cannot change its result.
 */
export async function activeProgrammes(db: Db, mechanisms: readonly string[], now: Date): Promise<ProgrammeRow[]> {
  // SQL text: eight correlated aggregates over the criteria's tables, read as one row per programme (the builders would need a subquery each).
  const { rows } = await runNamed<ProgrammeRow>(
    db,
    'active-programmes',
    pgText(
      `SELECT g.id, g.name, g.mechanism, g.funding, g.sponsor_id, g.ratio_percent, g.cap_per_gift_cents, g.cap_per_project_cents, g.cap_per_donor_cents,
       g.amount_cents, g.share_percent, g.min_donors, g.days_before_end,
       g.criteria_vocational_lycee, g.criteria_courte_echelle_only, g.criteria_min_nights, g.criteria_max_minimum_goal_cents, s.name AS sponsor_name,
       coalesce((SELECT array_agg(r.themes_id) FROM programmes_rels r WHERE r.parent_id = g.id AND r.path = 'criteria.themes'), '{}') AS theme_ids,
       coalesce((SELECT array_agg(r.departments_id) FROM programmes_rels r WHERE r.parent_id = g.id AND r.path = 'criteria.departments'), '{}') AS department_ids,
       coalesce((SELECT array_agg(r.academies_id) FROM programmes_rels r WHERE r.parent_id = g.id AND r.path = 'criteria.academies'), '{}') AS academy_ids,
       coalesce((SELECT array_agg(l.value::text) FROM programmes_criteria_levels l WHERE l.parent_id = g.id), '{}'::text[]) AS levels,
       coalesce((SELECT array_agg(k.value::text) FROM programmes_criteria_kinds k WHERE k.parent_id = g.id), '{}'::text[]) AS kinds,
       coalesce((SELECT array_agg(t.value::text) FROM programmes_criteria_territories t WHERE t.parent_id = g.id), '{}'::text[]) AS territories
     FROM programmes g LEFT JOIN sponsors s ON s.id = g.sponsor_id
     WHERE g.active AND g.mechanism = ANY($1) AND (g.starts_on IS NULL OR g.starts_on <= $2) AND (g.ends_on IS NULL OR g.ends_on >= $2)
     ORDER BY g.id`,
      [`{${mechanisms.join(',')}}`, now],
    ),
  )
  return rows
}

const criteriaOf = (g: ProgrammeRow): Criteria => ({
  themes: (g.theme_ids as number[]).map(Number),
  departments: (g.department_ids as number[]).map(Number),
  academies: (g.academy_ids as number[]).map(Number),
  levels: g.levels as Criteria['levels'],
  kinds: g.kinds as string[],
  territories: g.territories as Criteria['territories'],
  vocationalLycee: Boolean(g.criteria_vocational_lycee),
  courteEchelleOnly: Boolean(g.criteria_courte_echelle_only),
  minNights: g.criteria_min_nights == null ? null : Number(g.criteria_min_nights),
  maxMinimumGoalCents: g.criteria_max_minimum_goal_cents == null ? null : Number(g.criteria_max_minimum_goal_cents),
})

/** What the criteria need to know of a project (its row is already locked by the caller). */
export async function projectFacts(
  db: Db,
  projectId: number,
): Promise<
  ProjectFacts & {
    collectedCents: number
    donorCount: number
    optimumGoalCents: number | null
    endDate: string | null
    status: string
  }
> {
  // SQL text: the project with its establishment's, département's and themes' facts in one read (a row of every column).
  const p = (
    await queryOn(db)(
      `SELECT p.*, e.kind AS establishment_kind, e.priority_education, e.isolated_rural, e.department_id, d.academy_id,
         coalesce((SELECT array_agg(r.themes_id) FROM projects_rels r WHERE r.parent_id = p.id AND r.path = 'themes'), '{}') AS theme_ids
       FROM projects p LEFT JOIN establishments e ON e.id = p.establishment_id LEFT JOIN departments d ON d.id = e.department_id WHERE p.id = $1`,
      [projectId],
    )
  ).rows[0]
  return {
    themes: (p.theme_ids as number[]).map(Number),
    department: p.department_id ?? null,
    academy: p.academy_id ?? null,
    level: p.level ?? null,
    priorityEducation: p.priority_education ?? null,
    isolatedRural: Boolean(p.isolated_rural),
    establishmentKind: p.establishment_kind ?? null,
    courteEchelle: Boolean(p.courte_echelle),
    kind: p.kind ?? null,
    nights: p.nights == null ? null : Number(p.nights),
    minimumGoalCents: Number(p.minimum_goal_cents ?? 0),
    collectedCents: Number(p.collected_cents ?? 0),
    donorCount: Number(p.donor_count ?? 0),
    optimumGoalCents: p.optimum_goal_cents == null ? null : Number(p.optimum_goal_cents),
    endDate: p.end_date ?? null,
    status: p.status,
  }
}

/** Whether the programme applies to the project: an admin's latest exception first, then the criteria. */
export async function eligibility(
  db: Db,
  programme: ProgrammeRow,
  projectId: number,
  facts: ProjectFacts,
): Promise<{ eligible: boolean; explanation: string }> {
  // SQL text: a read of the admins' latest exception (programme_adjustments), outside the donations aggregate.
  const exception = (
    await queryOn(db)(
      `SELECT action, reason FROM programme_adjustments WHERE programme_id = $1 AND project_id = $2 ORDER BY id DESC LIMIT 1`,
      [programme.id, projectId],
    )
  ).rows[0]
  if (exception?.action === 'exclude') return { eligible: false, explanation: '' }
  if (exception?.action === 'include')
    return { eligible: true, explanation: `Ajouté au programme par le GIP : ${exception.reason}` }
  const match = matchCriteria(criteriaOf(programme), facts)
  return {
    eligible: match.eligible,
    explanation: match.met.length
      ? `Critères remplis : ${match.met.join(' ; ')}.`
      : 'Programme ouvert à tous les projets.',
  }
}

/** The programme's budget left, its row (or the fund) locked until the transaction ends, so concurrent top-ups queue for it. */
async function lockBudget(db: Db, programme: ProgrammeRow): Promise<number> {
  const query = queryOn(db)
  if (programme.funding === 'solidarity_fund') {
    // SQL text: an advisory lock, and the fund's balance as one filtered aggregate of the ledger.
    await query(`SELECT pg_advisory_xact_lock(hashtext('solidarity-fund'))`)
    const { rows } = await query(
      `SELECT (coalesce(sum(amount_cents) FILTER (WHERE to_account = 'fund'), 0) - coalesce(sum(amount_cents) FILTER (WHERE from_account = 'fund'), 0))::bigint AS balance FROM ledger_entries WHERE from_account = 'fund' OR to_account = 'fund'`,
    )
    return Number(rows[0].balance)
  }
  // SQL text: the programme's budget under its row lock (the programmes' engine, outside the donations aggregate).
  const { rows } = await query(
    'SELECT budget_cents::bigint AS budget, reserved_cents::bigint AS reserved FROM programmes WHERE id = $1 FOR UPDATE',
    [programme.id],
  )
  return Number(rows[0].budget ?? 0) - Number(rows[0].reserved ?? 0)
}

/** Writes one top-up: its gift row (paid, linked to the gift and the programme, with the explanation), the budget, the project's total, the ledger. */
async function writeTopUp(
  db: Db,
  programme: ProgrammeRow,
  {
    projectId,
    giftId,
    amount,
    explanation,
    now,
  }: { projectId: number; giftId: number | null; amount: number; explanation: string; now: Date },
) {
  const fromFund = programme.funding === 'solidarity_fund'
  await insertPaidTopUp(
    db,
    {
      reference: reference(),
      project: projectId,
      amountCents: amount,
      source: fromFund ? 'solidarity' : 'sponsor',
      donorType: 'company',
      paymentMethod: 'internal',
      provider: 'internal',
      paidAt: now.toISOString(),
      display: 'name',
      hideAmount: false,
      topUpOf: giftId,
      programme: programme.id,
      explanation,
      identity_companyName: fromFund ? 'Fonds solidaire' : (programme.sponsor_name as string | null),
    },
    {
      kind: fromFund ? 'fund_topup_out' : 'sponsor_topup',
      from: fromFund ? FUND_ACCOUNT : `sponsor:${programme.sponsor_id}`,
    },
  )
  // SQL text: the programme's reservation (the programmes' engine, outside the donations aggregate).
  if (!fromFund)
    await queryOn(db)('UPDATE programmes SET reserved_cents = reserved_cents + $1, updated_at = now() WHERE id = $2', [
      amount,
      programme.id,
    ])
}

/** The room a top-up may take: what a new donor could give (gifts being paid keep their places, README "Gifts at the optimum"). */
const roomOf = (facts: {
  status: string
  optimumGoalCents: number | null
  collectedCents: number
  holds: readonly Hold[]
}) => (facts.optimumGoalCents == null ? null : openAmountCents({ ...facts, stopAtOptimum: true }))

/**
 * The order of operations (README, "Sponsors"): a donor's gift has just been confirmed in `db`'s
 * transaction, the project's row locked; `programmes` are the active match and threshold
 * programmes (`activeProgrammes`, read before the lock). Each one the project is
 * eligible for tops it up, under the programme's lock (or the fund's), within its budget, its caps
 * and the room under the optimum, as a gift row linked to the donor's gift with the criteria met.
 * Returns the total added.
 */
export async function applyGiftTopUps(
  db: Db,
  programmes: readonly ProgrammeRow[],
  {
    giftId,
    projectId,
    giftCents,
    donorEmail,
    now,
  }: { giftId: number; projectId: number; giftCents: number; donorEmail: string | null; now: Date },
): Promise<number> {
  if (programmes.length === 0) return 0
  const facts = { ...(await projectFacts(db, projectId)), holds: await liveHolds(db, projectId, now) }
  let added = 0
  for (const programme of programmes) {
    const { eligible, explanation } = await eligibility(db, programme, projectId, facts)
    if (!eligible) continue
    const budgetLeftCents = await lockBudget(db, programme)
    const bounds: Bounds = {
      budgetLeftCents,
      roomCents: roomOf({ ...facts, collectedCents: facts.collectedCents + added }),
    }
    // SQL text: what the programme gave the project and the donor so far, as filtered aggregates with a self-join.
    const so = (
      await queryOn(db)(
        `SELECT coalesce(sum(t.amount_cents), 0)::bigint AS project, coalesce(sum(t.amount_cents) FILTER (WHERE lower(g.identity_email) = lower($3)), 0)::bigint AS donor, count(*)::int AS count
         FROM donations t LEFT JOIN donations g ON g.id = t.top_up_of_id WHERE t.programme_id = $1 AND t.project_id = $2 AND t.status = 'paid'`,
        [programme.id, projectId, donorEmail ?? ''],
      )
    ).rows[0]
    const amount =
      programme.mechanism === 'match'
        ? matchTopUp(
            {
              giftCents,
              ratioPercent: Number(programme.ratio_percent ?? 0),
              capPerGiftCents: num(programme.cap_per_gift_cents),
              capPerProjectCents: num(programme.cap_per_project_cents),
              capPerDonorCents: num(programme.cap_per_donor_cents),
            },
            { projectSoFarCents: Number(so.project), donorSoFarCents: donorEmail ? Number(so.donor) : 0 },
            bounds,
          )
        : thresholdTopUp(
            {
              amountCents: Number(programme.amount_cents ?? 0),
              sharePercent: Number(programme.share_percent ?? 100),
              minDonors: Number(programme.min_donors ?? 0),
            },
            {
              collectedCents: facts.collectedCents + added,
              minimumGoalCents: facts.minimumGoalCents,
              donorCount: facts.donorCount,
              alreadyToppedUp: so.count > 0,
            },
            bounds,
          )
    if (amount <= 0) continue
    await writeTopUp(db, programme, {
      projectId,
      giftId: programme.mechanism === 'match' ? giftId : null,
      amount,
      explanation,
      now,
    })
    added += amount
  }
  return added
}

const num = (value: unknown) => (value == null ? null : Number(value))

/**
 * Gap close (from the campaign job): for each active gap-close programme, each eligible collecting
 * project within its last days and at or above the share of its minimum is topped up to it, once.
 */
export async function applyGapCloseTopUps(
  db: Db,
  projectId: number,
  { daysLeft, now }: { daysLeft: number; now: Date },
): Promise<number> {
  const programmes = await activeProgrammes(db, ['gap_close'], now)
  if (programmes.length === 0) return 0
  const query = queryOn(db)
  // SQL text: the project's row lock, alone in its statement (README, "Gifts at the optimum").
  await query('SELECT id FROM projects WHERE id = $1 FOR UPDATE', [projectId])
  const facts = { ...(await projectFacts(db, projectId)), holds: await liveHolds(db, projectId, now) }
  if (facts.status !== 'collecting') return 0
  let added = 0
  for (const programme of programmes) {
    const { eligible, explanation } = await eligibility(db, programme, projectId, facts)
    if (!eligible) continue
    // SQL text: an existence check.
    const done = (
      await query(`SELECT 1 FROM donations WHERE programme_id = $1 AND project_id = $2 AND status = 'paid' LIMIT 1`, [
        programme.id,
        projectId,
      ])
    ).rowCount
    const budgetLeftCents = await lockBudget(db, programme)
    const amount = gapCloseTopUp(
      {
        daysBeforeEnd: Number(programme.days_before_end ?? 0),
        sharePercent: Number(programme.share_percent ?? 100),
        capPerProjectCents: num(programme.cap_per_project_cents),
      },
      {
        daysLeft,
        collectedCents: facts.collectedCents + added,
        minimumGoalCents: facts.minimumGoalCents,
        alreadyToppedUp: Boolean(done),
      },
      { budgetLeftCents, roomCents: roomOf({ ...facts, collectedCents: facts.collectedCents + added }) },
    )
    if (amount <= 0) continue
    await writeTopUp(db, programme, { projectId, giftId: null, amount, explanation, now })
    added += amount
  }
  return added
}
