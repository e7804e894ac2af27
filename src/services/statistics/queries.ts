import type { Payload } from 'payload'

import type { Breakdown, BreakdownCounts } from '@/domain/statistics/breakdowns'
import { NOT_GIVEN } from '@/domain/statistics/breakdowns'
import { COMPLETED_STATUSES, PUBLISHED_STATUSES, SUCCEEDED_STATUSES } from '@/domain/statistics/campaigns'
import type { FundFlow, FundFlowKey } from '@/domain/statistics/fund'
import { COUNTED_GIFT_STATUSES, type GiftCounts, communeKeySql } from '@/domain/statistics/gifts'
import { type PeriodKind, periodBounds } from '@/domain/statistics/periods'
import type { ProgrammeTopUps } from '@/domain/statistics/tables'
import { type CampaignCounts, emptyCounts } from '@/domain/statistics/yearly'
import { sqlQuery } from '@/services/db/sql-transaction'

/**
 * The statistics' SQL aggregates (issue 9): PostgreSQL counts and sums, never a row per project or
 * gift in memory; src/domain/statistics turns the sums into rates and averages. Each expression
 * mirrors a pure definition (campaignOutcome, periodOf, departmentOfPostcode, communeKey), and
 * tests/int/statistics.int.spec.ts checks the two agree. Periods are ranges on the ISO date texts
 * (`end_date >= '2023-01-01' AND end_date < '2024-01-01'`), which use the dates' indexes.
 */

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ')
const COMPLETED = `p.status IN (${list(COMPLETED_STATUSES)})`
const PUBLISHED = `p.status IN (${list(PUBLISHED_STATUSES)})`

/** campaignOutcome() in SQL. */
export const OUTCOME_SQL = `CASE WHEN p.legacy_outcome IS NOT NULL THEN p.legacy_outcome::text
  WHEN p.status IN (${list(SUCCEEDED_STATUSES)}) THEN 'succeeded'
  WHEN p.status = 'failed' THEN 'failed'
  WHEN p.status = 'archived' THEN CASE WHEN coalesce(p.collected_cents, 0) >= coalesce(p.minimum_goal_cents, 0) THEN 'succeeded' ELSE 'failed' END END`

/** periodOf() in SQL, on an ISO date text column. */
export const periodSql = (column: string, kind: PeriodKind) =>
  kind === 'calendar'
    ? `left(${column}, 4)::int`
    : `(left(${column}, 4)::int - CASE WHEN substr(${column}, 6, 2) < '09' THEN 1 ELSE 0 END)`

/** departmentOfPostcode() in SQL. */
const departmentOfPostcodeSql = (column: string) => `CASE WHEN ${column} ~ '^[0-9]{5}$' THEN
  CASE WHEN left(${column}, 2) IN ('97', '98') THEN left(${column}, 3) WHEN left(${column}, 2) = '20' THEN CASE WHEN ${column} < '20200' THEN '2A' ELSE '2B' END ELSE left(${column}, 2) END END`

const n = (v: unknown) => Number(v ?? 0)
const nOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v))

/** Campaigns completed per period (all periods, or those of `range`), summed as the yearly table needs. */
export async function campaignCountsByPeriod(
  payload: Payload,
  kind: PeriodKind,
  range?: { from: number; to: number },
): Promise<Map<number, CampaignCounts>> {
  const bounds = range ? [periodBounds(range.from, kind).from, periodBounds(range.to, kind).to] : [null, null]
  // SQL text: the key figures' reporting aggregates (FILTER, date buckets, GROUP BY over joins), read-only.
  const { rows } = await sqlQuery(
    payload,
    `SELECT period, count(*) AS completed, count(*) FILTER (WHERE won) AS succeeded, coalesce(sum(collected) FILTER (WHERE won), 0) AS won_cents,
       count(*) FILTER (WHERE level = 'ecole') AS c1, count(*) FILTER (WHERE level = 'ecole' AND won) AS s1,
       count(*) FILTER (WHERE level IN ('college', 'lycee')) AS c2, count(*) FILTER (WHERE level IN ('college', 'lycee') AND won) AS s2,
       count(*) FILTER (WHERE courte_echelle) AS ce,
       count(*) FILTER (WHERE minimum IS NOT NULL AND optimum IS NOT NULL) AS with_goals,
       coalesce(sum(minimum) FILTER (WHERE minimum IS NOT NULL AND optimum IS NOT NULL), 0) AS minimum, coalesce(sum(optimum) FILTER (WHERE minimum IS NOT NULL AND optimum IS NOT NULL), 0) AS optimum
     FROM (SELECT ${periodSql('p.end_date', kind)} AS period, (${OUTCOME_SQL}) = 'succeeded' AS won, coalesce(p.collected_cents, 0) AS collected, p.level::text AS level,
             coalesce(p.courte_echelle, false) AS courte_echelle, p.minimum_goal_cents AS minimum, p.optimum_goal_cents AS optimum
           FROM projects p WHERE ${COMPLETED} AND p.end_date IS NOT NULL AND ($1::text IS NULL OR (p.end_date >= $1 AND p.end_date < $2))) c
     GROUP BY period ORDER BY period`,
    bounds,
  )
  return new Map(
    rows.map((r) => {
      const counts = emptyCounts()
      counts.completed = n(r.completed)
      counts.succeeded = n(r.succeeded)
      counts.succeededCollectedCents = n(r.won_cents)
      counts.byDegree = {
        first: { completed: n(r.c1), succeeded: n(r.s1) },
        second: { completed: n(r.c2), succeeded: n(r.s2) },
      }
      counts.courteEchelle = n(r.ce)
      counts.withGoals = n(r.with_goals)
      counts.minimumGoalCents = n(r.minimum)
      counts.optimumGoalCents = n(r.optimum)
      return [n(r.period), counts]
    }),
  )
}

/** The periods that have completed campaigns or published projects, most recent first. */
/** Periods with data, most recent first, and those among them where a campaign was completed. */
export async function periodsWithData(
  payload: Payload,
  kind: PeriodKind,
): Promise<{ periods: number[]; completed: number[] }> {
  // SQL text: the key figures' reporting aggregates (FILTER, date buckets, GROUP BY over joins), read-only.
  const { rows } = await sqlQuery(
    payload,
    `SELECT period, bool_or(completed) AS completed FROM (
       SELECT ${periodSql('p.end_date', kind)} AS period, true AS completed FROM projects p WHERE ${COMPLETED} AND p.end_date ~ '^[0-9]{4}-'
       UNION SELECT ${periodSql('p.start_date', kind)}, false FROM projects p WHERE ${PUBLISHED} AND p.start_date ~ '^[0-9]{4}-') y GROUP BY period ORDER BY period DESC`,
  )
  return {
    periods: rows.map((r) => n(r.period)),
    completed: rows.filter((r) => r.completed === true).map((r) => n(r.period)),
  }
}

const LEVEL_LABELS: Record<string, string> = {
  ecole: 'École (1er degré)',
  college: 'Collège (2nd degré)',
  lycee: 'Lycée (2nd degré)',
}

const BREAKDOWN_SQL: Record<Breakdown, { key: string; label: string; joins: string }> = {
  academy: {
    key: 'a.code',
    label: 'a.name',
    joins:
      'LEFT JOIN establishments e ON e.id = p.establishment_id LEFT JOIN departments d ON d.id = e.department_id LEFT JOIN academies a ON a.id = d.academy_id',
  },
  department: {
    key: 'd.code',
    label: `d.name || ' (' || d.code || ')'`,
    joins: 'LEFT JOIN establishments e ON e.id = p.establishment_id LEFT JOIN departments d ON d.id = e.department_id',
  },
  theme: {
    key: 't.slug',
    label: 't.name',
    joins: `LEFT JOIN projects_rels r ON r.parent_id = p.id AND r.path = 'themes' LEFT JOIN themes t ON t.id = r.themes_id`,
  },
  level: { key: 'p.level::text', label: 'p.level::text', joins: '' },
}

/** Projects published and campaigns completed in one period, by académie, département, theme or level. */
export async function breakdownCounts(
  payload: Payload,
  by: Breakdown,
  year: number,
  kind: PeriodKind,
): Promise<BreakdownCounts[]> {
  const { from, to } = periodBounds(year, kind)
  const { key, label, joins } = BREAKDOWN_SQL[by]
  // SQL text: the key figures' reporting aggregates (FILTER, date buckets, GROUP BY over joins), read-only.
  const { rows } = await sqlQuery(
    payload,
    `SELECT key, label, count(*) FILTER (WHERE published) AS published, count(*) FILTER (WHERE completed) AS completed,
       count(*) FILTER (WHERE completed AND won) AS succeeded, coalesce(sum(collected) FILTER (WHERE completed AND won), 0) AS won_cents
     FROM (SELECT ${key} AS key, ${label} AS label,
             (${PUBLISHED} AND p.start_date >= $1 AND p.start_date < $2) AS published,
             (${COMPLETED} AND p.end_date >= $1 AND p.end_date < $2) AS completed,
             (${OUTCOME_SQL}) = 'succeeded' AS won, coalesce(p.collected_cents, 0) AS collected
           FROM projects p ${joins}
           WHERE (p.start_date >= $1 AND p.start_date < $2) OR (p.end_date >= $1 AND p.end_date < $2)) x
     WHERE published OR completed GROUP BY key, label`,
    [from, to],
  )
  return rows.map((r) => ({
    key: r.key ?? NOT_GIVEN.key,
    label: r.key === null ? NOT_GIVEN.label : by === 'level' ? (LEVEL_LABELS[r.label] ?? r.label) : r.label,
    published: n(r.published),
    completed: n(r.completed),
    succeeded: n(r.succeeded),
    succeededCollectedCents: n(r.won_cents),
  }))
}

/** The gifts and top-ups received by the campaigns completed in one period. */
export async function giftCounts(payload: Payload, year: number, kind: PeriodKind): Promise<GiftCounts> {
  const { from, to } = periodBounds(year, kind)
  const company = `d.source = 'donor' AND d.donor_type = 'company'`
  const located = `${company} AND (${departmentOfPostcodeSql('d.identity_postcode')}) IS NOT NULL AND ${communeKeySql('d.identity_city')} <> '' AND dep.code IS NOT NULL AND ${communeKeySql('e.commune')} <> ''`
  const sameDepartment = `${located} AND (${departmentOfPostcodeSql('d.identity_postcode')}) = dep.code`
  // SQL text: the key figures' reporting aggregates (FILTER, date buckets, GROUP BY over joins), read-only.
  const { rows } = await sqlQuery(
    payload,
    `SELECT count(*) FILTER (WHERE d.source = 'donor') AS count, coalesce(sum(d.amount_cents) FILTER (WHERE d.source = 'donor'), 0) AS total,
       min(d.amount_cents) FILTER (WHERE d.source = 'donor') AS min, max(d.amount_cents) FILTER (WHERE d.source = 'donor') AS max,
       count(*) FILTER (WHERE d.source = 'donor' AND d.donor_type = 'individual') AS individual_count,
       coalesce(sum(d.amount_cents) FILTER (WHERE d.source = 'donor' AND d.donor_type = 'individual'), 0) AS individual_cents,
       count(*) FILTER (WHERE ${company}) AS company_count, coalesce(sum(d.amount_cents) FILTER (WHERE ${company}), 0) AS company_cents,
       min(d.amount_cents) FILTER (WHERE ${company}) AS company_min, max(d.amount_cents) FILTER (WHERE ${company}) AS company_max,
       count(DISTINCT d.project_id) FILTER (WHERE ${company}) AS company_campaigns,
       count(*) FILTER (WHERE ${located}) AS located, count(*) FILTER (WHERE ${sameDepartment}) AS same_department,
       count(*) FILTER (WHERE ${sameDepartment} AND ${communeKeySql('d.identity_city')} = ${communeKeySql('e.commune')}) AS same_commune,
       count(*) FILTER (WHERE d.source = 'solidarity') AS solidarity_count, coalesce(sum(d.amount_cents) FILTER (WHERE d.source = 'solidarity'), 0) AS solidarity_cents,
       count(DISTINCT d.project_id) FILTER (WHERE d.source = 'solidarity') AS solidarity_campaigns,
       count(*) FILTER (WHERE d.source = 'sponsor') AS sponsor_count, coalesce(sum(d.amount_cents) FILTER (WHERE d.source = 'sponsor'), 0) AS sponsor_cents,
       count(DISTINCT d.project_id) FILTER (WHERE d.source = 'sponsor') AS sponsor_campaigns
     FROM projects p JOIN donations d ON d.project_id = p.id
       LEFT JOIN establishments e ON e.id = p.establishment_id LEFT JOIN departments dep ON dep.id = e.department_id
     WHERE ${COMPLETED} AND p.end_date >= $1 AND p.end_date < $2 AND d.status IN (${list(COUNTED_GIFT_STATUSES)}) AND NOT coalesce(d.overflow, false)`,
    [from, to],
  )
  const r = rows[0]
  return {
    count: n(r.count),
    totalCents: n(r.total),
    minCents: nOrNull(r.min),
    maxCents: nOrNull(r.max),
    individualCount: n(r.individual_count),
    individualCents: n(r.individual_cents),
    companyCount: n(r.company_count),
    companyCents: n(r.company_cents),
    companyMinCents: nOrNull(r.company_min),
    companyMaxCents: nOrNull(r.company_max),
    campaignsWithCompanyGift: n(r.company_campaigns),
    companyLocated: n(r.located),
    companySameDepartment: n(r.same_department),
    companySameCommune: n(r.same_commune),
    solidarityCount: n(r.solidarity_count),
    solidarityCents: n(r.solidarity_cents),
    campaignsWithSolidarityTopUp: n(r.solidarity_campaigns),
    sponsorCount: n(r.sponsor_count),
    sponsorCents: n(r.sponsor_cents),
    campaignsWithSponsorTopUp: n(r.sponsor_campaigns),
  }
}

/** The top-ups received by the campaigns completed in one period, per programme (the fund's own top-ups have none). */
export async function topUpsByProgramme(payload: Payload, year: number, kind: PeriodKind): Promise<ProgrammeTopUps[]> {
  const { from, to } = periodBounds(year, kind)
  // SQL text: the key figures' reporting aggregates (FILTER, date buckets, GROUP BY over joins), read-only.
  const { rows } = await sqlQuery(
    payload,
    `SELECT d.source, g.name AS programme, s.name AS sponsor, count(DISTINCT d.project_id) AS campaigns, count(*) AS count, coalesce(sum(d.amount_cents), 0) AS cents
     FROM projects p JOIN donations d ON d.project_id = p.id LEFT JOIN programmes g ON g.id = d.programme_id LEFT JOIN sponsors s ON s.id = g.sponsor_id
     WHERE ${COMPLETED} AND p.end_date >= $1 AND p.end_date < $2 AND d.source IN ('solidarity', 'sponsor')
       AND d.status IN (${list(COUNTED_GIFT_STATUSES)}) AND NOT coalesce(d.overflow, false)
     GROUP BY d.source, g.id, g.name, s.name`,
    [from, to],
  )
  return rows.map((r) => ({
    source: r.source,
    programme: r.programme ?? null,
    sponsor: r.sponsor ?? null,
    campaigns: n(r.campaigns),
    count: n(r.count),
    cents: n(r.cents),
  }))
}

/** Movements in and out of the solidarity fund in one period (see src/domain/statistics/fund.ts). */
export async function fundFlows(payload: Payload, year: number, kind: PeriodKind): Promise<FundFlow[]> {
  const { from, to } = periodBounds(year, kind)
  // SQL text: the key figures' reporting aggregates (FILTER, date buckets, GROUP BY over joins), read-only.
  const { rows } = await sqlQuery(
    payload,
    `SELECT CASE WHEN l.kind = 'fund_grant_in' THEN 'grants' WHEN l.kind = 'fund_topup_out' THEN 'top_ups'
              WHEN l.kind = 'reallocation' AND coalesce(d.source, 'donor') = 'donor' THEN 'reallocated_gifts' WHEN l.kind = 'reallocation' THEN 'returned_top_ups'
              WHEN l.to_account = 'fund' THEN 'other_in' ELSE 'other_out' END AS key, count(*) AS count, coalesce(sum(l.amount_cents), 0) AS cents
     FROM ledger_entries l LEFT JOIN donations d ON d.id = l.donation_id
     WHERE (l.to_account = 'fund' OR l.from_account = 'fund')
       AND l.created_at >= ($1::date::timestamp AT TIME ZONE 'Europe/Paris') AND l.created_at < ($2::date::timestamp AT TIME ZONE 'Europe/Paris')
     GROUP BY 1
     UNION ALL
     SELECT 'imported_reallocated_gifts', count(*), coalesce(sum(d.amount_cents), 0) FROM donations d JOIN projects p ON p.id = d.project_id
     WHERE d.imported AND d.status = 'reallocated' AND p.end_date >= $1::text AND p.end_date < $2::text`,
    [from, to],
  )
  return rows.map((r) => ({ key: r.key as FundFlowKey, count: n(r.count), cents: n(r.cents) }))
}

/** Projects published (campaign opened) per month of one period: month number → count. */
export async function publishedPerMonth(
  payload: Payload,
  year: number,
  kind: PeriodKind,
): Promise<Map<number, number>> {
  const { from, to } = periodBounds(year, kind)
  // SQL text: the key figures' reporting aggregates (FILTER, date buckets, GROUP BY over joins), read-only.
  const { rows } = await sqlQuery(
    payload,
    `SELECT substr(p.start_date, 6, 2)::int AS month, count(*) AS count FROM projects p WHERE ${PUBLISHED} AND p.start_date >= $1 AND p.start_date < $2 GROUP BY 1`,
    [from, to],
  )
  return new Map(rows.map((r) => [n(r.month), n(r.count)]))
}
