import { Forbidden, type Payload, UnauthorizedError } from 'payload'

import { canSeeStatistics } from '@/domain/access/roles'
import type { PeriodKind } from '@/domain/statistics/periods'

import { type Statistics, loadStatistics } from './statistics'

type MaybeUser = { roles?: readonly string[] | null } | null | undefined

/**
 * The live statistics (no cache) for the admin dashboard and the statistics API: the GIP's staff
 * only (admins, editors, moderators). Anonymous: UnauthorizedError (401); anyone else: Forbidden (403).
 */
export async function statisticsForUser(
  payload: Payload,
  user: MaybeUser,
  options: { year?: number | null; kind?: PeriodKind },
): Promise<Statistics> {
  if (!user) throw new UnauthorizedError()
  if (!canSeeStatistics(user)) throw new Forbidden()
  return loadStatistics(payload, options)
}
