import type { WorkshopStatus } from './options'

/** A workshop as saved (dates as ISO strings). */
export type WorkshopFacts = {
  status: WorkshopStatus
  startsAt: string | null | undefined
  capacity?: number | null
  participants?: number | null
  latitude?: number | null
  longitude?: number | null
}

type Problem = { path: string; message: string }

/**
 * What is wrong with a workshop about to be saved: participants are counted only once it is held,
 * and it can only be held once it has started; coordinates come in pairs, in range.
 */
export function workshopProblems(w: WorkshopFacts, now: Date): Problem[] {
  const problems: Problem[] = []
  const starts = w.startsAt ? new Date(w.startsAt) : null
  if (w.capacity != null && (!Number.isInteger(w.capacity) || w.capacity < 1))
    problems.push({ path: 'capacity', message: 'La capacité est un nombre entier de places, au moins 1.' })
  if (w.status === 'held') {
    if (starts && starts.getTime() > now.getTime())
      problems.push({ path: 'status', message: 'Un atelier ne peut être marqué réalisé qu’une fois sa date passée.' })
    if (w.participants == null)
      problems.push({ path: 'participants', message: 'Indiquez le nombre de participants de l’atelier réalisé.' })
  }
  if (w.participants != null) {
    if (!Number.isInteger(w.participants) || w.participants < 0)
      problems.push({ path: 'participants', message: 'Le nombre de participants est un nombre entier positif.' })
    else if (w.status !== 'held')
      problems.push({
        path: 'participants',
        message: 'Les participants se comptent après l’atelier : marquez-le d’abord réalisé.',
      })
  }
  const hasLat = w.latitude != null
  const hasLng = w.longitude != null
  if (hasLat !== hasLng)
    problems.push({
      path: hasLat ? 'longitude' : 'latitude',
      message: 'Indiquez la latitude et la longitude, ou aucune des deux.',
    })
  if (hasLat && (w.latitude! < -90 || w.latitude! > 90))
    problems.push({ path: 'latitude', message: 'La latitude est comprise entre -90 et 90.' })
  if (hasLng && (w.longitude! < -180 || w.longitude! > 180))
    problems.push({ path: 'longitude', message: 'La longitude est comprise entre -180 et 180.' })
  return problems
}

const parisYear = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric' })
const parisDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** The calendar year of an instant in Paris (indicators count by French calendar year). */
export function yearInParis(iso: string): number {
  return Number(parisYear.format(new Date(iso)))
}

/** YYYY-MM-DD of an instant in Paris. */
export function dayInParis(date: Date): string {
  return parisDay.format(date)
}
