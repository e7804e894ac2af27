/** Campaign dates are calendar days in Paris ("YYYY-MM-DD"); a campaign lasts 15 to 90 days. */
export const MIN_CAMPAIGN_DAYS = 15
export const MAX_CAMPAIGN_DAYS = 90

const DATE = /^\d{4}-\d{2}-\d{2}$/
const DAY_MS = 86_400_000

/** Today's date in Paris, as "YYYY-MM-DD". */
export function parisDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now)
}

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS
}

export type WindowProblem = { path: 'startDate' | 'endDate'; message: string }

/** Number of days of a campaign from its first to its last day, both included. */
export function campaignDays(startDate: string, endDate: string): number {
  return dayNumber(endDate) - dayNumber(startDate) + 1
}

export function checkCampaignWindow({
  startDate,
  endDate,
  now,
}: {
  startDate: string
  endDate: string
  now: Date
}): WindowProblem[] {
  const problems: WindowProblem[] = []
  const validStart = DATE.test(startDate) && !Number.isNaN(dayNumber(startDate))
  const validEnd = DATE.test(endDate) && !Number.isNaN(dayNumber(endDate))
  if (!validStart) problems.push({ path: 'startDate', message: 'Indiquez une date de début valide.' })
  if (!validEnd) problems.push({ path: 'endDate', message: 'Indiquez une date de fin valide.' })
  if (!validStart || !validEnd) return problems
  if (startDate < parisDate(now))
    problems.push({ path: 'startDate', message: 'La collecte ne peut pas commencer dans le passé.' })
  const days = campaignDays(startDate, endDate)
  if (days < MIN_CAMPAIGN_DAYS || days > MAX_CAMPAIGN_DAYS) {
    problems.push({
      path: 'endDate',
      message: `Une collecte dure de ${MIN_CAMPAIGN_DAYS} à ${MAX_CAMPAIGN_DAYS} jours (ici : ${days} jour${Math.abs(days) > 1 ? 's' : ''}).`,
    })
  }
  return problems
}
