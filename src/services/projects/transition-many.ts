import { APIError, type Payload } from 'payload'

import type { ProjectStatus } from '@/domain/projects/status'
import { decideTransition } from '@/domain/projects/transition'
import { invalidateAfterChange } from '@/services/cache/invalidate'
import { CACHED_PAGES } from '@/services/cache/pages'
import { CACHE_TAGS } from '@/services/cache/tags'
import { inSqlTransaction } from '@/services/db/sql-transaction'

type Query = (text: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>

/**
 * The system's transitions that set nothing off (applyTransitionEffects has no case for them):
 * opening and closing campaigns, their outcome, funds released. Only these may go the set-based way.
 */
const WITHOUT_EFFECTS: ReadonlySet<ProjectStatus> = new Set([
  'collecting',
  'settling',
  'succeeded',
  'failed',
  'funds_released',
])

/**
 * Moves the projects `ids` that are still in `from` to `to`, as the system, in SQL: the status and
 * its history row (as `transitionLocked` records them), in the transaction of `query` (the caller
 * drops the caches once it has committed: `invalidateProjects`). The state
 * machine decides once for the pair; `WHERE status = from` stands for the row lock (a project
 * another run has moved is left alone, and not returned). Returns the ids moved.
 */
export async function transitionSystemInSql(
  query: Query,
  ids: readonly number[],
  from: ProjectStatus,
  to: ProjectStatus,
  now: Date,
): Promise<number[]> {
  if (!WITHOUT_EFFECTS.has(to)) throw new Error(`transitionSystemInSql: « ${to} » has effects, use transitionProject`)
  const decision = decideTransition(from, to, { kind: 'system' }, { now })
  if (!decision.ok) throw new APIError(decision.message, decision.code === 'not_allowed' ? 403 : 409)
  if (!ids.length) return []
  // SQL text: a set-based transition of many projects with their history rows in one statement.
  const { rows } = await query(
    `WITH moved AS (
       UPDATE projects SET status = $1::text::enum_projects_status, updated_at = $4::timestamptz WHERE id = ANY($2::int[]) AND status::text = $3::text RETURNING id
     ), history AS (
       INSERT INTO projects_history (_order, _parent_id, id, "from", "to", at, actor)
       SELECT coalesce((SELECT max(h._order) FROM projects_history h WHERE h._parent_id = m.id), 0) + 1, m.id,
              substr(md5(random()::text || clock_timestamp()::text || m.id::text), 1, 24),
              $3::text::enum_projects_history_from, $1::text::enum_projects_history_to, $4::timestamptz, $5::text::enum_projects_history_actor
       FROM moved m
     )
     SELECT id FROM moved ORDER BY id`,
    [to, `{${ids.join(',')}}`, from, decision.record.at, decision.record.actor],
  )
  return rows.map((r) => Number(r.id))
}

/** Drops the caches of changed projects (catalogue results, project and catalogue pages), on every instance with REDIS_URL. */
export function invalidateProjects(): void {
  invalidateAfterChange(
    undefined,
    [CACHE_TAGS.catalogue],
    [CACHED_PAGES.projects, CACHED_PAGES.catalogue, CACHED_PAGES.filteredCatalogue],
  )
}

/**
 * The same for many projects at once, in a transaction of its own (the jobs worker closing a wave
 * of campaigns: one statement instead of one Local API update per project), then the caches.
 */
export async function transitionSystemMany(
  payload: Payload,
  ids: readonly number[],
  from: ProjectStatus,
  to: ProjectStatus,
  now = new Date(),
): Promise<number[]> {
  if (!ids.length) return []
  const moved = await inSqlTransaction(payload, (db) =>
    transitionSystemInSql((text, params) => db.query(text, params), ids, from, to, now),
  )
  if (moved.length) invalidateProjects()
  return moved
}
