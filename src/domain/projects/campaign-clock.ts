import { campaignDays } from './campaign-window'
import type { ProjectStatus } from './status'

export type CoachingMessage = 'week_in' | 'eight_days_left' | 'two_days_left_below_minimum'

export type ClockedProject = {
  status: ProjectStatus
  startDate?: string | null
  endDate?: string | null
  stopAtOptimum?: boolean | null
  minimumGoalCents?: number | null
  optimumGoalCents?: number | null
  collectedCents?: number | null
  coachingSent?: readonly CoachingMessage[] | null
}

/**
 * The transition the calendar calls for on `today` (Paris "YYYY-MM-DD"), if any: a scheduled
 * campaign opens on its start date; a collecting one closes the day after its end date, or as soon
 * as it reaches its optimum when it stops there.
 */
export function dueTransition(project: ClockedProject, today: string): 'collecting' | 'settling' | null {
  if (project.status === 'scheduled' && project.startDate && project.startDate <= today) return 'collecting'
  if (project.status !== 'collecting') return null
  if (project.endDate && project.endDate < today) return 'settling'
  const reachedOptimum = project.optimumGoalCents != null && (project.collectedCents ?? 0) >= project.optimumGoalCents
  return project.stopAtOptimum !== false && reachedOptimum ? 'settling' : null
}

/** Days left including today: 1 on the last day. */
export function daysLeft(endDate: string, today: string): number {
  return campaignDays(today, endDate)
}

/** The coaching e-mails due to the owner of a collecting project on `today`, each sent once. */
export function dueCoaching(project: ClockedProject, today: string): CoachingMessage[] {
  if (project.status !== 'collecting' || !project.startDate || !project.endDate) return []
  const sent = new Set(project.coachingSent ?? [])
  const due: CoachingMessage[] = []
  const left = daysLeft(project.endDate, today)
  if (campaignDays(project.startDate, today) > 7 && left > 8) due.push('week_in')
  if (left <= 8 && left > 2) due.push('eight_days_left')
  if (left <= 2 && left >= 1 && (project.collectedCents ?? 0) < (project.minimumGoalCents ?? 0))
    due.push('two_days_left_below_minimum')
  return due.filter((message) => !sent.has(message))
}
