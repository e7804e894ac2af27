const parisDay = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Paris',
})

/** "4 mai 2023" (Paris time) from an ISO date-time; empty when missing. */
export function formatPublished(iso: string | null | undefined): string {
  return iso ? parisDay.format(new Date(iso)) : ''
}

/** The machine-readable date of a <time> element. */
export function isoDay(iso: string | null | undefined): string | undefined {
  return iso ? new Date(iso).toISOString().slice(0, 10) : undefined
}
