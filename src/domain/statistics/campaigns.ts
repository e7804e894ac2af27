/**
 * What a campaign is, for the statistics (issue 9, domain.md "Statistics"). Pure: the SQL of
 * src/services/statistics mirrors these rules, and tests/int/statistics.int.spec.ts checks both agree.
 */
import type { ProjectStatus } from '@/domain/projects/status'

export const CAMPAIGN_OUTCOMES = ['succeeded', 'failed'] as const
export type CampaignOutcome = (typeof CAMPAIGN_OUTCOMES)[number]

/** States after a success: the payout and the owner's report do not change the outcome. */
export const SUCCEEDED_STATUSES = [
  'succeeded',
  'funds_released',
  'realised',
] as const satisfies readonly ProjectStatus[]

/** A campaign is completed once it has succeeded or failed; `archived` comes after either. */
export const COMPLETED_STATUSES = [
  ...SUCCEEDED_STATUSES,
  'failed',
  'archived',
] as const satisfies readonly ProjectStatus[]

/** A project is published once its campaign opened (collecting and every state after it). */
export const PUBLISHED_STATUSES = [
  'collecting',
  'settling',
  ...COMPLETED_STATUSES,
] as const satisfies readonly ProjectStatus[]

export type CampaignFacts = {
  status: ProjectStatus | string
  /** The outcome the former platform recorded, for imported campaigns. */
  legacyOutcome?: CampaignOutcome | null
  collectedCents?: number | null
  minimumGoalCents?: number | null
}

/**
 * Succeeded, failed, or null while not completed. An imported campaign keeps the outcome the former
 * platform recorded. An `archived` campaign comes from `realised` (a success) or `failed`; it is
 * classified by the rule that settled it, which no later event changes: succeeded when its paid
 * total (kept on the project after refunds) reached the minimum goal.
 */
export function campaignOutcome(c: CampaignFacts): CampaignOutcome | null {
  if (c.legacyOutcome) return c.legacyOutcome
  if ((SUCCEEDED_STATUSES as readonly string[]).includes(c.status)) return 'succeeded'
  if (c.status === 'failed') return 'failed'
  if (c.status === 'archived') return (c.collectedCents ?? 0) >= (c.minimumGoalCents ?? 0) ? 'succeeded' : 'failed'
  return null
}

export const isPublished = (status: string) => (PUBLISHED_STATUSES as readonly string[]).includes(status)

export const DEGREES = ['first', 'second'] as const
export type Degree = (typeof DEGREES)[number]

/** First degree = école; second degree = collège and lycée; null when the level is unknown. */
export function degreeOf(level: string | null | undefined): Degree | null {
  if (level === 'ecole') return 'first'
  if (level === 'college' || level === 'lycee') return 'second'
  return null
}
