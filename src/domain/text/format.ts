import { frenchTime } from './typography'

// Money and dates as French readers see them: the one place that turns cents into euros and ISO
// dates into words (pages, e-mails, PDFs, messages). Money is integer cents everywhere else.
//
// Formatters are built once: creating an Intl formatter costs far more than using one (a visible
// share of a catalogue page's render time).
const wholeEuros = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
})
const euros = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
})
const longDate = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
const wholeNumber = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 })

/** "1 250 €", or "1 250,50 €" when there are cents. */
export function formatEuros(cents: number): string {
  return (cents % 100 === 0 ? wholeEuros : euros).format(cents / 100)
}

/** Always to the cent: "1 250,00 €" (balances, amounts left on a convention). */
export function formatEurosToTheCent(cents: number): string {
  return euros.format(cents / 100)
}

/** Rounded to the euro: "1 251 €" for 125 050 cents (figures, goals). */
export function formatWholeEuros(cents: number): string {
  return wholeEuros.format(Math.round(cents / 100))
}

/** A count with French grouping: "12 345". */
export function formatCount(value: number): string {
  return wholeNumber.format(value)
}

/** "27 novembre 2026" for "2026-11-27" (a calendar date, read as such whatever the time zone). */
export function formatDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate}T00:00:00Z`))
}

/** A whole percentage, floored (99 % until the goal is reached), 0 for a zero whole. */
export function percent(part: number, whole: number): number {
  return whole > 0 ? Math.floor((part / whole) * 100) : 0
}

const parisDate = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Paris',
})
const parisTime = new Intl.DateTimeFormat('fr-FR', {
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Europe/Paris',
})

/** An instant as the French write it, in Paris: "12 décembre 2023 à 16 h 37". */
export function formatDateTime(instant: string | Date): string {
  const date = new Date(instant)
  const [hours, minutes] = parisTime.format(date).split(':')
  return `${parisDate.format(date)} à ${Number(hours)} h ${minutes}`
}

const parisDay = new Intl.DateTimeFormat('fr-FR', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Paris',
})
const parisShortDay = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', timeZone: 'Europe/Paris' })
const parisClock = new Intl.DateTimeFormat('en-GB', {
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
  timeZone: 'Europe/Paris',
})

/** An event's start for the public: "mardi 12 mars 2024 à 17 h" (or "12 mars à 17 h 30" when short), in Paris time. */
export function formatEventTime(iso: string, { short = false } = {}): string {
  const date = new Date(iso)
  const parts = parisClock.formatToParts(date)
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0)
  return `${(short ? parisShortDay : parisDay).format(date)} à ${frenchTime(part('hour'), part('minute'))}`
}
